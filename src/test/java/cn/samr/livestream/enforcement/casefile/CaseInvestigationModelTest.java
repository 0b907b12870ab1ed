package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.samr.livestream.ModelTest;
import cn.samr.livestream.ModelTestEngine;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Element;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Var;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The branches of case-investigation.bpmn on the model alone: the real hearing-right.dmn and work calendar,
 * every delegate and listener a mock, criminal-transfer a stub. No Spring: what the delegates write is
 * CaseInvestigationProcessTest's part.
 */
@Deployment(resources = {
    "processes/case-investigation.bpmn", "processes/hearing-right.dmn",
    "forms/case-filing-approval.form", "forms/case-investigation.form", "forms/case-extension-approval.form",
    "forms/case-hearing-request.form", "forms/case-hearing.form", "forms/case-penalty-decision.form",
    "forms/case-overdue-supervision.form", "forms/case-service.form", "forms/case-publication.form"})
class CaseInvestigationModelTest extends ModelTest {

  static final String STUB_TRANSFER_TASK = "Task_StubTransfer";

  JavaDelegate openCaseFile;
  TaskListener filingApproval;
  TaskListener investigation;
  TaskListener extensionApproval;
  JavaDelegate excludePeriod;
  JavaDelegate closeTransferred;
  JavaDelegate notifyHearingRight;
  TaskListener hearingRequest;
  JavaDelegate hearingLapse;
  TaskListener hearing;
  TaskListener penaltyDecision;
  TaskListener overdueSupervision;
  TaskListener service;
  JavaDelegate serviceOverdue;
  TaskListener publication;
  JavaDelegate proposeCreditListing;
  CaseDecisionService decisions;

