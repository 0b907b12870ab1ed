package cn.samr.livestream.enforcement.clue;

import static cn.samr.livestream.enforcement.clue.ClueFixtures.monitoringFinding;
import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineBasis;
import cn.samr.livestream.calendar.DeadlineUnit;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.engine.TaskListColumns;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clue's copies of engine deadlines across Spring Festival 2027: counted on weekends only while 2027 is unknown,
 * then, once an administrator enters the year, the task, the timer, the clue's record and the forms' text on the
 * recomputed day (ClueDeadlineSync). The 2027 arrangement is test data: 1 January and 5–14 February off, Saturday
 * 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueDeadlineSyncTest extends CalendarChangeFixture {

  @Autowired ClueIntakeService intake;
  @Autowired ClueService clues;
  @Autowired EnforcementRecords records;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  void theVerificationLimitMovesOnTheClueAndInItsForms() {
    // received Tue 26 January 2027; 15 working days, weekends only: 27–29 Jan (3), 1–5 Feb (8), 8–12 Feb (13),
    // 15, 16 Feb (15)
    LocalDateTime received = LocalDateTime.of(2027, 1, 26, 10, 0);
    LocalDate provisional = LocalDate.of(2027, 2, 16);
    // with 2027 entered: 27–29 Jan (3), 1–4 Feb (7), 5–14 Feb off, 15–19 Feb (12), Sat 20 Feb (13), 22, 23 Feb (15)
    LocalDate recomputed = LocalDate.of(2027, 2, 23);
    at(received);
    RegisteredClue clue = intake.register(monitoringFinding(received), "test");

    Task verification = verification(clue);
    assertThat(verification.getDueDate()).isEqualTo(endOf(provisional));
    assertThat(timer(clue, Element.VERIFICATION_DEADLINE_TIMER).getDuedate()).isEqualTo(endOf(provisional));
    assertThat(clues.clue(clue.clueId()).getVerificationDue()).isEqualTo(endOfDay(provisional));
    assertThat(runtimeService.getVariable(clue.processInstanceId(), Var.VERIFICATION_DUE_TEXT.name()))
        .isEqualTo("2027年2月16日（星期二）");
    assertThat(provisional(Deadline.TargetKind.TASK, verification.getId())).isTrue();

    enter2027(LocalDateTime.of(2027, 1, 28, 9, 0));

    assertThat(verification(clue).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(timer(clue, Element.VERIFICATION_DEADLINE_TIMER).getDuedate()).isEqualTo(endOf(recomputed));
    assertThat(clues.clue(clue.clueId()).getVerificationDue()).isEqualTo(endOfDay(recomputed));
    assertThat(runtimeService.getVariable(clue.processInstanceId(), Var.VERIFICATION_DUE_TEXT.name()))
        .isEqualTo("2027年2月23日（星期二）");
  }

  @Test
  void theExtendedVerificationLimitMovesToo() {
    // received Mon 4 January 2027; its first 15 working days end Mon 25 January with or without the holidays
    LocalDateTime received = LocalDateTime.of(2027, 1, 4, 10, 0);
    at(received);
    RegisteredClue clue = intake.register(monitoringFinding(received), "test");
    at(received.plusDays(3));
    taskService.complete(verification(clue).getId(), Map.of(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION",
        Var.EXTENSION_REASON.name(), "需调取平台后台交易数据"));
    Task approval = taskService.createTaskQuery().processInstanceId(clue.processInstanceId())
        .taskDefinitionKey(Element.APPROVE_EXTENSION).singleResult();
    taskService.complete(approval.getId(), Map.of(Var.EXTENSION_APPROVED.name(), true,
        Var.APPROVAL_NOTE.name(), "同意"));

    // 30 working days, weekends only: 5–8 Jan (4), 11–15 (9), 18–22 (14), 25–29 (19), 1–5 Feb (24), 8–12 Feb (29),
    // Mon 15 Feb (30)
    LocalDate provisional = LocalDate.of(2027, 2, 15);
    // with 2027 entered (4 January is after New Year's Day): … 25–29 Jan (19), 1–4 Feb (23), 5–14 Feb off,
    // 15–19 Feb (28), Sat 20 Feb (29), Mon 22 Feb (30)
    LocalDate recomputed = LocalDate.of(2027, 2, 22);
    Task extended = verification(clue);
    assertThat(extended.getDueDate()).isEqualTo(endOf(provisional));
    assertThat(clues.clue(clue.clueId()).getVerificationDue()).isEqualTo(endOfDay(provisional));
    assertThat(ledger.of(Deadline.TargetKind.TASK, extended.getId()).orElseThrow().basis())
        .isEqualTo(new DeadlineBasis(received.toLocalDate(), 30, DeadlineUnit.WORKING_DAYS));

    enter2027(LocalDateTime.of(2027, 1, 8, 9, 0));

    assertThat(verification(clue).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(timer(clue, Element.VERIFICATION_DEADLINE_TIMER).getDuedate()).isEqualTo(endOf(recomputed));
    assertThat(clues.clue(clue.clueId()).getVerificationDue()).isEqualTo(endOfDay(recomputed));
    assertThat(runtimeService.getVariable(clue.processInstanceId(), Var.VERIFICATION_DUE_TEXT.name()))
        .isEqualTo("2027年2月22日（星期一）");
  }

  @Test
  void theCorrectionDeadlineMovesOnTheOrderAndTheFollowUpCheckCountsFromIt() {
    LocalDateTime received = LocalDateTime.of(2027, 1, 25, 10, 0);
    at(received);
    RegisteredClue clue = intake.register(monitoringFinding(received), "test");
    Map<String, Object> findings = new HashMap<>();
    findings.put(Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS");
    findings.put(Var.SUBSTANTIATED.name(), true);
    findings.put(Var.HARM_CAUSED.name(), true);
    findings.put(Var.FINDINGS.name(), "经调取回放，宣传内容属实违法");
    taskService.complete(verification(clue).getId(), findings);
    assertThat(runtimeService.getVariable(clue.processInstanceId(), Var.PROPOSED_TIER.name()))
        .isEqualTo("ORDER_TO_CORRECT");
    Map<String, Object> tier = new HashMap<>();
    tier.put(Var.TIER.name(), "ORDER_TO_CORRECT");
    tier.put(Var.TIER_CHANGE_REASON.name(), null);
    taskService.complete(task(clue, Element.CONFIRM_TIER).getId(), tier);

    // ordered Mon 1 February 2027 with 10 working days; weekends only: 2–5 Feb (4), 8–12 Feb (9), Mon 15 Feb (10)
    LocalDateTime ordered = LocalDateTime.of(2027, 2, 1, 10, 0);
    LocalDate provisional = LocalDate.of(2027, 2, 15);
    // with 2027 entered: 2–4 Feb (3), 5–14 Feb off, 15–19 Feb (8), Sat 20 Feb (9), Mon 22 Feb (10)
    LocalDate recomputed = LocalDate.of(2027, 2, 22);
    at(ordered);
    taskService.complete(task(clue, Element.ISSUE_ORDER).getId(), Map.of(Var.CORRECTION_WORKING_DAYS.name(), 10L,
        Var.DOCUMENT_CONTENT.name(), "责令十个工作日内删除违法宣传内容"));

    Job correction = timer(clue, Element.CORRECTION_DEADLINE_TIMER);
    assertThat(correction.getDuedate()).isEqualTo(endOf(provisional));
    assertThat(order(clue).getDeadline()).isEqualTo(endOfDay(provisional));
    Deadline recorded = ledger.of(Deadline.TargetKind.TIMER, correction.getId()).orElseThrow();
    assertThat(recorded.basis()).isEqualTo(new DeadlineBasis(ordered.toLocalDate(), 10, DeadlineUnit.WORKING_DAYS));
    assertThat(recorded.isProvisional()).isTrue();

    enter2027(LocalDateTime.of(2027, 2, 3, 9, 0));

    assertThat(timer(clue, Element.CORRECTION_DEADLINE_TIMER).getDuedate()).isEqualTo(endOf(recomputed));
    assertThat(order(clue).getDeadline()).isEqualTo(endOfDay(recomputed));
    assertThat(runtimeService.getVariable(clue.processInstanceId(), Var.CORRECTION_DEADLINE.name()))
        .isEqualTo(endOf(recomputed));

    // the timer fires on the new day; the check's 5 working days run from it: 23–26 Feb (4), Mon 1 March (5)
    at(LocalDateTime.of(2027, 2, 23, 9, 0));
    managementService.executeJob(timer(clue, Element.CORRECTION_DEADLINE_TIMER).getId());
    Task check = task(clue, Element.FOLLOW_UP_CHECK);
    assertThat(check.getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 3, 1)));
    assertThat(taskService.getVariableLocal(check.getId(), TaskListColumns.DEADLINE))
        .isEqualTo("2027年3月1日（星期一）");
  }

  private Task verification(RegisteredClue clue) {
    return task(clue, Element.VERIFY_CLUE);
  }

  private Task task(RegisteredClue clue, String activityId) {
    return taskService.createTaskQuery().processInstanceId(clue.processInstanceId()).taskDefinitionKey(activityId)
        .singleResult();
  }

  private Job timer(RegisteredClue clue, String activityId) {
    return managementService.createJobQuery().processInstanceId(clue.processInstanceId()).activityId(activityId)
        .singleResult();
  }

  private EnforcementAction order(RegisteredClue clue) {
    return records.ofClue(clue.clueId()).stream().filter(a -> a.getActionType() == ActionType.ORDER_TO_CORRECT)
        .findFirst().orElseThrow();
  }
}
