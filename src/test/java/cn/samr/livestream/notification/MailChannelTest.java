package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.samr.livestream.shared.Times;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through a real SMTP server in the test (GreenMail): a Chinese subject and text arrive at the address of the
 * recipient's Camunda profile after the commit; while the server is down every attempt fails and is retried after 1,
 * 5, 15, 60 and 240 minutes (the engine clock moved, nothing slept), FAILED after the 6th, and an administrator's
 * retry delivers it once the server is back. The address never reaches the table or the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class MailChannelTest extends ChannelsContext {

  static final LocalDateTime DAYTIME = LocalDateTime.of(2030, 4, 8, 10, 0);
  static final String ADDRESS = "wang.baoshan@scjg.example.org";

  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired NotificationMapper mapper;
  @Autowired NotificationInbox inbox;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  String officer;
  TestUsers users;

  @BeforeAll
  void createUsers(TestUsers users) {
    this.users = users;
    officer = users.create("mail-officer", "district-310113");
    User user = identityService.createUserQuery().userId(officer).singleResult();
    user.setEmail(ADDRESS);
    identityService.saveUser(user);
  }

  @BeforeEach
  void daytime() throws Exception {
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME));
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClock() {
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    ClockUtil.reset();
    jdbc.update("DELETE FROM notification WHERE recipient = ?", officer);
  }

  @Test
  void aChineseMailArrivesAfterTheCommit(CapturedOutput output) throws Exception {
    transactions.executeWithoutResult(status -> notify("mail-task-1"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("任务指派给您：受理投诉");
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(ADDRESS);
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("notice@livestream.test");
    String text = (String) mail.getContent();
    assertThat(text).contains("任务「受理投诉」（投诉编号 TS-2030-000123）已指派给您，请于 2030-04-15 前办理。")
        .contains("链接：/camunda/app/tasklist/").contains("任务指派给我");

    Notification row = row("mail-task-1");
    assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(row.getAttempts()).isOne();
    assertThat(row.getSentAt()).isEqualTo(DAYTIME);
    assertThat(applicationLines(output)).noneMatch(line -> line.contains(ADDRESS));
  }

  @Test
  void anSmtpFailureBacksOffThenFailsAndAnAdministratorsRetryDelivers(CapturedOutput output) throws Exception {
    SMTP.stop();
    try {
      transactions.executeWithoutResult(status -> notify("mail-task-2"));
      dispatcher.awaitIdle(Duration.ofSeconds(30));
      LocalDateTime attemptAt = DAYTIME;
      for (int attempt = 1; attempt <= OutboxDispatcher.BACKOFF_MINUTES.length; attempt++) {
        Notification row = row("mail-task-2");
        assertThat(row.getStatus()).as("after attempt %d", attempt).isEqualTo(NotificationStatus.PENDING);
        assertThat(row.getAttempts()).isEqualTo(attempt);
        LocalDateTime next = attemptAt.plusMinutes(OutboxDispatcher.BACKOFF_MINUTES[attempt - 1]);
        assertThat(row.getNextAttemptAt()).isEqualTo(next);
        assertThat(row.getLastError()).startsWith("邮件发送失败").doesNotContain(ADDRESS).doesNotContain("@");

        ClockUtil.setCurrentTime(Times.toDate(next.minusSeconds(1)));
        dispatcher.dispatchDue();
        assertThat(row("mail-task-2").getAttempts()).as("not yet due").isEqualTo(attempt);

        ClockUtil.setCurrentTime(Times.toDate(next));
        dispatcher.dispatchDue();
        attemptAt = next;
      }
      Notification failed = row("mail-task-2");
      assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
      assertThat(failed.getAttempts()).isEqualTo(6);
      assertThat(inbox.failed(0, 100)).extracting(Notification::getId).contains(failed.getId());
      ClockUtil.setCurrentTime(Times.toDate(attemptAt.plusDays(1)));
      assertThat(dispatcher.dispatchDue()).as("FAILED is final").isZero();
      assertThat(SMTP.getReceivedMessages()).isEmpty();
    } finally {
      SMTP.start();
    }

    assertThat(inbox.retry(row("mail-task-2").getId())).isTrue();
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    assertThat(row("mail-task-2").getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(applicationLines(output)).noneMatch(line -> line.contains(ADDRESS));
  }

  @Test
  void withoutAnAddressTheMailFailsAtOnce() {
    User user = identityService.createUserQuery().userId(officer).singleResult();
    user.setEmail(null);
    identityService.saveUser(user);
    try {
      transactions.executeWithoutResult(status -> notify("mail-task-3"));
      dispatcher.awaitIdle(Duration.ofSeconds(30));
      Notification row = row("mail-task-3");
      assertThat(row.getStatus()).isEqualTo(NotificationStatus.FAILED);
      assertThat(row.getAttempts()).isOne();
      assertThat(row.getLastError()).contains("未设置邮箱");
    } finally {
      user.setEmail(ADDRESS);
      identityService.saveUser(user);
    }
  }

  /** The log without the test's own SMTP server, which names the mailboxes it creates. */
  static List<String> applicationLines(CapturedOutput output) {
    return output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")).toList();
  }

  @Test
  void bothChannelsAreOpenAndAMailServerDownIsNoOutage() throws Exception {
    String operator = users.create("mail-operator", "operations");
    SMTP.stop();
    try {
      ResponseEntity<String> answer = TestHttp.send(http, operator, HttpMethod.GET, "/actuator/health", null);
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode health = json.readTree(answer.getBody());
      assertThat(health.at("/components/mail").isMissingNode()).as("no mail component: the outbox reports").isTrue();
      assertThat(health.at("/components/notifications/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/notifications/details/channels/EMAIL").asBoolean()).isTrue();
      assertThat(health.at("/components/notifications/details/channels/SMS").asBoolean()).isTrue();
    } finally {
      SMTP.start();
    }
  }

  private void notify(String taskId) {
    notifications.notify(NotificationEvent.TASK_ASSIGNED_TO_ME, List.of(officer), "任务指派给您：受理投诉",
        "任务「受理投诉」（投诉编号 TS-2030-000123）已指派给您，请于 2030-04-15 前办理。", "/camunda/app/tasklist/",
        NotificationRef.task(taskId));
  }

  private Notification row(String taskId) {
    Long id = jdbc.queryForObject("SELECT id FROM notification WHERE ref_id = ? AND channel = 'EMAIL'", Long.class,
        taskId);
    return mapper.byId(id);
  }
}
