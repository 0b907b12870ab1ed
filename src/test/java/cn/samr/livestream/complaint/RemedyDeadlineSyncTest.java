package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A remedy obligation's fulfilment deadline across Spring Festival 2027 (RemedyDeadlineSync): notified on Friday
 * 29 January 2027 with 10 working days, before 2027 is entered; entered, the confirmation task, the deadline timer,
 * the obligation and the forms' text move to the recomputed day. The 2027 arrangement is test data: 5–14 February
 * off, Saturday 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemedyDeadlineSyncTest extends CalendarChangeFixture {

  static final LocalDateTime REGISTERED = LocalDateTime.of(2027, 1, 25, 10, 0);
  static final LocalDateTime NOTIFIED = LocalDateTime.of(2027, 1, 29, 10, 0);

  @Autowired ComplaintIntakeService intake;
  @Autowired RemedyMapper remedies;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  void theFulfilmentDeadlineMovesOnTheObligationAndInItsForms() {
    at(REGISTERED);
    RegisteredComplaint complaint = intake.register(ComplaintFixtures.baoshanMerchant(REGISTERED), "test");
    at(REGISTERED.plusDays(1));
    taskService.complete(task(complaint.processInstanceId()).getId(),
        Map.of(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    at(NOTIFIED);
    Map<String, Object> findings = new HashMap<>();
    findings.put(Var.SUBSTANTIATED.name(), true);
    findings.put(Var.FACTS.name(), "经调取直播回放及订单，宣传与实物不符属实");
    findings.put(Var.VIOLATION_CLUE_FOUND.name(), false);
    findings.put(Var.REMEDY_REFUND.name(), true);
    findings.put(Var.AMOUNT_OWED.name(), 299);
    findings.put(Var.REMEDY_WORKING_DAYS.name(), 10);
    findings.put(Var.OWED_BY_MERCHANT.name(), true);
    taskService.complete(task(complaint.processInstanceId()).getId(), findings);

    ProcessInstance party = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(complaint.processInstanceId()).singleResult();
    // 10 working days after Fri 29 January, weekends only: 1–5 Feb (5), 8–12 Feb (10)
    LocalDate provisional = LocalDate.of(2027, 2, 12);
    // with 2027 entered: 1–4 Feb (4), 5–14 Feb off, 15–19 Feb (9), Saturday 20 February, worked (10)
    LocalDate recomputed = LocalDate.of(2027, 2, 20);
    assertThat(task(party.getId()).getDueDate()).isEqualTo(endOf(provisional));
    assertThat(deadlineTimerDue(party)).isEqualTo(endOf(provisional));
    assertThat(obligation(complaint).getDeadline()).isEqualTo(endOfDay(provisional));
    assertThat(runtimeService.getVariable(party.getId(), RemedyProcess.Var.REMEDY_DEADLINE_TEXT.name()))
        .isEqualTo("2027年2月12日（星期五）");

    enter2027(NOTIFIED.plusDays(4));

    assertThat(task(party.getId()).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(deadlineTimerDue(party)).isEqualTo(endOf(recomputed));
    assertThat(obligation(complaint).getDeadline()).isEqualTo(endOfDay(recomputed));
    assertThat(runtimeService.getVariable(party.getId(), RemedyProcess.Var.REMEDY_DEADLINE_TEXT.name()))
        .isEqualTo("2027年2月20日（星期六）");
  }

  private Task task(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private Date deadlineTimerDue(ProcessInstance party) {
    return managementService.createJobQuery().processInstanceId(party.getId())
        .activityId(RemedyProcess.Element.REMEDY_DEADLINE_TIMER).singleResult().getDuedate();
  }

  private RemedyObligation obligation(RegisteredComplaint complaint) {
    return remedies.findByComplaint(complaint.complaintId()).get(0);
  }
}
