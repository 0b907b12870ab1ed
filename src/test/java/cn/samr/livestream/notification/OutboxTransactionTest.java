package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.shared.Times;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is written in the caller's transaction (docs/handoffs-and-notifications.md §3.2): a command rolled back
 * leaves no notification; a committed one is delivered right after the commit; a row claimed by a node that died is
 * delivered again once its claim expires; the same event about the same thing reaches a recipient once per channel.
 * This context has neither mail nor SMS configured: those rows are SUPPRESSED.
 */
@IntegrationTest
class OutboxTransactionTest {

  static final LocalDateTime DAYTIME = LocalDateTime.of(2030, 3, 4, 10, 0);

  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired NotificationMapper mapper;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void daytime() {
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME));
  }

  @AfterEach
  void resetClock() {
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    ClockUtil.reset();
  }

  @Test
  void aRolledBackCommandLeavesNoNotification() {
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      notify("outbox-rollback", "rollback-1");
      // the same transaction holds an engine command too: both go
      runtimeService.createMessageCorrelation("no-such-message").correlate();
    })).isNotNull();
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    assertThat(rows("rollback-1")).isEmpty();
  }

  @Test
  void aCommittedNotificationIsDeliveredAfterTheCommit() {
    transactions.executeWithoutResult(status -> {
      assertThat(notify("outbox-commit", "commit-1")).isEqualTo(2);
      // not before the commit
      assertThat(rows("commit-1")).extracting(r -> r.get("STATUS")).containsExactlyInAnyOrder("PENDING", "SUPPRESSED");
    });
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    Map<String, Object> inApp = row("commit-1", NotificationChannel.IN_APP);
    assertThat(inApp.get("STATUS")).isEqualTo("SENT");
    assertThat(inApp.get("ATTEMPTS")).isEqualTo(1);
    assertThat(inApp.get("SENT_AT")).isNotNull();
    Map<String, Object> mail = row("commit-1", NotificationChannel.EMAIL);
    assertThat(mail.get("STATUS")).as("no mail server in this context").isEqualTo("SUPPRESSED");
    assertThat((String) mail.get("LAST_ERROR")).contains("未开通");
  }

  @Test
  void aRowClaimedByANodeThatDiedIsDeliveredOnceTheClaimExpires() {
    transactions.executeWithoutResult(status -> {
      notify("outbox-crash", "crash-1");
      // another node claims it in the same breath and dies before delivering
      LocalDateTime now = LocalDateTime.now(Times.engineClock());
      Long id = (Long) row("crash-1", NotificationChannel.IN_APP).get("ID");
      assertThat(mapper.claim(List.of(id), "dead-node", now, now.plus(OutboxDispatcher.CLAIM))).isOne();
    });
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    assertThat(row("crash-1", NotificationChannel.IN_APP).get("STATUS")).as("claimed elsewhere").isEqualTo("SENDING");

    ClockUtil.setCurrentTime(Times.toDate(DAYTIME.plus(OutboxDispatcher.CLAIM).minusSeconds(1)));
    dispatcher.dispatchDue();
    assertThat(row("crash-1", NotificationChannel.IN_APP).get("STATUS")).as("claim still held").isEqualTo("SENDING");

    ClockUtil.setCurrentTime(Times.toDate(DAYTIME.plus(OutboxDispatcher.CLAIM).plusSeconds(1)));
    assertThat(dispatcher.dispatchDue()).isPositive();
    Map<String, Object> delivered = row("crash-1", NotificationChannel.IN_APP);
    assertThat(delivered.get("STATUS")).isEqualTo("SENT");
    assertThat(delivered.get("CLAIMED_BY")).isNull();
  }

  @Test
  void theSameEventAboutTheSameThingIsWrittenOncePerRecipientAndChannel() {
    assertThat(notify("outbox-dedup", "dedup-1")).isEqualTo(2);
    assertThat(notify("outbox-dedup", "dedup-1")).isZero();
    transactions.executeWithoutResult(status -> assertThat(notify("outbox-dedup", "dedup-1")).isZero());
    assertThat(notifications.notify(NotificationEvent.TASK_ASSIGNED_TO_ME, List.of("outbox-dedup", "outbox-dedup2"),
        "任务指派给您", "任务「核查投诉」已指派给您。", "/camunda/app/tasklist/", NotificationRef.task("dedup-1")))
        .as("only the new recipient's").isEqualTo(2);

    assertThat(rows("dedup-1")).hasSize(4);
  }

  private int notify(String recipient, String taskId) {
    return notifications.notify(NotificationEvent.TASK_ASSIGNED_TO_ME, List.of(recipient), "任务指派给您",
        "任务「核查投诉」已指派给您，请在任务列表中办理。", "/camunda/app/tasklist/default/#/?task=" + taskId,
        NotificationRef.task(taskId));
  }

  private List<Map<String, Object>> rows(String taskId) {
    return jdbc.queryForList("SELECT * FROM notification WHERE ref_kind = 'TASK' AND ref_id = ?", taskId);
  }

  private Map<String, Object> row(String taskId, NotificationChannel channel) {
    return jdbc.queryForMap("SELECT * FROM notification WHERE ref_kind = 'TASK' AND ref_id = ? AND channel = ?",
        taskId, channel.name());
  }
}
