package cn.samr.livestream.enforcement.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.samr.livestream.ModelTest;
import cn.samr.livestream.ModelTestEngine;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Var;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The branches of criminal-transfer.bpmn on the model alone: the real work calendar, every delegate and listener
 * a mock, the 24-hour transfer deadline from a mocked TransferService. No Spring: what the delegates write is
 * CriminalTransferProcessTest's part.
 */
@Deployment(resources = {
    "processes/criminal-transfer.bpmn", "forms/transfer-report.form", "forms/transfer-approval.form",
    "forms/transfer-to-police.form", "forms/transfer-police-decision.form",
    "forms/transfer-reconsideration-request.form", "forms/transfer-reconsideration-result.form"})
class CriminalTransferModelTest extends ModelTest {

  static final Date TRANSFER_DUE = date(MONDAY.plusHours(24));

  ExecutionListener start;
  TaskListener report;
  TaskListener approval;
  JavaDelegate approvalOverdue;
  TaskListener policeTransfer;
  JavaDelegate transferOverdue;
  TaskListener policeDecision;
  JavaDelegate policeDecisionReminder;
  TaskListener reconsiderationDecision;
  TaskListener reconsiderationResult;
  TransferService transfers;

  @BeforeEach
  void mocks() throws Exception {
    start = ModelTestEngine.mock("transferStartListener", ExecutionListener.class);
    report = ModelTestEngine.mock("transferReportListener", TaskListener.class);
    approval = ModelTestEngine.mock("transferApprovalListener", TaskListener.class);
    approvalOverdue = ModelTestEngine.mock("approvalOverdueDelegate", JavaDelegate.class);
    policeTransfer = ModelTestEngine.mock("policeTransferListener", TaskListener.class);
    transferOverdue = ModelTestEngine.mock("transferOverdueDelegate", JavaDelegate.class);
    policeDecision = ModelTestEngine.mock("policeDecisionListener", TaskListener.class);
    policeDecisionReminder = ModelTestEngine.mock("policeDecisionReminderDelegate", JavaDelegate.class);
    reconsiderationDecision = ModelTestEngine.mock("reconsiderationDecisionListener", TaskListener.class);
    reconsiderationResult = ModelTestEngine.mock("reconsiderationResultListener", TaskListener.class);
    transfers = ModelTestEngine.mock("transferService", TransferService.class);
    when(transfers.transferDue(any())).thenReturn(TRANSFER_DUE);
    when(transfers.reportDue(any())).thenAnswer(call -> calendar.addWorkingDays((Date) call.getArgument(0), 2));

    // the dates the real listeners hand on to due dates and timers
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable(Var.PROPOSED_AT.name(), ClockUtil.getCurrentTime());
      return null;
    }).when(start).notify(any());
    doAnswer(call -> set(call.getArgument(0), Var.REPORTED_AT.name())).when(report).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      return TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) ? set(task, Var.APPROVED_AT.name()) : null;
    }).when(approval).notify(any());
    doAnswer(call -> set(call.getArgument(0), Var.TRANSFERRED_AT.name())).when(policeTransfer).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      return TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) ? set(task, Var.POLICE_DECIDED_AT.name()) : null;
    }).when(policeDecision).notify(any());
    doAnswer(call -> set(call.getArgument(0), Var.RECONSIDERATION_REQUESTED_AT.name()))
        .when(reconsiderationDecision).notify(any());
  }

  @Test
  void aTransferTheHeadRefusesEnds() throws Exception {
    ProcessInstance pi = reported();

    complete(task(), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.REJECT));

    assertThat(pi).isEnded().hasPassed(Element.END_REJECTED).hasNotPassed(Element.TRANSFER_TO_POLICE);
  }

  @Test
  void anApprovedTransferGoesToThePoliceWithin24HoursAndEndsWhenTheyAccept() throws Exception {
    ProcessInstance pi = transferred();

    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), 3));
    complete(task(), withVariables(Var.POLICE_DECISION.name(), "ACCEPTED"));

    assertThat(pi).isEnded().hasPassed(Element.END_ACCEPTED).hasNotPassed(Element.DECIDE_RECONSIDERATION);
    verify(policeTransfer).notify(any());
  }

  @Test
  void aRefusalNotContestedReturnsTheMatter() throws Exception {
    ProcessInstance pi = refused();

    complete(task(), withVariables(Var.REQUEST_RECONSIDERATION.name(), false));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED).hasNotPassed(Element.RECORD_RECONSIDERATION);
  }

  @Test
  void aReconsiderationThePoliceGrantIsAccepted() throws Exception {
    ProcessInstance pi = reconsidered();

    complete(task(), withVariables(Var.RECONSIDERATION_DECISION.name(), "ACCEPTED"));

    assertThat(pi).isEnded().hasPassed(Element.END_ACCEPTED);
  }

  @Test
  void aReconsiderationThePoliceRefuseReturnsTheMatter() throws Exception {
    ProcessInstance pi = reconsidered();

    complete(task(), withVariables(Var.RECONSIDERATION_DECISION.name(), "REFUSED"));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED);
    verify(reconsiderationResult).notify(any());
  }

  @Test
  void eachDeadlineMarksItsOverdueAndLeavesTheTaskOpen() throws Exception {
    ProcessInstance pi = reported();
    assertThat(job(Element.APPROVAL_OVERDUE_TIMER, pi).getDuedate()).isEqualTo(calendar.addDaysToWorkingDay(date(MONDAY), 3));
    execute(job(Element.APPROVAL_OVERDUE_TIMER, pi));
    assertThat(pi).hasPassed(Element.END_APPROVAL_OVERDUE_MARKED).isWaitingAt(Element.APPROVE_TRANSFER);

    complete(task(), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.APPROVE));
    assertThat(job(Element.TRANSFER_OVERDUE_TIMER, pi).getDuedate()).isEqualTo(TRANSFER_DUE);
    execute(job(Element.TRANSFER_OVERDUE_TIMER, pi));
    assertThat(pi).hasPassed(Element.END_TRANSFER_OVERDUE_MARKED).isWaitingAt(Element.TRANSFER_TO_POLICE);

    complete(task());
    execute(job(Element.POLICE_DECISION_REMINDER_TIMER, pi));
    assertThat(pi).hasPassed(Element.END_POLICE_REMINDED).isWaitingAt(Element.RECORD_POLICE_DECISION);
    verify(approvalOverdue).execute(any());
    verify(transferOverdue).execute(any());
    verify(policeDecisionReminder).execute(any());
  }

  // ---------------------------------------------------------------- helpers

  private static Object set(DelegateTask task, String dateVariable) {
    task.getExecution().setVariable(dateVariable, ClockUtil.getCurrentTime());
    return null;
  }

  private ProcessInstance reported() throws Exception {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(TransferProcess.PROCESS_KEY, "XS-MODEL",
        Map.of(Var.CLUE_ID.name(), 4711L, Var.HANDLING_UNIT.name(), UNIT, Var.HANDLING_UNIT_HEAD.name(), HEAD));
    assertThat(pi).isWaitingAt(Element.REPORT_TRANSFER);
    // the report's due date comes from transferService.reportDue(transferProposedAt): Mon + 2 working days
    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 2));
    complete(task());
    assertThat(pi).isWaitingAt(Element.APPROVE_TRANSFER);
    assertThat(task()).hasCandidateGroup(HEAD).hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), 3));
    verify(start).notify(any());
    return pi;
  }

  private ProcessInstance transferred() throws Exception {
    ProcessInstance pi = reported();
    complete(task(), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.APPROVE));
    assertThat(pi).isWaitingAt(Element.TRANSFER_TO_POLICE);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(TRANSFER_DUE);
    complete(task());
    assertThat(pi).isWaitingAt(Element.RECORD_POLICE_DECISION);
    return pi;
  }

  private ProcessInstance refused() throws Exception {
    ProcessInstance pi = transferred();
    complete(task(), withVariables(Var.POLICE_DECISION.name(), "REFUSED"));
    assertThat(pi).isWaitingAt(Element.DECIDE_RECONSIDERATION);
    assertThat(task()).hasCandidateGroup(HEAD).hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), 3));
    return pi;
  }

  private ProcessInstance reconsidered() throws Exception {
    ProcessInstance pi = refused();
    complete(task(), withVariables(Var.REQUEST_RECONSIDERATION.name(), true));
    assertThat(pi).isWaitingAt(Element.RECORD_RECONSIDERATION);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), 3));
    return pi;
  }

}
