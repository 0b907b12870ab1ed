package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.samr.livestream.ModelTest;
import cn.samr.livestream.ModelTestEngine;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The branches of complaint-handling.bpmn on the model alone: the real routing decision (complaint-routing.dmn)
 * and work calendar, every delegate and listener a mock, remedy-enforcement a stub. No Spring, no database of
 * the application: what the delegates write is ComplaintHandlingProcessTest's part.
 */
@Deployment(resources = {
    "processes/complaint-handling.bpmn", "processes/complaint-routing.dmn",
    "forms/complaint-registration.form", "forms/complaint-assign-jurisdiction.form",
    "forms/complaint-acceptance.form", "forms/complaint-acceptance-overdue.form",
    "forms/complaint-verification.form", "forms/mediation-termination-notice.form", "forms/complaint-closing.form"})
class ComplaintHandlingModelTest extends ModelTest {

  static final String STUB_REMEDY_TASK = "Task_StubRemedy";

  ExecutionListener startForm;
  JavaDelegate prepareRouting;
  JavaDelegate applyRouting;
  TaskListener jurisdictionAssigned;
  TaskListener acceptance;
  JavaDelegate acceptanceReminder;
  JavaDelegate acceptanceOverdue;
  TaskListener overdueSupervision;
  TaskListener verification;
  JavaDelegate referViolationClue;
  JavaDelegate terminateMediation;
  TaskListener mediationEndNotice;
  JavaDelegate determineOutcome;
  TaskListener closing;
  RemedyService remedies;
  ComplaintWorkflowService workflow;
  static final java.util.Date CLOSING_DUE = date(java.time.LocalDateTime.of(2026, 3, 11, 23, 59, 59));
  /** The mediation limit as recorded on the complaint, later than acceptance + 45 (an appraisal period excluded). */
  static final java.util.Date MEDIATION_DUE = date(java.time.LocalDateTime.of(2026, 5, 20, 23, 59, 59));

