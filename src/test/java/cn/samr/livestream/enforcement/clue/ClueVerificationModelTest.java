package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.samr.livestream.ModelTest;
import cn.samr.livestream.ModelTestEngine;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.enforcement.transfer.TransferProcess;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
 * The branches of clue-verification.bpmn on the model alone: the real response-tier.dmn (tier and escalation
 * rule) and work calendar, every delegate and listener a mock, case-investigation and criminal-transfer stubs
 * that hand back their outcome. No Spring: what the delegates write is ClueVerificationProcessTest's part.
 */
@Deployment(resources = {
    "processes/clue-verification.bpmn", "processes/response-tier.dmn",
    "forms/clue-registration.form", "forms/clue-verification.form", "forms/clue-overdue-supervision.form",
    "forms/clue-extension-approval.form", "forms/clue-confirm-tier.form", "forms/clue-tier-change-approval.form",
    "forms/clue-reporter-notice.form", "forms/clue-admonition.form", "forms/clue-order.form",
    "forms/clue-follow-up.form"})
class ClueVerificationModelTest extends ModelTest {

  static final String STUB_CASE_TASK = "Task_StubCase";
  static final String STUB_TRANSFER_TASK = "Task_StubTransfer";

  ExecutionListener start;
  TaskListener verification;
  JavaDelegate reminder;
  JavaDelegate overdue;
  TaskListener supervision;
  TaskListener extensionDecision;
  TaskListener tierConfirmation;
  TaskListener tierChangeDecision;
  JavaDelegate recordDecision;
  JavaDelegate raiseEscalation;
  TaskListener reporterNotice;
  JavaDelegate recordNoPenalty;
  TaskListener admonition;
  TaskListener correctionOrder;
  JavaDelegate sendPlatformOrder;
  TaskListener followUpCheck;
  JavaDelegate closeClue;
  ExecutionListener newFinding;

