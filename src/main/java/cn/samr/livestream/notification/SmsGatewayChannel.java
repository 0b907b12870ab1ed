package cn.samr.livestream.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Text messages through the bureau's SMS gateway: {@code POST livestream.notification.sms.url} with
 * {@code Authorization: Bearer <livestream.notification.sms.token>} and the JSON {@code {"mobile","text"}}; a 2xx
 * answer is sent, any other answer and a timeout ({@code livestream.notification.sms.timeout}, 5 s) failed and retried.
 * The mobile is the work mobile of the recipient's preferences; it appears in the request only. Off when no URL is set.
 */
@Component
public class SmsGatewayChannel implements DeliveryChannel {

  private static final Logger LOG = LoggerFactory.getLogger(SmsGatewayChannel.class);
  /** One SMS carries 70 Chinese characters. */
  public static final int MAX_TEXT = 70;

  private final URI url;
  private final String token;
  private final Duration timeout;
  private final NotificationMapper mapper;
  private final ObjectMapper json;
  private final HttpClient client;

  public SmsGatewayChannel(@Value("${livestream.notification.sms.url:}") String url,
      @Value("${livestream.notification.sms.token:}") String token,
      @Value("${livestream.notification.sms.timeout:PT5S}") Duration timeout, NotificationMapper mapper,
      ObjectMapper json) {
    this.url = url == null || url.isBlank() ? null : URI.create(url.trim());
    this.token = token;
    this.timeout = timeout;
    this.mapper = mapper;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    if (this.url == null) {
      LOG.info("短信通知未开通：未设置 livestream.notification.sms.url / SMS notifications are off: no gateway URL");
    }
  }

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.SMS;
  }

  @Override
  public boolean enabled() {
    return url != null;
  }

  @Override
  public void send(Notification notification) throws DeliveryException {
    if (url == null) {
      throw new DeliveryException("短信渠道未开通 / the SMS channel is off", true);
    }
    NotificationPreference preference = mapper.preference(notification.getRecipient());
    String mobile = preference == null ? null : preference.getMobile();
    if (mobile == null || mobile.isBlank()) {
      throw new DeliveryException("收件人未设置工作手机 / the recipient has no work mobile", true);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body(mobile, NotificationTexts.smsText(notification)),
            StandardCharsets.UTF_8));
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<Void> answer;
    try {
      answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      throw new DeliveryException("短信网关超时 / the SMS gateway timed out", false);
    } catch (IOException e) {
      throw new DeliveryException("短信网关不可达 / the SMS gateway could not be reached: " + e.getClass().getSimpleName(),
          false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("短信发送被中断 / sending the SMS was interrupted", false);
    }
    if (answer.statusCode() / 100 != 2) {
      throw new DeliveryException("短信网关答复 " + answer.statusCode() + " / the SMS gateway answered "
          + answer.statusCode(), false);
    }
  }

  private String body(String mobile, String text) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("mobile", mobile);
    body.put("text", text);
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