  @BeforeEach
  void mocks() throws Exception {
    startForm = ModelTestEngine.mock("complaintStartFormListener", ExecutionListener.class);
    prepareRouting = ModelTestEngine.mock("prepareRoutingDelegate", JavaDelegate.class);
    applyRouting = ModelTestEngine.mock("applyRoutingDelegate", JavaDelegate.class);
    jurisdictionAssigned = ModelTestEngine.mock("jurisdictionAssignedListener", TaskListener.class);
    acceptance = ModelTestEngine.mock("acceptanceTaskListener", TaskListener.class);
    acceptanceReminder = ModelTestEngine.mock("acceptanceReminderDelegate", JavaDelegate.class);
    acceptanceOverdue = ModelTestEngine.mock("acceptanceOverdueDelegate", JavaDelegate.class);
    overdueSupervision = ModelTestEngine.mock("overdueSupervisionListener", TaskListener.class);
    verification = ModelTestEngine.mock("verificationTaskListener", TaskListener.class);
    referViolationClue = ModelTestEngine.mock("referViolationClueDelegate", JavaDelegate.class);
    terminateMediation = ModelTestEngine.mock("terminateMediationDelegate", JavaDelegate.class);
    mediationEndNotice = ModelTestEngine.mock("mediationEndNoticeListener", TaskListener.class);
    determineOutcome = ModelTestEngine.mock("determineOutcomeDelegate", JavaDelegate.class);
    closing = ModelTestEngine.mock("closingListener", TaskListener.class);
    remedies = ModelTestEngine.mock("remedyService", RemedyService.class);
    workflow = ModelTestEngine.mock("complaintWorkflowService", ComplaintWorkflowService.class);
    when(workflow.closingDue(anyLong())).thenReturn(CLOSING_DUE);
    when(workflow.mediationDue(anyLong())).thenReturn(MEDIATION_DUE);

    // the variables the real delegates and listeners hand on to timers and due dates
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Var.ACCEPTED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
      }
      return null;
    }).when(acceptance).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      Var.HANDLING_UNIT.set(task.getExecution(), Var.ASSIGNED_UNIT.get(task.getExecution()));
      Var.ACCEPTANCE_CLOCK_START.set(task.getExecution(), ClockUtil.getCurrentTime());
      return null;
    }).when(jurisdictionAssigned).notify(any());
    doAnswer(call -> {
      Var.MEDIATION_ENDED_AT.set((DelegateExecution) call.getArgument(0), ClockUtil.getCurrentTime());
      return null;
    }).when(terminateMediation).execute(any());

    extension.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("remedy-enforcement-stub.bpmn", Bpmn.createExecutableProcess(RemedyProcess.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask(STUB_REMEDY_TASK).endEvent().done())
        .deploy());
  }

  // ---------------------------------------------------------------- routing

  @Test
  void aKnownJurisdictionGoesStraightToTheUnitsAcceptance() throws Exception {
    ProcessInstance pi = start(false, 0, true);

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT).hasPassed(Element.PREPARE_ROUTING, Element.DECIDE_ROUTING,
        Element.APPLY_ROUTING).hasNotPassed(Element.ASSIGN_JURISDICTION).variables().containsEntry("routingTarget", "DISTRICT");
    assertThat(task()).hasCandidateGroup(UNIT)
        .hasDueDate(calendar.addWorkingDays(date(MONDAY), 7));
    verify(startForm).notify(any());
    verify(prepareRouting).execute(any());
    verify(applyRouting).execute(any());
  }

  @Test
  void aRiskToLifeOrHealthOrAThirdComplaintGoesToTheEnforcementCorps() throws Exception {
    assertThat(start(true, 0, true)).isWaitingAt(Element.ACCEPT_COMPLAINT).variables()
        .containsEntry("routingTarget", "ENFORCEMENT_CORPS");
    assertThat(start(false, 3, true)).isWaitingAt(Element.ACCEPT_COMPLAINT).variables()
        .containsEntry("routingTarget", "ENFORCEMENT_CORPS");
  }

  @Test
  void anUnknownJurisdictionIsAssignedByTheComplaintCentreFirst() throws Exception {
    ProcessInstance pi = start(false, 0, false);

    assertThat(pi).isWaitingAt(Element.ASSIGN_JURISDICTION);
    assertThat(task()).hasCandidateGroup("complaint-centre");
    complete(task(), withVariables(Var.ASSIGNED_UNIT.name(), "district-310115"));
    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);
    assertThat(task()).hasCandidateGroup("district-310115");
    verify(jurisdictionAssigned).notify(any());
  }

  // ---------------------------------------------------------------- acceptance

  @Test
  void notAcceptedIsClosedWithAReply() throws Exception {
    ProcessInstance pi = start(false, 0, true);

    accept(pi, "REJECT");

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).hasPassed(Element.DETERMINE_OUTCOME)
        .hasNotPassed(Element.VERIFY_COMPLAINT);
    // the closing limit is the service's (the one the on-time figure uses), asked for this complaint
    assertThat(task()).hasDueDate(CLOSING_DUE);
    verify(workflow).closingDue(4711L);
    complete(task());
    assertThat(pi).isEnded().hasPassed(Element.END_CLOSED);
    verify(determineOutcome).execute(any());
    verify(closing).notify(any());
  }

  @Test
  void notOurJurisdictionGoesToTheComplaintCentreAndBackToAcceptance() throws Exception {
    ProcessInstance pi = start(false, 0, true);

    accept(pi, "NOT_JURISDICTION");

    assertThat(pi).isWaitingAt(Element.ASSIGN_JURISDICTION);
    complete(task(), withVariables(Var.ASSIGNED_UNIT.name(), "district-310115"));
    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);
    assertThat(task()).hasCandidateGroup("district-310115");
  }

  @Test
  void twoWorkingDaysBeforeTheDeadlineTheReminderRunsAndTheTaskStays() throws Exception {
    ProcessInstance pi = start(false, 0, true);

    assertThat(job(Element.ACCEPTANCE_REMINDER_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 5));
    execute(job(Element.ACCEPTANCE_REMINDER_TIMER, pi));

    assertThat(pi).hasPassed(Element.SEND_ACCEPTANCE_REMINDER, Element.END_REMINDER_SENT)
        .isWaitingAt(Element.ACCEPT_COMPLAINT);
    verify(acceptanceReminder).execute(any());
  }

  @Test
  void aBreachedAcceptanceDeadlineGoesToTheHeadAndTheTaskStays() throws Exception {
    ProcessInstance pi = start(false, 0, true);

    assertThat(job(Element.ACCEPTANCE_DEADLINE_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 7));
    ClockUtil.setCurrentTime(job(Element.ACCEPTANCE_DEADLINE_TIMER, pi).getDuedate());
    execute(job(Element.ACCEPTANCE_DEADLINE_TIMER, pi));

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT, Element.SUPERVISE_OVERDUE_ACCEPTANCE)
        .hasPassed(Element.MARK_ACCEPTANCE_OVERDUE);
    // fired Wed 2026-03-11 (7th working day after Mon 03-02); the head has 2 working days: Thu 12, Fri 13
    assertThat(task(Element.SUPERVISE_OVERDUE_ACCEPTANCE)).hasCandidateGroup(HEAD)
        .hasDueDate(date(java.time.LocalDateTime.of(2026, 3, 13, 23, 59, 59)));
    complete(task(Element.SUPERVISE_OVERDUE_ACCEPTANCE));
    assertThat(pi).hasPassed(Element.END_OVERDUE_SUPERVISED).isWaitingAt(Element.ACCEPT_COMPLAINT);
    verify(acceptanceOverdue).execute(any());
    verify(overdueSupervision).notify(any());
  }

  // ---------------------------------------------------------------- verification, clue, remedy

  @Test
  void withoutClueOrRemedyTheComplaintIsClosedAfterVerification() throws Exception {
    ProcessInstance pi = accepted();

    assertThat(task()).hasDueDate(calendar.addWorkingDays(date(MONDAY), 45));
    verifyComplaint(pi, false, false);

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).hasNotPassed(Element.REFER_VIOLATION_CLUE,
        Element.REMEDY_ENFORCEMENT);
    complete(task());
    assertThat(pi).isEnded().hasPassed(Element.END_CLOSED);
    verify(referViolationClue, never()).execute(any());
  }

  @Test
  void aViolationClueIsReferredAfterTheVerificationCommits() throws Exception {
    ProcessInstance pi = accepted();

    verifyComplaint(pi, true, false);

    assertThat(pi).isWaitingAt(Element.REFER_VIOLATION_CLUE);
    verify(referViolationClue, never()).execute(any());
    execute(job(Element.REFER_VIOLATION_CLUE, pi));
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT);
    verify(referViolationClue).execute(any());
  }

  @Test
  void eachOpenRemedyRunsItsOwnEnforcementAndTheComplaintClosesWhenAllAreSettled() throws Exception {
    when(remedies.openRemedyIds(anyLong())).thenReturn(List.of(11L, 12L));
    ProcessInstance pi = accepted();

    verifyComplaint(pi, false, true);

    assertThat(pi).isWaitingAt(Element.REMEDY_ENFORCEMENT);
    List<org.camunda.bpm.engine.task.Task> stubs = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(STUB_REMEDY_TASK).list();
    assertThat(stubs).hasSize(2);
    assertThat(stubs).extracting(t -> engine.getRuntimeService().getVariable(t.getExecutionId(), "remedyId"))
        .containsExactlyInAnyOrder(11L, 12L);
    complete(stubs.get(0));
    assertThat(pi).isWaitingAt(Element.REMEDY_ENFORCEMENT);
    complete(stubs.get(1));
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).hasPassed(Element.REMEDY_ENFORCEMENT);
  }

  // ---------------------------------------------------------------- mediation limit

  @Test
  void after45WorkingDaysOfVerificationMediationEndsAndThePartiesAreTold() throws Exception {
    ProcessInstance pi = accepted();

    assertThat(job(Element.MEDIATION_LIMIT_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 45));
    execute(job(Element.MEDIATION_LIMIT_TIMER, pi));

    assertThat(pi).isWaitingAt(Element.NOTIFY_MEDIATION_ENDED).hasPassed(Element.TERMINATE_MEDIATION);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(calendar.addWorkingDays(date(MONDAY), 7));
    complete(task());
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT);
    verify(mediationEndNotice).notify(any());
    verify(verification, times(1)).notify(any());
  }

  @Test
  void theMediationLimitDuringRemedyEnforcementEndsTheOpenEnforcements() throws Exception {
    when(remedies.openRemedyIds(anyLong())).thenReturn(List.of(11L));
    ProcessInstance pi = accepted();
    verifyComplaint(pi, false, true);

    // the complaint's recorded limit, not acceptance + 45: excluded appraisal time stays excluded
    assertThat(job(Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER, pi).getDuedate()).isEqualTo(MEDIATION_DUE);
    execute(job(Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER, pi));

    assertThat(pi).isWaitingAt(Element.NOTIFY_MEDIATION_ENDED).hasPassed(Element.TERMINATE_MEDIATION);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(STUB_REMEDY_TASK).count()).isZero();
    verify(terminateMediation).execute(any());
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(boolean lifeHealthRisk, long repeatComplaints, boolean jurisdictionKnown) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMPLAINT_ID.name(), 4711L);
    variables.put(Var.ACCEPTANCE_CLOCK_START.name(), date(MONDAY));
    variables.put(Var.HANDLING_UNIT.name(), UNIT);
    variables.put(Var.HANDLING_UNIT_HEAD.name(), HEAD);
    variables.put(Var.LIFE_HEALTH_RISK.name(), lifeHealthRisk);
    variables.put(Var.REPEAT_COMPLAINTS_90D.name(), repeatComplaints);
    variables.put(Var.JURISDICTION_KNOWN.name(), jurisdictionKnown);
    return engine.getRuntimeService().startProcessInstanceByKey(ComplaintProcess.PROCESS_KEY, "TS-MODEL", variables);
  }

  private ProcessInstance accepted() {
    ProcessInstance pi = start(false, 0, true);
    accept(pi, "ACCEPT");
    assertThat(pi).isWaitingAt(Element.VERIFY_COMPLAINT);
    return pi;
  }

  private void accept(ProcessInstance pi, String decision) {
    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);
    complete(task(Element.ACCEPT_COMPLAINT), withVariables(Var.ACCEPTANCE_DECISION.name(), decision));
  }

  private void verifyComplaint(ProcessInstance pi, boolean violationClueFound, boolean remedyOwed) {
    assertThat(pi).isWaitingAt(Element.VERIFY_COMPLAINT);
    complete(task(Element.VERIFY_COMPLAINT), withVariables(Var.VIOLATION_CLUE_FOUND.name(), violationClueFound,
        Var.REMEDY_OWED.name(), remedyOwed));
  }

}
