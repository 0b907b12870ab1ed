package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No personal data in the notifications (docs/handoffs-and-notifications.md §3.3): a complainant's mobile and ID number
 * that a caller's text carries by mistake are masked before the row is stored, so neither the in-app message, the
 * e-mail, the SMS nor the table holds them; the recipient's own e-mail address and work mobile appear in no row, no
 * last_error and no log line, through delivery, failure and retry. Slice 4 (the event sources) adds the scan of the
 * rows its events write for the complainants' and reporters' names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class NotificationPrivacyTest extends ChannelsContext {

  static final String COMPLAINANT_PHONE = "13812345678";
  static final String COMPLAINANT_ID = "310113199001011234";
  static final String ADDRESS = "privacy.head@scjg.example.org";
  static final String WORK_MOBILE = "13700001111";

  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired NotificationPreferences preferences;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  String head;

  @BeforeAll
  void createUsers(TestUsers users) {
    head = users.create("privacy-head", "district-310113-head");
    User user = identityService.createUserQuery().userId(head).singleResult();
    user.setEmail(ADDRESS);
    identityService.saveUser(user);
    preferences.save(head, new NotificationPreferences.Input(true, true, WORK_MOBILE, "00:00", "00:00", List.of()));
  }

  @AfterEach
  void cleanUp() {
    GATEWAY.reset();
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    ClockUtil.reset();
    jdbc.update("DELETE FROM notification WHERE recipient = ?", head);
  }

  @Test
  void personalDataNeverReachesTheRowsTheChannelsOrTheLog(CapturedOutput output) throws Exception {
    ClockUtil.setCurrentTime(Times.toDate(LocalDateTime.of(2030, 5, 6, 10, 0)));
    SMTP.purgeEmailFromAllMailboxes();
    transactions.executeWithoutResult(status -> notifications.notify(NotificationEvent.SUPERVISION_FOR_HEAD,
        List.of(head), "督办 " + COMPLAINANT_PHONE, "投诉人 " + COMPLAINANT_PHONE + "（身份证 " + COMPLAINANT_ID
            + "）的投诉 TS-2030-000789 已超期。", "/camunda/app/tasklist/?q=" + COMPLAINANT_PHONE,
        NotificationRef.task("privacy-1")));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM notification WHERE recipient = ?", head);
    assertThat(rows).hasSize(3);
    assertThat(rows).allSatisfy(row -> assertThat(row.get("STATUS")).isEqualTo("SENT"));
    String body = (String) rows.get(0).get("BODY");
    assertThat(body).contains("138****5678").contains("310***********1234").contains("TS-2030-000789");
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat((String) SMTP.getReceivedMessages()[0].getContent()).doesNotContain(COMPLAINANT_PHONE);
    assertThat(GATEWAY.requests).singleElement().satisfies(request -> assertThat(request.body())
        .contains(WORK_MOBILE).doesNotContain(COMPLAINANT_PHONE).doesNotContain(COMPLAINANT_ID));

    // and when delivery fails
    GATEWAY.status = 502;
    SMTP.stop();
    try {
      transactions.executeWithoutResult(status -> notifications.notify(NotificationEvent.OVERDUE, List.of(head),
          "任务已超期", "任务「受理投诉」已超期。", "/camunda/app/tasklist/", NotificationRef.task("privacy-2")));
      dispatcher.awaitIdle(Duration.ofSeconds(30));
    } finally {
      SMTP.start();
    }
    assertThat(jdbc.queryForList("SELECT last_error FROM notification WHERE ref_id = 'privacy-2' AND channel <> "
        + "'IN_APP'", String.class)).hasSize(2).allSatisfy(error -> assertThat(error).isNotBlank());

    for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM notification WHERE recipient = ?", head)) {
      for (String secret : List.of(COMPLAINANT_PHONE, COMPLAINANT_ID, ADDRESS, WORK_MOBILE)) {
        assertThat(row.values()).as("row %s", row.get("ID"))
            .noneMatch(value -> value != null && value.toString().contains(secret));
      }
    }
    List<String> log = MailChannelTest.applicationLines(output);
    for (String secret : List.of(COMPLAINANT_PHONE, COMPLAINANT_ID, ADDRESS, WORK_MOBILE)) {
      assertThat(log).noneMatch(line -> line.contains(secret));
    }
  }
}