  @BeforeEach
  void mocks() throws Exception {
    openCaseFile = ModelTestEngine.mock("openCaseFileDelegate", JavaDelegate.class);
    filingApproval = ModelTestEngine.mock("filingApprovalListener", TaskListener.class);
    investigation = ModelTestEngine.mock("investigationListener", TaskListener.class);
    extensionApproval = ModelTestEngine.mock("extensionApprovalListener", TaskListener.class);
    excludePeriod = ModelTestEngine.mock("excludePeriodDelegate", JavaDelegate.class);
    closeTransferred = ModelTestEngine.mock("closeTransferredDelegate", JavaDelegate.class);
    notifyHearingRight = ModelTestEngine.mock("notifyHearingRightDelegate", JavaDelegate.class);
    hearingRequest = ModelTestEngine.mock("hearingRequestListener", TaskListener.class);
    hearingLapse = ModelTestEngine.mock("hearingLapseDelegate", JavaDelegate.class);
    hearing = ModelTestEngine.mock("hearingListener", TaskListener.class);
    penaltyDecision = ModelTestEngine.mock("penaltyDecisionListener", TaskListener.class);
    overdueSupervision = ModelTestEngine.mock("caseOverdueSupervisionListener", TaskListener.class);
    service = ModelTestEngine.mock("serviceListener", TaskListener.class);
    serviceOverdue = ModelTestEngine.mock("serviceOverdueDelegate", JavaDelegate.class);
    publication = ModelTestEngine.mock("publicationListener", TaskListener.class);
    proposeCreditListing = ModelTestEngine.mock("proposeCreditListingDelegate", JavaDelegate.class);

    // the variables the real delegates and listeners hand on to gateways, due dates and timers
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      Var.DECISION_PERIOD_DAYS.set(execution, CaseProcess.DECISION_DAYS);
      Var.FILING_LIMIT_FROM.set(execution, ClockUtil.getCurrentTime());
      Var.FILING_LIMIT_WORKING_DAYS.set(execution, CaseProcess.FILING_WORKING_DAYS);
      Var.CASE_OUTCOME.set(execution, null);
      return null;
    }).when(openCaseFile).execute(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (Boolean.TRUE.equals(Var.HEARING_REQUESTED.get(task.getExecution()))) {
        Var.HEARING_REQUESTED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
      }
      return null;
    }).when(hearingRequest).notify(any());
    decisions = ModelTestEngine.mock("caseDecisionService", CaseDecisionService.class);
    when(decisions.hearingDue(any())).thenAnswer(call -> calendar.addWorkingDays((Date) call.getArgument(0), 20));
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (Boolean.TRUE.equals(Var.FILING_APPROVED.get(task.getExecution()))) {
        Var.FILED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
      }
      return null;
    }).when(filingApproval).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (Boolean.TRUE.equals(Var.EXTENSION_APPROVED.get(task.getExecution()))) {
        Var.DECISION_PERIOD_DAYS.set(task.getExecution(), CaseProcess.DECISION_DAYS + 30);
      }
      return null;
    }).when(extensionApproval).notify(any());
    doAnswer(call -> {
      Var.CASE_OUTCOME.set((DelegateExecution) call.getArgument(0), "TRANSFERRED");
      return null;
    }).when(closeTransferred).execute(any());
    doAnswer(call -> {
      Var.HEARING_NOTIFIED_AT.set((DelegateExecution) call.getArgument(0), ClockUtil.getCurrentTime());
      return null;
    }).when(notifyHearingRight).execute(any());
    doAnswer(call -> {
      Var.DECIDED_AT.set(((DelegateTask) call.getArgument(0)).getExecution(), ClockUtil.getCurrentTime());
      return null;
    }).when(penaltyDecision).notify(any());

    extension.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("criminal-transfer-stub.bpmn", Bpmn.createExecutableProcess(CaseProcess.CRIMINAL_TRANSFER_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask(STUB_TRANSFER_TASK).endEvent().done())
        .deploy());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFilingTheHeadRefusesEndsTheCase() {
    ProcessInstance pi = start();

    assertThat(pi).hasPassed(Element.OPEN_CASE_FILE).isWaitingAt(Element.APPROVE_FILING);
    // due filingLimitWorkingDays working days after filingLimitFrom, as 建立案件 sets them
    assertThat(task()).hasCandidateGroup(HEAD).hasDueDate(calendar.addWorkingDays(date(MONDAY), 15));
    complete(task(), withVariables(Var.FILING_APPROVED.name(), false));

    assertThat(pi).isEnded().hasPassed(Element.END_NOT_FILED).hasNotPassed(Element.INVESTIGATE);
  }

  @Test
  void withoutAHearingRightTheDecisionIsServedPublishedAndTheCaseEnds() throws Exception {
    ProcessInstance pi = filed();

    assertThat(task()).hasCandidateGroup(UNIT)
        .hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), CaseProcess.DECISION_DAYS));
    conclude(pi, 5000.0);
    assertThat(pi).hasPassed(Element.DETERMINE_HEARING_RIGHT).isWaitingAt(Element.DECIDE_PENALTY)
        .hasNotPassed(Element.NOTIFY_HEARING_RIGHT).variables().containsEntry(Var.HEARING_RIGHT.name(), false);
    assertThat(task()).hasCandidateGroup(HEAD);
    complete(task());

    assertThat(pi).hasPassed(Element.END_PENALTY_DECIDED).isWaitingAt(Element.SERVE_DECISION);
    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 7));
    complete(task());
    assertThat(pi).isWaitingAt(Element.PUBLISH_PENALTY);
    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 20));
    complete(task());
    assertThat(pi).isEnded().hasPassed(Element.END_CASE_DECIDED).hasNotPassed(Element.END_CASE_TRANSFERRED);
    verify(publication, times(2)).notify(any());
  }

  @Test
  void aDecisionProposingACreditListingSendsItBeforeTheService() throws Exception {
    ProcessInstance pi = filed();
    conclude(pi, 5000.0);
    complete(task(), withVariables(Var.CREDIT_LISTING_PROPOSAL.name(), "SERIOUS_ILLEGAL"));

    assertThat(pi).hasPassed(Element.CREDIT_LISTING_PROPOSAL, Element.PROPOSE_CREDIT_LISTING,
        Element.CREDIT_LISTING_DONE, Element.END_PENALTY_DECIDED).isWaitingAt(Element.SERVE_DECISION);
    verify(proposeCreditListing).execute(any());
  }

  @Test
  void aDecisionWithoutProposalGoesStraightToTheService() throws Exception {
    ProcessInstance pi = filed();
    conclude(pi, 5000.0);
    complete(task(), withVariables(Var.CREDIT_LISTING_PROPOSAL.name(), "NONE"));

    assertThat(pi).hasPassed(Element.CREDIT_LISTING_DONE, Element.END_PENALTY_DECIDED)
        .hasNotPassed(Element.PROPOSE_CREDIT_LISTING).isWaitingAt(Element.SERVE_DECISION);
    verify(proposeCreditListing, times(0)).execute(any());
  }

  @Test
  void anExtensionAndAnExcludedPeriodGoBackToTheInvestigation() throws Exception {
    ProcessInstance pi = filed();

    complete(task(), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND"));
    assertThat(pi).isWaitingAt(Element.APPROVE_EXTENSION);
    assertThat(task()).hasCandidateGroup(HEAD);
    complete(task(), withVariables(Var.EXTENSION_APPROVED.name(), true));
    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    assertThat(task()).hasDueDate(calendar.addDaysToWorkingDay(date(MONDAY), CaseProcess.DECISION_DAYS + 30));

    complete(task(), withVariables(Var.INVESTIGATION_ACTION.name(), "EXCLUDE_PERIOD"));
    assertThat(pi).hasPassed(Element.EXCLUDE_PERIOD).isWaitingAt(Element.INVESTIGATE);
    verify(excludePeriod).execute(any());
  }

  @Test
  void aHearingRightIsNotifiedAndARequestedHearingIsHeldBeforeTheDecision() throws Exception {
    ProcessInstance pi = filed();

    conclude(pi, 100000.0);

    assertThat(pi).hasPassed(Element.NOTIFY_HEARING_RIGHT).isWaitingAt(Element.AWAIT_HEARING_REQUEST);
    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 5));
    complete(task(), withVariables(Var.HEARING_REQUESTED.name(), true));
    assertThat(pi).isWaitingAt(Element.HOLD_HEARING);
    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 20));
    complete(task());
    assertThat(pi).isWaitingAt(Element.DECIDE_PENALTY);
    verify(hearing).notify(any());
  }

  @Test
  void aWaivedHearingGoesStraightToTheDecision() throws Exception {
    ProcessInstance pi = filed();
    conclude(pi, 100000.0);

    complete(task(), withVariables(Var.HEARING_REQUESTED.name(), false));

    assertThat(pi).isWaitingAt(Element.DECIDE_PENALTY).hasNotPassed(Element.HOLD_HEARING);
    verify(hearingRequest).notify(any());
  }

  @Test
  void aHearingRequestPeriodThatLapsesIsRecordedAndTheDecisionFollows() throws Exception {
    ProcessInstance pi = filed();
    conclude(pi, 100000.0);

    assertThat(job(Element.HEARING_REQUEST_LAPSE_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 5));
    execute(job(Element.HEARING_REQUEST_LAPSE_TIMER, pi));

    assertThat(pi).hasPassed(Element.RECORD_HEARING_LAPSE).isWaitingAt(Element.DECIDE_PENALTY);
    verify(hearingRequest, never()).notify(any());
  }

  @Test
  void aSuspectedCrimeAcceptedByThePoliceClosesTheCaseAsTransferred() throws Exception {
    ProcessInstance pi = filed();

    complete(task(), withVariables(Var.INVESTIGATION_ACTION.name(), "SUSPECTED_CRIME"));
    assertThat(pi).isWaitingAt(Element.CRIMINAL_TRANSFER);
    completeTransferStub("ACCEPTED");

    assertThat(pi).isEnded().hasPassed(Element.CLOSE_TRANSFERRED, Element.END_TRANSFER_CLOSED,
        Element.END_CASE_TRANSFERRED).hasNotPassed(Element.SERVE_DECISION);
  }

  @Test
  void aTransferThePoliceReturnGoesBackToTheInvestigation() throws Exception {
    ProcessInstance pi = filed();

    complete(task(), withVariables(Var.INVESTIGATION_ACTION.name(), "SUSPECTED_CRIME"));
    completeTransferStub("RETURNED");

    assertThat(pi).isWaitingAt(Element.INVESTIGATE).hasNotPassed(Element.CLOSE_TRANSFERRED);
  }

  @Test
  void theDecisionDeadlineGoesToTheHeadWhileTheInvestigationGoesOn() throws Exception {
    ProcessInstance pi = filed();

    assertThat(job(Element.DECISION_DEADLINE_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addDaysToWorkingDay(date(MONDAY), CaseProcess.DECISION_DAYS));
    // the head has 2 working days from when the task appears: Fri 2026-05-29 → Mon 06-01, Tue 06-02
    ClockUtil.setCurrentTime(date(java.time.LocalDateTime.of(2026, 5, 29, 23, 59, 59)));
    execute(job(Element.DECISION_DEADLINE_TIMER, pi));

    assertThat(pi).isWaitingAt(Element.INVESTIGATE, Element.SUPERVISE_OVERDUE_CASE);
    assertThat(task(Element.SUPERVISE_OVERDUE_CASE, pi)).hasCandidateGroup(HEAD)
        .hasDueDate(date(java.time.LocalDateTime.of(2026, 6, 2, 23, 59, 59)));
    complete(task(Element.SUPERVISE_OVERDUE_CASE, pi));
    assertThat(pi).hasPassed(Element.END_OVERDUE_SUPERVISED).isWaitingAt(Element.INVESTIGATE);
  }

  @Test
  void anOverdueServiceIsReportedAndTheServiceStays() throws Exception {
    ProcessInstance pi = filed();
    conclude(pi, 5000.0);
    complete(task());

    execute(job(Element.SERVICE_OVERDUE_TIMER, pi));

    assertThat(pi).hasPassed(Element.REPORT_SERVICE_OVERDUE, Element.END_SERVICE_OVERDUE_REPORTED)
        .isWaitingAt(Element.SERVE_DECISION);
    verify(serviceOverdue).execute(any());
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CLUE_ID.name(), 4711L);
    variables.put(Var.HANDLING_UNIT.name(), UNIT);
    variables.put(Var.HANDLING_UNIT_HEAD.name(), HEAD);
    return engine.getRuntimeService().startProcessInstanceByKey(CaseProcess.PROCESS_KEY, "XS-MODEL", variables);
  }

  private ProcessInstance filed() {
    ProcessInstance pi = start();
    complete(task(Element.APPROVE_FILING, pi), withVariables(Var.FILING_APPROVED.name(), true));
    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    return pi;
  }

  /** Concludes the investigation of an organisation with the planned fine: 100000 or more gives a hearing right. */
  private void conclude(ProcessInstance pi, double plannedFine) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.INVESTIGATION_ACTION.name(), "CONCLUDE");
    variables.put(Var.PARTY_INDIVIDUAL.name(), false);
    variables.put(Var.PLANNED_FINE_AMOUNT.name(), plannedFine);
    variables.put(Var.PLANNED_CONFISCATION_AMOUNT.name(), 0.0);
    variables.put(Var.PLANNED_LICENCE_REVOCATION.name(), false);
    variables.put(Var.PLANNED_SUSPEND_BUSINESS.name(), false);
    variables.put(Var.PLANNED_SERIOUS_VIOLATION_LIST.name(), false);
    complete(task(Element.INVESTIGATE, pi), variables);
  }

  private void completeTransferStub(String outcome) {
    complete(engine.getTaskService().createTaskQuery().taskDefinitionKey(STUB_TRANSFER_TASK).singleResult(),
        withVariables(Var.TRANSFER_OUTCOME.name(), outcome));
  }

}
