package cn.samr.livestream.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring's {@link JavaMailSender} ({@code spring.mail.*}), from {@code livestream.notification.mail.from},
 * to the address of the recipient's Camunda user profile (maintained in Admin). Off, with a WARN at start-up, when
 * {@code spring.mail.host} is not set. The address is read when the mail is sent and never written anywhere else.
 */
@Component
public class MailChannel implements DeliveryChannel {

  private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

  private final JavaMailSender sender;
  private final IdentityService identityService;
  private final String from;

  public MailChannel(ObjectProvider<JavaMailSender> sender, IdentityService identityService,
      @Value("${spring.mail.host:}") String host,
      @Value("${livestream.notification.mail.from:noreply@livestream.invalid}") String from) {
    this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
    this.identityService = identityService;
    this.from = from;
    if (this.sender == null) {
      LOG.warn("邮件通知未开通：未设置 spring.mail.host / e-mail notifications are off: spring.mail.host is not set");
    }
  }

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.EMAIL;
  }

  @Override
  public boolean enabled() {
    return sender != null;
  }

  @Override
  public void send(Notification notification) throws DeliveryException {
    if (sender == null) {
      throw new DeliveryException("邮件渠道未开通 / the e-mail channel is off", true);
    }
    String address = address(notification.getRecipient());
    if (address == null) {
      throw new DeliveryException("收件人未设置邮箱 / the recipient has no e-mail address", true);
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject(notification.getTitle());
      helper.setText(NotificationTexts.mailBody(notification), false);
      sender.send(message);
    } catch (MailException | jakarta.mail.MessagingException e) {
      // the exception's own message may quote the address: only its type goes on
      throw new DeliveryException("邮件发送失败 / sending the e-mail failed: " + e.getClass().getSimpleName(), false);
    }
  }

  /** The user's e-mail address from the Camunda profile; read without the caller's authorization (no caller here). */
  private String address(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String email = user == null ? null : user.getEmail();
    return email == null || email.isBlank() ? null : email.trim();
  }
}
