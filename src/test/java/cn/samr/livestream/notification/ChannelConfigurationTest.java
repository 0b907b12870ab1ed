package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Each outgoing channel is off until configured: e-mail without spring.mail.host (with a WARN at start-up, even when
 * a mail sender bean exists), SMS without a gateway URL. The full application with both configured is
 * {@link ChannelsContext}; without them, {@link OutboxTransactionTest} (rows SUPPRESSED).
 */
@ExtendWith(OutputCaptureExtension.class)
class ChannelConfigurationTest {

  @Test
  void mailIsOffWithoutAHostAndSaysSo(CapturedOutput output) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("mailSender", new JavaMailSenderImpl());

    MailChannel off = new MailChannel(beans.getBeanProvider(JavaMailSender.class), null, "", "noreply@x.invalid");
    assertThat(off.enabled()).isFalse();
    assertThat(output.getAll()).contains("邮件通知未开通").contains("spring.mail.host");

    MailChannel on = new MailChannel(beans.getBeanProvider(JavaMailSender.class), null, "smtp.internal",
        "noreply@x.invalid");
    assertThat(on.enabled()).isTrue();
  }

  @Test
  void smsIsOffWithoutAGatewayUrl() {
    assertThat(new SmsGatewayChannel("", "", Duration.ofSeconds(5), null, new ObjectMapper()).enabled()).isFalse();
    assertThat(new SmsGatewayChannel(" ", "t", Duration.ofSeconds(5), null, new ObjectMapper()).enabled()).isFalse();
    assertThat(new SmsGatewayChannel("http://127.0.0.1:9/sms", "", Duration.ofSeconds(5), null, new ObjectMapper())
        .enabled()).isTrue();
  }
}
