package cn.samr.livestream.governance.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * The transfer's copies of engine deadlines across Spring Festival 2027 (DepartmentTransferDeadlineSync): the
 * receipt's (department_transfer.receipt_due) and the feedback's (feedback_due and the letter's
 * enforcement_action.deadline), moved with the task, the overdue timer and the reminder. Sent on Tuesday 2 February
 * 2027 before 2027 is entered; the 2027 arrangement is test data (TestCalendarYears): 5–14 February off, Saturday
 * 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentTransferDeadlineSyncTest extends CalendarChangeFixture {

  static final LocalDateTime SENT = LocalDateTime.of(2027, 2, 2, 10, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DepartmentTransferMapper transfers;
  @Autowired EnforcementRecords records;

  @Test
  void theReceiptDeadlineMovesOnTheTransfer() {
    at(SENT);
    ProcessInstance pi = sent();
    // receipt, 5 working days after Tue 2 February, weekends only: 3, 4, 5, 8, 9 Feb; with 2027 entered:
    // 3, 4 Feb (2), 5–14 Feb off, 15, 16, 17 Feb (5)
    LocalDate receiptProvisional = LocalDate.of(2027, 2, 9);
    LocalDate receiptRecomputed = LocalDate.of(2027, 2, 17);
    assertThat(task(pi, Element.RECORD_RECEIPT).getDueDate()).isEqualTo(endOf(receiptProvisional));
    assertThat(transfer(pi).getReceiptDue()).isEqualTo(endOfDay(receiptProvisional));
    assertThat(provisional(Deadline.TargetKind.TASK, task(pi, Element.RECORD_RECEIPT).getId())).isTrue();

    enter2027(SENT.plusHours(2));

    assertThat(task(pi, Element.RECORD_RECEIPT).getDueDate()).isEqualTo(endOf(receiptRecomputed));
    assertThat(transfer(pi).getReceiptDue()).isEqualTo(endOfDay(receiptRecomputed));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.RECEIPT_REMINDER_TIMER).singleResult().getDuedate()).isEqualTo(endOf(receiptRecomputed));
  }

  @Test
  void theFeedbackDeadlineMovesOnTheTransferAndItsLetter() {
    at(SENT);
    ProcessInstance pi = sent();
    at(SENT.plusHours(1));
    taskService.complete(task(pi, Element.RECORD_RECEIPT).getId(),
        Map.of(Var.RECEIVED_ON.name(), "2027-02-02", Var.RECEIVER.name(), "网信办"));
    // feedback, 15 working days after Tue 2 February, weekends only: 3–5 Feb (3), 8–12 (8), 15–19 (13), 22, 23 (15);
    // with 2027 entered: 3, 4 Feb (2), 5–14 off, 15–19 (7), Sat 20 (8), 22–26 (13), 1, 2 Mar (15)
    LocalDate provisional = LocalDate.of(2027, 2, 23);
    LocalDate recomputed = LocalDate.of(2027, 3, 2);
    Task feedback = task(pi, Element.RECORD_FEEDBACK);
    assertThat(feedback.getDueDate()).isEqualTo(endOf(provisional));
    assertThat(transfer(pi).getFeedbackDue()).isEqualTo(endOfDay(provisional));
    assertThat(records.byId(transfer(pi).getActionId()).orElseThrow().getDeadline()).isEqualTo(endOfDay(provisional));

    enter2027(SENT.plusHours(3));

    assertThat(task(pi, Element.RECORD_FEEDBACK).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(transfer(pi).getFeedbackDue()).isEqualTo(endOfDay(recomputed));
    assertThat(records.byId(transfer(pi).getActionId()).orElseThrow().getDeadline()).isEqualTo(endOfDay(recomputed));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.FEEDBACK_OVERDUE_TIMER).singleResult().getDuedate()).isEqualTo(endOf(recomputed));
    // the reminder two working days before: 13 working days, Fri 26 February
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.FEEDBACK_REMINDER_TIMER).singleResult().getDuedate())
        .isEqualTo(endOf(LocalDate.of(2027, 2, 26)));
  }

  private ProcessInstance sent() {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.DEPARTMENT.name(), "CYBERSPACE");
    form.put(Var.REASON.name(), "OUTSIDE_COMPETENCE");
    form.put(Var.FACTS.name(), "某直播间发布违反公序良俗的内容，需网信部门依职责处理。");
    form.put(Var.SENDER.name(), "coordination-group");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(DepartmentTransferProcess.PROCESS_KEY, form);
    taskService.complete(task(pi, Element.APPROVE).getId(), Map.of(Var.TRANSFER_APPROVED.name(), true));
    return pi;
  }

  private Task task(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private DepartmentTransfer transfer(ProcessInstance pi) {
    return transfers.findByProcessInstance(pi.getId()).orElseThrow();
  }
}
