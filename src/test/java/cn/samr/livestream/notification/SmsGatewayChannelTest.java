package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text messages through an SMS gateway started in the test (the JDK's HttpServer): the request carries the bearer
 * token and the JSON {"mobile","text"} with a Chinese text of at most 70 characters; a 5xx answer and a timeout are
 * retried after the backoff; in the recipient's quiet hours the SMS waits for their end while the in-app message is
 * delivered at once. The mobile never reaches last_error or the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SmsGatewayChannelTest extends ChannelsContext {

  static final LocalDateTime DAYTIME = LocalDateTime.of(2030, 4, 9, 10, 0);
  static final String MOBILE = "13912345678";

  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired NotificationMapper mapper;
  @Autowired NotificationPreferences preferences;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  String head;

  @BeforeAll
  void createUsers(TestUsers users) {
    head = users.create("sms-head", "district-310113-head");
    // e-mail off: only in-app and SMS rows go out
    preferences.save(head, new NotificationPreferences.Input(false, true, MOBILE, "22:00", "07:30", List.of()));
  }

  @BeforeEach
  void daytime() {
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME));
    GATEWAY.reset();
  }

  @AfterEach
  void resetClock() {
    GATEWAY.reset();
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    ClockUtil.reset();
    jdbc.update("DELETE FROM notification WHERE recipient = ?", head);
  }

  @Test
  void theGatewayGetsTheTokenTheMobileAndAChineseText(CapturedOutput output) throws Exception {
    transactions.executeWithoutResult(status -> notify("sms-task-1"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    assertThat(GATEWAY.requests).hasSize(1);
    SmsRequest request = GATEWAY.requests.get(0);
    assertThat(request.authorization()).isEqualTo("Bearer " + SMS_TOKEN);
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode body = json.readTree(request.body());
    assertThat(body.get("mobile").asText()).isEqualTo(MOBILE);
    String text = body.get("text").asText();
    assertThat(text).startsWith("【直播监管】督办：受理投诉超期").contains("TS-2030-000456");
    assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(SmsGatewayChannel.MAX_TEXT);

    assertThat(row("sms-task-1", NotificationChannel.SMS).getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(row("sms-task-1", NotificationChannel.IN_APP).getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(row("sms-task-1", NotificationChannel.EMAIL).getStatus()).as("switched off")
        .isEqualTo(NotificationStatus.SUPPRESSED);
    assertThat(output.getAll()).doesNotContain(MOBILE);
  }

  @Test
  void aServerErrorIsRetriedAfterTheBackoff(CapturedOutput output) {
    GATEWAY.status = 503;
    transactions.executeWithoutResult(status -> notify("sms-task-2"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    Notification failed = row("sms-task-2", NotificationChannel.SMS);
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(failed.getAttempts()).isOne();
    assertThat(failed.getNextAttemptAt()).isEqualTo(DAYTIME.plusMinutes(1));
    assertThat(failed.getLastError()).contains("503").doesNotContain(MOBILE);

    GATEWAY.status = 200;
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME.plusMinutes(1)));
    dispatcher.dispatchDue();
    Notification sent = row("sms-task-2", NotificationChannel.SMS);
    assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(GATEWAY.requests).hasSize(2);
    assertThat(output.getAll()).doesNotContain(MOBILE);
  }

  @Test
  void aTimeoutIsRetriedAfterTheBackoff() {
    GATEWAY.hang = new CountDownLatch(1);
    transactions.executeWithoutResult(status -> notify("sms-task-3"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    Notification timedOut = row("sms-task-3", NotificationChannel.SMS);
    assertThat(timedOut.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(timedOut.getAttempts()).isOne();
    assertThat(timedOut.getLastError()).contains("超时");

    GATEWAY.reset();
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME.plusMinutes(1)));
    dispatcher.dispatchDue();
    assertThat(row("sms-task-3", NotificationChannel.SMS).getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(GATEWAY.requests).hasSize(1);
  }

  @Test
  void quietHoursPostponeTheSmsButNotTheInAppMessage() {
    LocalDateTime lateEvening = LocalDateTime.of(2030, 4, 9, 23, 0);
    ClockUtil.setCurrentTime(Times.toDate(lateEvening));
    transactions.executeWithoutResult(status -> notify("sms-task-4"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    LocalDateTime morning = LocalDateTime.of(2030, 4, 10, 7, 30);
    assertThat(row("sms-task-4", NotificationChannel.IN_APP).getStatus()).isEqualTo(NotificationStatus.SENT);
    Notification waiting = row("sms-task-4", NotificationChannel.SMS);
    assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(waiting.getAttempts()).isZero();
    assertThat(waiting.getNextAttemptAt()).isEqualTo(morning);
    assertThat(GATEWAY.requests).isEmpty();

    ClockUtil.setCurrentTime(Times.toDate(morning.minusMinutes(1)));
    dispatcher.dispatchDue();
    assertThat(GATEWAY.requests).isEmpty();

    ClockUtil.setCurrentTime(Times.toDate(morning));
    dispatcher.dispatchDue();
    assertThat(GATEWAY.requests).hasSize(1);
    assertThat(row("sms-task-4", NotificationChannel.SMS).getStatus()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void aRetryThatWouldFallInQuietHoursWaitsForTheirEnd() {
    ClockUtil.setCurrentTime(Times.toDate(LocalDateTime.of(2030, 4, 9, 21, 59, 30)));
    GATEWAY.status = 500;
    transactions.executeWithoutResult(status -> notify("sms-task-5"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    Notification failed = row("sms-task-5", NotificationChannel.SMS);
    assertThat(failed.getAttempts()).isOne();
    assertThat(failed.getNextAttemptAt()).isEqualTo(LocalDateTime.of(2030, 4, 10, 7, 30));
  }

  private void notify(String taskId) {
    notifications.notify(NotificationEvent.SUPERVISION_FOR_HEAD, List.of(head), "督办：受理投诉超期",
        "投诉 TS-2030-000456 的任务「受理投诉」已超过办理期限，请督办。", "/camunda/app/tasklist/",
        NotificationRef.task(taskId));
  }

  private Notification row(String taskId, NotificationChannel channel) {
    Long id = jdbc.queryForObject("SELECT id FROM notification WHERE ref_id = ? AND channel = ?", Long.class,
        taskId, channel.name());
    return mapper.byId(id);
  }
}