  @BeforeEach
  void mocks() throws Exception {
    start = ModelTestEngine.mock("clueStartListener", ExecutionListener.class);
    verification = ModelTestEngine.mock("clueVerificationTaskListener", TaskListener.class);
    reminder = ModelTestEngine.mock("verificationReminderDelegate", JavaDelegate.class);
    overdue = ModelTestEngine.mock("verificationOverdueDelegate", JavaDelegate.class);
    supervision = ModelTestEngine.mock("clueSupervisionListener", TaskListener.class);
    extensionDecision = ModelTestEngine.mock("extensionDecisionListener", TaskListener.class);
    tierConfirmation = ModelTestEngine.mock("tierConfirmationListener", TaskListener.class);
    tierChangeDecision = ModelTestEngine.mock("tierChangeDecisionListener", TaskListener.class);
    recordDecision = ModelTestEngine.mock("recordTierDecisionDelegate", JavaDelegate.class);
    raiseEscalation = ModelTestEngine.mock("raiseEscalationDelegate", JavaDelegate.class);
    reporterNotice = ModelTestEngine.mock("reporterNoticeListener", TaskListener.class);
    recordNoPenalty = ModelTestEngine.mock("recordNoPenaltyDelegate", JavaDelegate.class);
    admonition = ModelTestEngine.mock("admonitionListener", TaskListener.class);
    correctionOrder = ModelTestEngine.mock("correctionOrderListener", TaskListener.class);
    sendPlatformOrder = ModelTestEngine.mock("sendPlatformOrderDelegate", JavaDelegate.class);
    followUpCheck = ModelTestEngine.mock("followUpCheckListener", TaskListener.class);
    closeClue = ModelTestEngine.mock("closeClueDelegate", JavaDelegate.class);
    newFinding = ModelTestEngine.mock("newFindingListener", ExecutionListener.class);
    doAnswer(call -> {
      Var.NEW_FINDING_AT.set((DelegateExecution) call.getArgument(0), ClockUtil.getCurrentTime());
      return null;
    }).when(newFinding).notify(any());

    // the variables the real listeners and delegates hand on to gateways, due dates and timers
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (Boolean.TRUE.equals(Var.EXTENSION_APPROVED.get(task.getExecution()))) {
        Var.EXTENSION_GRANTED.set(task.getExecution(), true);
      }
      return null;
    }).when(extensionDecision).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      String proposed = Var.PROPOSED_TIER.get(task.getExecution());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        Var.TIER.set(task.getExecution(), proposed);
      } else {
        Var.TIER_CHANGED.set(task.getExecution(), !Objects.equals(Var.TIER.get(task.getExecution()), proposed));
      }
      return null;
    }).when(tierConfirmation).notify(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (!Boolean.TRUE.equals(Var.TIER_CHANGE_APPROVED.get(task.getExecution()))) {
        Var.TIER.set(task.getExecution(), Var.PROPOSED_TIER.get(task.getExecution()));
      }
      return null;
    }).when(tierChangeDecision).notify(any());
    doAnswer(call -> {
      Var.DECIDED_AT.set((DelegateExecution) call.getArgument(0), ClockUtil.getCurrentTime());
      return null;
    }).when(recordDecision).execute(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      // as the real listener: the order's time and working days, from which the timer counts
      Var.CORRECTION_WORKING_DAYS.set(task.getExecution(), 10L);
      Var.CORRECTION_ORDERED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
      Var.CORRECTION_DEADLINE.set(task.getExecution(), calendar.addWorkingDays(ClockUtil.getCurrentTime(), 10));
      return null;
    }).when(correctionOrder).notify(any());

    extension.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("case-investigation-stub.bpmn", Bpmn.createExecutableProcess(CaseProcess.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask(STUB_CASE_TASK).endEvent().done())
        .addModelInstance("criminal-transfer-stub.bpmn", Bpmn.createExecutableProcess(TransferProcess.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask(STUB_TRANSFER_TASK).endEvent().done())
        .deploy());
  }

  // ---------------------------------------------------------------- verification

  @Test
  void aRegisteredClueIsVerifiedByTheUnitWithin15WorkingDays() throws Exception {
    ProcessInstance pi = registered(false);

    assertThat(pi).hasPassed(Element.START_REGISTERED).isWaitingAt(Element.VERIFY_CLUE);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(calendar.addWorkingDays(date(MONDAY), 15));
    verify(start).notify(any());
  }

  @Test
  void aClueReferredByAComplaintStartsByMessage() throws Exception {
    ProcessInstance pi = engine.getRuntimeService().createMessageCorrelation(ClueProcess.Message.CLUE_RECEIVED)
        .processInstanceBusinessKey("XS-MODEL").setVariables(startVariables(false)).correlateStartMessage();

    assertThat(pi).hasPassed(Element.START_REFERRED).hasNotPassed(Element.START_REGISTERED)
        .isWaitingAt(Element.VERIFY_CLUE);
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineTo30WorkingDaysARefusedOneKeepsIt() throws Exception {
    ProcessInstance approved = registered(false);
    requestExtension(approved, true);
    assertThat(approved).hasPassed(Element.APPROVE_EXTENSION).isWaitingAt(Element.VERIFY_CLUE);
    assertThat(task(Element.VERIFY_CLUE, approved)).hasDueDate(calendar.addWorkingDays(date(MONDAY), 30));

    ProcessInstance refused = registered(false);
    requestExtension(refused, false);
    assertThat(task(Element.VERIFY_CLUE, refused)).hasDueDate(calendar.addWorkingDays(date(MONDAY), 15));
  }

  @Test
  void theReminderAndTheBreachedDeadlineLeaveTheVerificationOpen() throws Exception {
    ProcessInstance pi = registered(false);

    assertThat(job(Element.VERIFICATION_REMINDER_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 13));
    assertThat(job(Element.VERIFICATION_DEADLINE_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 15));
    execute(job(Element.VERIFICATION_REMINDER_TIMER, pi));
    ClockUtil.setCurrentTime(job(Element.VERIFICATION_DEADLINE_TIMER, pi).getDuedate());
    execute(job(Element.VERIFICATION_DEADLINE_TIMER, pi));

    assertThat(pi).hasPassed(Element.SEND_VERIFICATION_REMINDER, Element.MARK_VERIFICATION_OVERDUE)
        .isWaitingAt(Element.VERIFY_CLUE, Element.SUPERVISE_OVERDUE_VERIFICATION);
    // fired Mon 2026-03-23 (15th working day after Mon 03-02); the head has 2 working days: Tue 24, Wed 25
    assertThat(task(Element.SUPERVISE_OVERDUE_VERIFICATION, pi)).hasCandidateGroup(HEAD)
        .hasDueDate(date(java.time.LocalDateTime.of(2026, 3, 25, 23, 59, 59)));
    complete(task(Element.SUPERVISE_OVERDUE_VERIFICATION, pi));
    assertThat(pi).isWaitingAt(Element.VERIFY_CLUE);
    verify(reminder).execute(any());
    verify(overdue).execute(any());
    verify(supervision).notify(any());
  }

  // ---------------------------------------------------------------- tiers

  @Test
  void notSubstantiatedIsNotFiledOnlyWithTheHeadsApproval() throws Exception {
    ProcessInstance pi = registered(false);

    submit(pi, findings(false));
    assertThat(pi).isWaitingAt(Element.CONFIRM_TIER).variables().containsEntry("proposedTier", "NONE");
    complete(task());
    assertThat(pi).isWaitingAt(Element.APPROVE_TIER_CHANGE);
    assertThat(task()).hasCandidateGroup(HEAD);
    complete(task(), withVariables(Var.TIER_CHANGE_APPROVED.name(), true));

    assertThat(pi).isEnded().hasPassed(Element.RECORD_DECISION, Element.RECORD_NO_PENALTY, Element.CLOSE_CLUE,
        Element.END_CLOSED).hasNotPassed(Element.RAISE_ESCALATION, Element.NOTIFY_REPORTER);
    verify(closeClue).execute(any());
  }

  @Test
  void aFirstMinorCorrectedViolationIsLenientAsProposed() throws Exception {
    ProcessInstance pi = registered(false);
    Map<String, Object> findings = findings(true);
    findings.put(Var.CORRECTED_PROMPTLY.name(), true);

    submit(pi, findings);
    confirmAsProposed(pi, "LENIENT");

    assertThat(pi).isEnded().hasPassed(Element.RECORD_NO_PENALTY).hasNotPassed(Element.APPROVE_TIER_CHANGE);
  }

  @Test
  void aGeneralViolationWithoutHarmGetsAnAdmonition() throws Exception {
    ProcessInstance pi = registered(false);

    submit(pi, findings(true));
    confirmAsProposed(pi, "ADMONITION");

    assertThat(pi).isWaitingAt(Element.ISSUE_ADMONITION);
    // within the verification limit: 15 working days after Mon 2026-03-02 is Mon 03-23
    assertThat(task()).hasDueDate(date(java.time.LocalDateTime.of(2026, 3, 23, 23, 59, 59)));
    complete(task());
    assertThat(pi).isEnded().hasPassed(Element.ISSUE_ADMONITION);
    verify(admonition).notify(any());
  }

  @Test
  void anOrderToCorrectIsCheckedAtItsDeadlineAndEndsWhenCorrected() throws Exception {
    ProcessInstance pi = ordered();

    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), true));

    assertThat(pi).isEnded().hasNotPassed(Element.CASE_INVESTIGATION);
    verify(followUpCheck).notify(any());
  }

  @Test
  void aPlatformsConfirmationBringsTheFollowUpCheckBeforeTheDeadline() throws Exception {
    ProcessInstance pi = orderIssued();

    runtimeService().createMessageCorrelation(ClueProcess.Message.PLATFORM_ORDER_CONFIRMED)
        .processInstanceId(pi.getId()).correlate();

    assertThat(pi).isWaitingAt(Element.FOLLOW_UP_CHECK).hasPassed(Element.PLATFORM_ORDER_CONFIRMED)
        .hasNotPassed(Element.CORRECTION_DEADLINE_TIMER);
    // the deadline no longer matters: its timer went with the wait
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), true));
    assertThat(pi).isEnded();
  }

  @Test
  void anOrderNotCorrectedBecomesACase() throws Exception {
    ProcessInstance pi = ordered();

    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), false));

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION);
    // the non-correction is a new finding: its moment goes to the case, whose 立案审批 is due from it
    verify(newFinding).notify(any());
    assertThat(caseVariable(Var.NEW_FINDING_AT.name())).isEqualTo(ClockUtil.getCurrentTime());
    completeStub(STUB_CASE_TASK, Var.CASE_OUTCOME.name(), "DECIDED");
    assertThat(pi).isEnded();
  }

  @Test
  void aRiskToLifeOrHealthIsACaseWhoseOutcomeComesBackToTheClue() throws Exception {
    ProcessInstance pi = registered(false);
    Map<String, Object> findings = findings(true);
    findings.put(Var.LIFE_HEALTH_RISK.name(), true);

    submit(pi, findings);
    confirmAsProposed(pi, "CASE");
    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.PROCESS_KEY).singleResult().getBusinessKey()).isEqualTo("XS-MODEL");
    // filing straight after the verification: no new finding, the case keeps the clue's limit
    verify(newFinding, never()).notify(any());
    assertThat(caseVariable(Var.NEW_FINDING_AT.name())).isNull();
    completeStub(STUB_CASE_TASK, Var.CASE_OUTCOME.name(), "NOT_FILED");

    assertThat(pi).isEnded().variables().containsEntry(Var.CASE_OUTCOME.name(), "NOT_FILED");
  }

  @Test
  void turnoverAboveTheCriminalThresholdIsTransferredAndEndsWhenThePoliceAccept() throws Exception {
    ProcessInstance pi = transferred();

    completeStub(STUB_TRANSFER_TASK, Var.TRANSFER_OUTCOME.name(), "ACCEPTED");

    assertThat(pi).isEnded().hasNotPassed(Element.CASE_INVESTIGATION);
  }

  @Test
  void aTransferThePoliceReturnIsAnAdministrativeCase() throws Exception {
    ProcessInstance pi = transferred();

    completeStub(STUB_TRANSFER_TASK, Var.TRANSFER_OUTCOME.name(), "RETURNED");

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION);
    verify(newFinding).notify(any());
    assertThat(caseVariable(Var.NEW_FINDING_AT.name())).isEqualTo(ClockUtil.getCurrentTime());
    completeStub(STUB_CASE_TASK, Var.CASE_OUTCOME.name(), "DECIDED");
    assertThat(pi).isEnded().hasPassed(Element.CRIMINAL_TRANSFER, Element.CASE_INVESTIGATION);
  }

  @Test
  void aChangedTierNeedsTheHeadAndARefusalKeepsTheProposal() throws Exception {
    ProcessInstance pi = registered(false);

    submit(pi, findings(true));
    assertThat(pi).variables().containsEntry("proposedTier", "ADMONITION");
    complete(task(), withVariables(Var.TIER.name(), "ORDER_TO_CORRECT", Var.TIER_CHANGE_REASON.name(), "屡教不改"));
    assertThat(pi).isWaitingAt(Element.APPROVE_TIER_CHANGE);
    complete(task(), withVariables(Var.TIER_CHANGE_APPROVED.name(), false));

    assertThat(pi).isWaitingAt(Element.ISSUE_ADMONITION).hasNotPassed(Element.ISSUE_ORDER);
    verify(tierChangeDecision).notify(any());
  }

  // ---------------------------------------------------------------- escalation and reporter

  @Test
  void aMatterForOtherDepartmentsIsReportedToTheCoordinationGroup() throws Exception {
    ProcessInstance pi = registered(false);
    Map<String, Object> findings = findings(true);
    findings.put(Var.OTHER_DEPARTMENTS.name(), true);

    submit(pi, findings);
    assertThat(pi).variables().containsEntry(Var.ESCALATE.name(), true);
    confirmAsProposed(pi, "ADMONITION");

    assertThat(pi).hasPassed(Element.RAISE_ESCALATION).isWaitingAt(Element.ISSUE_ADMONITION);
    verify(raiseEscalation).execute(any());
  }

  @Test
  void withoutAMatterForOthersNothingIsEscalated() throws Exception {
    ProcessInstance pi = registered(false);

    submit(pi, findings(true));
    assertThat(pi).variables().containsEntry(Var.ESCALATE.name(), false);
    confirmAsProposed(pi, "ADMONITION");

    verify(raiseEscalation, never()).execute(any());
  }

  @Test
  void aRealNameReporterIsToldWithinFiveWorkingDaysAndTheClueClosesAfterBothBranches() throws Exception {
    ProcessInstance pi = registered(true);

    submit(pi, findings(true));
    confirmAsProposed(pi, "ADMONITION");

    assertThat(pi).isWaitingAt(Element.NOTIFY_REPORTER, Element.ISSUE_ADMONITION);
    assertThat(task(Element.NOTIFY_REPORTER, pi)).hasCandidateGroup(UNIT)
        .hasDueDate(calendar.addWorkingDays(date(MONDAY), 5));
    complete(task(Element.ISSUE_ADMONITION, pi));
    assertThat(pi).isWaitingAt(Element.NOTIFY_REPORTER).hasNotPassed(Element.CLOSE_CLUE);
    complete(task(Element.NOTIFY_REPORTER, pi));
    assertThat(pi).isEnded().hasPassed(Element.CLOSE_CLUE);
    verify(reporterNotice).notify(any());
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> startVariables(boolean realNameReport) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CLUE_ID.name(), 4711L);
    variables.put(Var.RECEIVED_AT.name(), date(MONDAY));
    variables.put(Var.HANDLING_UNIT.name(), UNIT);
    variables.put(Var.HANDLING_UNIT_HEAD.name(), HEAD);
    variables.put(Var.REAL_NAME_REPORT.name(), realNameReport);
    variables.put(Var.EXTENSION_GRANTED.name(), false);
    return variables;
  }

  private ProcessInstance registered(boolean realNameReport) {
    return engine.getRuntimeService().startProcessInstanceByKey(ClueProcess.PROCESS_KEY, "XS-MODEL",
        startVariables(realNameReport));
  }

  /** Substantiated or not, a general violation without harm, first offence, nothing else: the DMN's inputs. */
  private static Map<String, Object> findings(boolean substantiated) {
    Map<String, Object> findings = new HashMap<>();
    findings.put(Var.SUBSTANTIATED.name(), substantiated);
    findings.put(Var.ILLEGAL_TURNOVER.name(), 1000.0);
    findings.put(Var.LIFE_HEALTH_RISK.name(), false);
    findings.put(Var.MAJOR_PROPERTY_LOSS.name(), false);
    findings.put(Var.REFUND_REFUSED.name(), false);
    findings.put(Var.PRIOR_ACTIONS.name(), 0L);
    findings.put(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 0L);
    findings.put(Var.HARM_CAUSED.name(), false);
    findings.put(Var.CORRECTED_PROMPTLY.name(), false);
    findings.put(Var.OTHER_DEPARTMENTS.name(), false);
    findings.put(Var.MAJOR_OR_DIFFICULT.name(), false);
    return findings;
  }

  private void requestExtension(ProcessInstance pi, boolean approved) {
    complete(task(Element.VERIFY_CLUE, pi), withVariables(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION"));
    assertThat(pi).isWaitingAt(Element.APPROVE_EXTENSION);
    assertThat(task(Element.APPROVE_EXTENSION, pi)).hasCandidateGroup(HEAD);
    complete(task(Element.APPROVE_EXTENSION, pi), withVariables(Var.EXTENSION_APPROVED.name(), approved));
  }

  private void submit(ProcessInstance pi, Map<String, Object> findings) {
    Map<String, Object> variables = new HashMap<>(findings);
    variables.put(Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS");
    complete(task(Element.VERIFY_CLUE, pi), variables);
    assertThat(pi).hasPassed(Element.PROPOSE_TIER, Element.DECIDE_ESCALATION).isWaitingAt(Element.CONFIRM_TIER);
  }

  private void confirmAsProposed(ProcessInstance pi, String tier) {
    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), tier);
    complete(task(Element.CONFIRM_TIER, pi));
    assertThat(pi).hasPassed(Element.RECORD_DECISION).hasNotPassed(Element.APPROVE_TIER_CHANGE);
  }

  private ProcessInstance ordered() throws Exception {
    ProcessInstance pi = orderIssued();
    assertThat(job(Element.CORRECTION_DEADLINE_TIMER, pi).getDuedate())
        .isEqualTo(calendar.addWorkingDays(date(MONDAY), 10));
    execute(job(Element.CORRECTION_DEADLINE_TIMER, pi));
    assertThat(pi).isWaitingAt(Element.FOLLOW_UP_CHECK).hasNotPassed(Element.PLATFORM_ORDER_CONFIRMED);
    return pi;
  }

  /** The order to correct issued and handed to the platforms' channel: waiting for its deadline or a confirmation. */
  private ProcessInstance orderIssued() throws Exception {
    ProcessInstance pi = registered(false);
    Map<String, Object> findings = findings(true);
    findings.put(Var.HARM_CAUSED.name(), true);
    submit(pi, findings);
    confirmAsProposed(pi, "ORDER_TO_CORRECT");
    // within the verification limit: 15 working days after Mon 2026-03-02 is Mon 03-23
    assertThat(task(Element.ISSUE_ORDER, pi)).hasDueDate(date(java.time.LocalDateTime.of(2026, 3, 23, 23, 59, 59)));
    complete(task(Element.ISSUE_ORDER, pi));
    assertThat(pi).hasPassed(Element.SEND_PLATFORM_ORDER).isWaitingAt(Element.AWAIT_CORRECTION);
    verify(correctionOrder).notify(any());
    verify(sendPlatformOrder).execute(any());
    return pi;
  }

  private ProcessInstance transferred() throws Exception {
    ProcessInstance pi = registered(false);
    Map<String, Object> findings = findings(true);
    findings.put(Var.ILLEGAL_TURNOVER.name(), 500000.0);
    submit(pi, findings);
    confirmAsProposed(pi, "CRIMINAL_TRANSFER");
    assertThat(pi).isWaitingAt(Element.CRIMINAL_TRANSFER);
    return pi;
  }

  private void completeStub(String stubTask, String outcomeVariable, String outcome) {
    complete(engine.getTaskService().createTaskQuery().taskDefinitionKey(stubTask).singleResult(),
        withVariables(outcomeVariable, outcome));
  }


  /** A variable of the running case-investigation stub, as the call activity passed it in. */
  private Object caseVariable(String name) {
    String caseInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.PROCESS_KEY).singleResult().getId();
    return engine.getRuntimeService().getVariable(caseInstance, name);
  }

}
