package cn.samr.livestream.enforcement.clue;

import static cn.samr.livestream.enforcement.clue.ClueFixtures.monitoringFinding;
import static cn.samr.livestream.enforcement.clue.ClueFixtures.realNameReport;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.Officers;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.subject.SubjectHistoryService;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.enforcement.transfer.CriminalTransferDriver;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of clue-verification (线索核查): verification with its deadline, extension, reminder and
 * overdue supervision; the tier proposed by response-tier.dmn, confirmed or changed with the head's
 * approval; each tier's response; the real-name reporter's notice; escalation to the coordination group.
 */
@ProcessTest(covers = ClueProcess.PROCESS_KEY)
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueVerificationProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ClueIntakeService intake;
  @Autowired ClueMapper clues;
  @Autowired EnforcementRecords records;
  @Autowired SubjectHistoryService histories;

  CriminalTransferDriver transfers;

  @BeforeAll
  void officers(TestUsers users) {
    transfers = new CriminalTransferDriver(engine, users.create("clue-officer-1", "district-310113"),
        users.create("clue-officer-2", "district-310113"));
  }

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- verification

  @Test
  void aClueIsVerifiedWithin15WorkingDaysByTheDistrict() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));

    assertThat(pi).isWaitingAt(Element.VERIFY_CLUE).hasBusinessKey(clue(pi).getClueNo());
    Task verification = task(Element.VERIFY_CLUE, pi);
    assertThat(verification).hasCandidateGroup("district-310113");
    // received Mon 2 March: the 15th working day is Mon 23 March
    Assertions.assertThat(Times.toLocal(verification.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    Assertions.assertThat(clue(pi).getVerificationDue()).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    Assertions.assertThat(clue(pi).getStatus()).isEqualTo(ClueStatus.VERIFYING);
  }

  @Test
  void theTaskListShowsSubjectAndCategoryWhichFollowTheFindingsIntoTheCase() {
    ClueRequest request = monitoringFinding(MONDAY);
    ProcessInstance pi = register(request);
    String clueNo = clue(pi).getClueNo();

    Assertions.assertThat(columns(task(Element.VERIFY_CLUE, pi)))
        .containsEntry(TaskListColumns.NUMBER, clueNo)
        .containsEntry(TaskListColumns.SUBJECT, request.subjects().get(0).name())
        .containsEntry(TaskListColumns.CATEGORY, "广告违法")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");

    // the verification finds a product-quality matter with a risk to health: the category is corrected
    Map<String, Object> dangerous = findings(true);
    dangerous.put(Var.LIFE_HEALTH_RISK.name(), true);
    dangerous.put(Var.CATEGORY.name(), "PRODUCT_QUALITY");
    verify(pi, dangerous);
    Assertions.assertThat(columns(task(Element.CONFIRM_TIER, pi))).containsEntry(TaskListColumns.CATEGORY, "产品质量");
    confirm(pi, "CASE", null);

    // the called case-investigation shows the same columns on its tasks
    ProcessInstance caseProcess = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(CaseProcess.PROCESS_KEY).singleResult();
    Assertions.assertThat(columns(task(caseProcess)))
        .containsEntry(TaskListColumns.NUMBER, clueNo)
        .containsEntry(TaskListColumns.SUBJECT, request.subjects().get(0).name())
        .containsEntry(TaskListColumns.CATEGORY, "产品质量")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
    refuseFiling(pi);
    assertThat(pi).isEnded();
    Assertions.assertThat(clue(pi).getCategory()).isEqualTo(ViolationCategory.PRODUCT_QUALITY);
  }

  @Test
  void anExtensionApprovedByTheHeadAdds15WorkingDaysOnce() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    complete(task(pi), withVariables(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION",
        Var.EXTENSION_REASON.name(), "需调取平台后台交易数据"));

    Task approval = task(Element.APPROVE_EXTENSION, pi);
    assertThat(approval).hasCandidateGroup("district-310113-head");
    complete(approval, withVariables(Var.EXTENSION_APPROVED.name(), true, Var.APPROVAL_NOTE.name(), "同意"));

    // 30 working days from 2 March, across Qingming (4–6 April): Tue 14 April
    Task again = task(Element.VERIFY_CLUE, pi);
    Assertions.assertThat(Times.toLocal(again.getDueDate())).isEqualTo(LocalDateTime.of(2026, 4, 14, 23, 59, 59));
    Assertions.assertThat(Times.toLocal(job(Element.VERIFICATION_DEADLINE_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 4, 14, 23, 59, 59));
    Assertions.assertThat(clue(pi).getExtensionGranted()).isTrue();
    rejected(() -> complete(again, withVariables(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION",
        Var.EXTENSION_REASON.name(), "再延一次")), "verificationAction");
  }

  @Test
  void aRefusedExtensionKeepsTheDeadline() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    complete(task(pi), withVariables(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION",
        Var.EXTENSION_REASON.name(), "需要更多时间"));
    complete(task(pi), withVariables(Var.EXTENSION_APPROVED.name(), false, Var.APPROVAL_NOTE.name(), "事实清楚，按期办结"));

    Assertions.assertThat(Times.toLocal(task(Element.VERIFY_CLUE, pi).getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    Assertions.assertThat(clue(pi).getExtensionGranted()).isFalse();
  }

  @Test
  void reminderAndBreachOfTheVerificationDeadline() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    at(LocalDateTime.of(2026, 3, 20, 9, 0));
    execute(job(Element.VERIFICATION_REMINDER_TIMER, pi));
    Assertions.assertThat(task(Element.VERIFY_CLUE, pi).getPriority()).isEqualTo(80);

    at(LocalDateTime.of(2026, 3, 24, 9, 0));
    execute(job(Element.VERIFICATION_DEADLINE_TIMER, pi));
    Task supervision = task(Element.SUPERVISE_OVERDUE_VERIFICATION, pi);
    assertThat(supervision).hasCandidateGroup("district-310113-head");
    Assertions.assertThat(clue(pi).isVerificationOverdue()).isTrue();
    complete(supervision, withVariables(Var.SUPERVISION_NOTE.name(), "三日内提交核查结果"));

    assertThat(pi).isWaitingAt(Element.VERIFY_CLUE).hasPassed(Element.SEND_VERIFICATION_REMINDER,
        Element.MARK_VERIFICATION_OVERDUE, Element.SUPERVISE_OVERDUE_VERIFICATION);
    Assertions.assertThat(events(pi)).contains("VERIFICATION_REMINDER", "VERIFICATION_OVERDUE", "OVERDUE_SUPERVISION");
  }

  @Test
  void findingsNeedTheirFacts() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> incomplete = findings(true);
    incomplete.put(Var.FINDINGS.name(), " ");
    incomplete.put(Var.ILLEGAL_TURNOVER.name(), -1);

    rejected(() -> complete(task(pi), incomplete), "findings", "illegalTurnover");
    assertThat(pi).isWaitingAt(Element.VERIFY_CLUE);
  }

  // ---------------------------------------------------------------- tiers

  @Test
  void notSubstantiatedIsNotFiledAndTheSourceIsTold() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));

    verify(pi, findings(false));

    assertThat(pi).isWaitingAt(Element.CONFIRM_TIER).variables().containsEntry(Var.PROPOSED_TIER.name(), "NONE")
        .containsEntry(Var.ESCALATE.name(), false);
    confirm(pi, "NONE", null);
    headDecides(pi, true);
    assertThat(pi).isEnded().hasPassed(Element.RECORD_NO_PENALTY, Element.CLOSE_CLUE);
    Clue clue = clue(pi);
    Assertions.assertThat(clue.getOutcome()).isEqualTo("NONE");
    Assertions.assertThat(clue.getStatus()).isEqualTo(ClueStatus.CLOSED);
    Assertions.assertThat(actions(pi)).extracting(EnforcementAction::getActionType).containsExactly(ActionType.NO_ACTION);
  }

  @Test
  void aFirstMinorCorrectedViolationIsLenient() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> minor = findings(true);
    minor.put(Var.CORRECTED_PROMPTLY.name(), true);

    verify(pi, minor);

    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), "LENIENT")
        .containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 0L).containsEntry(Var.PRIOR_ACTIONS.name(), 0L);
    Assertions.assertThat(firedTierRule(pi)).isEqualTo("Rule_FirstMinorCorrected");
    confirm(pi, "LENIENT", null);
    assertThat(pi).isEnded();
    EnforcementAction lenient = actions(pi).get(0);
    Assertions.assertThat(lenient.getActionType()).isEqualTo(ActionType.LENIENT);
    Assertions.assertThat(lenient.getDocumentNo()).matches("沪宝山市监不罚〔2026〕\\d+号");
  }

  /**
   * 首违: the table looks back over livestream.enforcement.first-offence-window-months (24 by default). An
   * earlier sanction 3 years ago leaves the new violation a first offence; one 6 months ago does not.
   */
  @Test
  void aSanctionThreeYearsAgoLeavesAFirstOffence() {
    ProcessInstance pi = againAfter(MONDAY.minusYears(3));

    assertThat(pi).variables().containsEntry(Var.PRIOR_ACTIONS.name(), 1L)
        .containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 0L).containsEntry(Var.PROPOSED_TIER.name(), "LENIENT");
    Assertions.assertThat(firedTierRule(pi)).isEqualTo("Rule_FirstMinorCorrected");
  }

  @Test
  void aSanctionSixMonthsAgoEndsTheFirstOffence() {
    ProcessInstance pi = againAfter(MONDAY.minusMonths(6));

    assertThat(pi).variables().containsEntry(Var.PRIOR_ACTIONS.name(), 1L)
        .containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 1L).containsEntry(Var.PROPOSED_TIER.name(), "ADMONITION");
    Assertions.assertThat(firedTierRule(pi)).isEqualTo("Rule_GeneralWithoutHarm");
  }

  /** The window's first day, today minus 24 months, is inside; the day before is not. */
  @Test
  void theWindowStartsTwentyFourMonthsBackOnTheSameDay() {
    ProcessInstance onTheFirstDay = againAfter(MONDAY.minusMonths(24));
    assertThat(onTheFirstDay).variables().containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 1L);
    Assertions.assertThat(firedTierRule(onTheFirstDay)).isEqualTo("Rule_GeneralWithoutHarm");

    ProcessInstance theDayBefore = againAfter(MONDAY.minusMonths(24).minusDays(1));
    assertThat(theDayBefore).variables().containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 0L);
    Assertions.assertThat(firedTierRule(theDayBefore)).isEqualTo("Rule_FirstMinorCorrected");
  }

  @Test
  void aCaseFilingAloneIsNoFindingOfViolation() {
    ClueRequest first = monitoringFinding(MONDAY);
    ProcessInstance earlier = register(first);
    long subjectId = clues.findSubjectIds(clue(earlier).getId()).get(0);
    // a case filed against the subject in another matter, not yet decided
    records.record(new EnforcementRecords.NewAction(ActionType.CASE_FILING, clue(earlier).getHandlingUnit(), null, null,
        subjectId,
        null, null, null, "另案立案，尚未作出处罚决定"));
    Map<String, Object> minor = findings(true);
    minor.put(Var.CORRECTED_PROMPTLY.name(), true);

    verify(earlier, minor);

    assertThat(earlier).variables().containsEntry(Var.PRIOR_ACTIONS.name(), 1L)
        .containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 0L).containsEntry(Var.PROPOSED_TIER.name(), "LENIENT");
  }

  /** A first minor corrected violation handled LENIENT at {@code earlierAt}; then the same subject again, today. */
  private ProcessInstance againAfter(LocalDateTime earlierAt) {
    at(earlierAt);
    ClueRequest first = monitoringFinding(earlierAt);
    ProcessInstance earlier = register(first);
    Map<String, Object> minor = findings(true);
    minor.put(Var.CORRECTED_PROMPTLY.name(), true);
    verify(earlier, minor);
    confirm(earlier, "LENIENT", null);
    Assertions.assertThat(actions(earlier)).extracting(EnforcementAction::getIssuedOn)
        .containsExactly(earlierAt.toLocalDate());

    at(MONDAY);
    ClueRequest again = new ClueRequest(first.source(), "JC-again-" + System.nanoTime(), MONDAY, first.category(),
        first.district(), first.subjects(), "同一直播间再次宣称祛斑功效", first.evidence(), null);
    ProcessInstance pi = register(again);
    verify(pi, minor);
    return pi;
  }

  /** The rule of response-tier.dmn that proposed this instance's tier, from the engine's decision history. */
  private String firedTierRule(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey(ClueProcess.TIER_DECISION_KEY).includeOutputs().singleResult()
        .getOutputs().get(0).getRuleId();
  }

  @Test
  void aRepeatOffenceIsNoLongerLenientAndGetsAnAdmonition() {
    ClueRequest first = monitoringFinding(MONDAY);
    ProcessInstance earlier = register(first);
    Map<String, Object> minor = findings(true);
    minor.put(Var.CORRECTED_PROMPTLY.name(), true);
    verify(earlier, minor);
    confirm(earlier, "LENIENT", null);

    ClueRequest again = new ClueRequest(first.source(), "JC-again-" + System.nanoTime(), MONDAY, first.category(),
        first.district(), first.subjects(), "同一直播间再次宣称祛斑功效", first.evidence(), null);
    ProcessInstance pi = register(again);
    verify(pi, minor);

    assertThat(pi).variables().containsEntry(Var.PRIOR_ACTIONS.name(), 1L).containsEntry(Var.PRIOR_SANCTIONS_IN_WINDOW.name(), 1L)
        .containsEntry(Var.PROPOSED_TIER.name(), "ADMONITION");
    confirm(pi, "ADMONITION", null);
    rejected(() -> complete(task(pi), withVariables(Var.DOCUMENT_KIND.name(), "LETTER")), "documentKind",
        "documentContent");
    complete(task(pi), withVariables(Var.DOCUMENT_KIND.name(), "ADMONITION",
        Var.DOCUMENT_CONTENT.name(), "告诫你单位立即停止虚假宣传"));

    assertThat(pi).isEnded().hasPassed(Element.ISSUE_ADMONITION);
    EnforcementAction admonition = actions(pi).get(0);
    Assertions.assertThat(admonition.getActionType()).isEqualTo(ActionType.ADMONITION);
    Assertions.assertThat(admonition.getDocumentNo()).matches("沪宝山市监告〔2026〕\\d+号");
  }

  @Test
  void anOrderToCorrectIsCheckedAtItsDeadlineAndEndsWhenCorrected() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> harmful = findings(true);
    harmful.put(Var.HARM_CAUSED.name(), true);
    verify(pi, harmful);
    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), "ORDER_TO_CORRECT");
    confirm(pi, "ORDER_TO_CORRECT", null);

    complete(task(pi), withVariables(Var.CORRECTION_WORKING_DAYS.name(), 10,
        Var.DOCUMENT_CONTENT.name(), "责令十个工作日内删除违法宣传内容"));

    assertThat(pi).hasPassed(Element.SEND_PLATFORM_ORDER).isWaitingAt(Element.AWAIT_CORRECTION);
    // ordered Mon 2 March: 10 working days end Mon 16 March
    Assertions.assertThat(Times.toLocal(job(Element.CORRECTION_DEADLINE_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 59, 59));
    at(LocalDateTime.of(2026, 3, 17, 9, 0));
    execute(job(Element.CORRECTION_DEADLINE_TIMER, pi));
    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), true,
        Var.CHECK_NOTE.name(), "复查：宣传内容已删除"));

    assertThat(pi).isEnded();
    // nothing was ticked as taken down: no TAKEDOWN
    Assertions.assertThat(actions(pi)).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.ORDER_TO_CORRECT, ActionType.FOLLOW_UP_CHECK);
    Assertions.assertThat(actions(pi).get(0).getOutcome()).isEqualTo("CORRECTED");
    Assertions.assertThat(actions(pi).get(0).getDocumentNo()).matches("沪宝山市监责改〔2026〕\\d+号");
  }

  @Test
  void aTakedownFoundAtTheFollowUpCheckIsRecordedForTheMonthlyFigures() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> harmful = findings(true);
    harmful.put(Var.HARM_CAUSED.name(), true);
    verify(pi, harmful);
    confirm(pi, "ORDER_TO_CORRECT", null);
    complete(task(pi), withVariables(Var.CORRECTION_WORKING_DAYS.name(), 5, Var.DOCUMENT_CONTENT.name(),
        "责令下架违法宣传的商品链接"));
    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    execute(job(Element.CORRECTION_DEADLINE_TIMER, pi));

    at(LocalDateTime.of(2026, 3, 11, 14, 30));
    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), true, Var.TAKEN_DOWN.name(), true,
        Var.CHECK_NOTE.name(), "复查：涉案保湿面霜商品链接已下架，直播回放已删除"));

    assertThat(pi).isEnded().hasPassed(Element.FOLLOW_UP_CHECK);
    Assertions.assertThat(actions(pi)).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.ORDER_TO_CORRECT, ActionType.FOLLOW_UP_CHECK, ActionType.TAKEDOWN);
    EnforcementAction check = actions(pi).get(1);
    EnforcementAction takedown = actions(pi).get(2);
    Assertions.assertThat(takedown.getUnit()).isEqualTo("district-310113");
    Assertions.assertThat(takedown.getIssuedOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    Assertions.assertThat(takedown.getDetail()).isEqualTo("复查：涉案保湿面霜商品链接已下架，直播回放已删除");
    Assertions.assertThat(takedown.getClueId()).isEqualTo(clue(pi).getId());
    Assertions.assertThat(takedown.getSubjectId()).isNotNull().isEqualTo(check.getSubjectId());
    Assertions.assertThat(takedown.getOfficers()).isEqualTo(check.getOfficers());
    Assertions.assertThat(takedown.getDocumentNo()).isNull();
  }

  @Test
  void theOfficerMayChangeTheTierOnlyWithAReasonTheHeadApproves() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    verify(pi, findings(true));
    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), "ADMONITION");

    rejected(() -> confirm(pi, "ORDER_TO_CORRECT", null), "tierChangeReason");
    confirm(pi, "ORDER_TO_CORRECT", "该直播间粉丝量大，宣传影响面广，应当责令改正");

    Task approval = task(Element.APPROVE_TIER_CHANGE, pi);
    assertThat(approval).hasCandidateGroup("district-310113-head");
    // the decision whether to file belongs to the verification period: Mon 23 March
    Assertions.assertThat(Times.toLocal(approval.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    complete(approval, withVariables(Var.TIER_CHANGE_APPROVED.name(), true, Var.APPROVAL_NOTE.name(), "同意"));

    assertThat(pi).isWaitingAt(Element.ISSUE_ORDER);
    Assertions.assertThat(clue(pi).getTier()).isEqualTo(ResponseTier.ORDER_TO_CORRECT);
    Assertions.assertThat(clue(pi).getProposedTier()).isEqualTo(ResponseTier.ADMONITION);
  }

  @Test
  void notFilingNeedsTheHeadAndARefusalFilesTheCase() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    verify(pi, findings(false));
    confirm(pi, "NONE", null);

    assertThat(pi).isWaitingAt(Element.APPROVE_TIER_CHANGE);
    headDecides(pi, false);

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION).variables().containsEntry(Var.TIER.name(), "CASE");
    // the head's refusal not to file is part of the verification: the clue's own limit, 23 March
    Assertions.assertThat(filingDue(pi)).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    Assertions.assertThat(clue(pi).getTier()).isEqualTo(ResponseTier.CASE);
    Assertions.assertThat(events(pi)).contains("TIER_APPROVAL");
  }

  @Test
  void aRefusedChangeLeavesTheProposedTier() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    verify(pi, findings(true));
    confirm(pi, "NONE", "情节轻微");
    headDecides(pi, false);

    assertThat(pi).isWaitingAt(Element.ISSUE_ADMONITION);
    Assertions.assertThat(clue(pi).getTier()).isEqualTo(ResponseTier.ADMONITION);
  }

  @Test
  void aMatterForOtherDepartmentsIsReportedToTheCoordinationGroup() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> crossDepartment = findings(false);
    crossDepartment.put(Var.OTHER_DEPARTMENTS.name(), true);
    verify(pi, crossDepartment);
    assertThat(pi).variables().containsEntry(Var.ESCALATE.name(), true);

    confirm(pi, "NONE", null);
    headDecides(pi, true);

    assertThat(pi).isEnded().hasPassed(Element.RAISE_ESCALATION);
    ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("coordination-escalation").processInstanceBusinessKey(clue(pi).getClueNo()).singleResult();
    assertThat(escalation).isNotNull().variables().containsEntry("clueId", clue(pi).getId());
    Assertions.assertThat(clue(pi).isEscalated()).isTrue();
  }

  @Test
  void aRealNameReporterIsToldWithinFiveWorkingDaysOfTheDecision() {
    ProcessInstance pi = register(realNameReport(MONDAY));
    Assertions.assertThat(clues.findReporter(clue(pi).getId()).orElseThrow().getIdNumber()).isEqualTo("310113199001011234");
    assertThat(pi).variables().doesNotContainKeys("pii_reporterName", "reporterName");

    verify(pi, findings(false));
    confirm(pi, "NONE", null);
    headDecides(pi, true);

    Task notice = task(Element.NOTIFY_REPORTER, pi);
    // decided Mon 2 March: five working days end Mon 9 March
    Assertions.assertThat(Times.toLocal(notice.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    complete(notice, withVariables(Var.NOTIFIED_ON.name(), LocalDate.of(2026, 3, 2).toString(),
        Var.NOTIFICATION_METHOD.name(), "PHONE"));

    assertThat(pi).isEnded();
    Assertions.assertThat(clue(pi).getReporterNotifiedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0));
    // the notice keeps its statutory limit, the task's due date: the monthly 按时核查 checks it
    Assertions.assertThat(actions(pi)).filteredOn(a -> a.getActionType() == ActionType.REPORTER_NOTICE)
        .extracting(EnforcementAction::getDeadline).containsExactly(Times.toLocal(notice.getDueDate()));
  }

  @Test
  void turnoverAboveTheCriminalThresholdIsTransferredToThePolice() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> counterfeit = findings(true);
    counterfeit.put(Var.ILLEGAL_TURNOVER.name(), 680000.0);
    verify(pi, counterfeit);
    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), "CRIMINAL_TRANSFER");
    confirm(pi, "CRIMINAL_TRANSFER", null);

    assertThat(pi).isWaitingAt(Element.CRIMINAL_TRANSFER);
    transfers.toAccepted(transfers.bySuperProcessInstance(pi.getId()));

    assertThat(pi).isEnded().hasPassed(Element.CLOSE_CLUE).hasNotPassed(Element.CASE_INVESTIGATION);
    Assertions.assertThat(clue(pi).getOutcome()).isEqualTo("TRANSFERRED_TO_POLICE");
  }

  @Test
  void aRiskToLifeOrHealthIsACaseAndTheCaseOutcomeClosesTheClue() {
    ProcessInstance pi = register(realNameReport(MONDAY));
    Map<String, Object> dangerous = findings(true);
    dangerous.put(Var.LIFE_HEALTH_RISK.name(), true);
    verify(pi, dangerous);
    assertThat(pi).variables().containsEntry(Var.PROPOSED_TIER.name(), "CASE");
    confirm(pi, "CASE", null);

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION, Element.NOTIFY_REPORTER);
    complete(task(Element.NOTIFY_REPORTER, pi), withVariables(Var.NOTIFIED_ON.name(), "2026-03-02",
        Var.NOTIFICATION_METHOD.name(), "LETTER"));
    Assertions.assertThat(actions(pi)).filteredOn(a -> a.getActionType() == ActionType.REPORTER_NOTICE)
        .extracting(EnforcementAction::getOutcome).containsExactly("CASE_FILED");
    // filing follows the verification: 立案审批 keeps the clue's limit, 15 working days from Mon 2 March
    Assertions.assertThat(filingDue(pi)).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    refuseFiling(pi);

    assertThat(pi).isEnded().hasPassed(Element.CASE_INVESTIGATION);
    Assertions.assertThat(clue(pi).getOutcome()).isEqualTo("CASE_NOT_FILED");
  }

  @Test
  void anOrderNotCorrectedBecomesACase() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> harmful = findings(true);
    harmful.put(Var.HARM_CAUSED.name(), true);
    verify(pi, harmful);
    confirm(pi, "ORDER_TO_CORRECT", null);
    complete(task(pi), withVariables(Var.CORRECTION_WORKING_DAYS.name(), 5, Var.DOCUMENT_CONTENT.name(), "限期整改"));
    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    execute(job(Element.CORRECTION_DEADLINE_TIMER, pi));

    complete(task(Element.FOLLOW_UP_CHECK, pi), withVariables(Var.CORRECTED.name(), false,
        Var.CHECK_NOTE.name(), "复查：违法宣传仍在播放"));

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION).variables().containsEntry(Var.TIER.name(), "CASE");
    // the non-correction found Tue 10 March is the new finding: 15 working days, 11 (1) .. 31 March (15);
    // the clue's own limit (23 March) would leave 9 of them
    Assertions.assertThat(filingDue(pi)).isEqualTo(LocalDateTime.of(2026, 3, 31, 23, 59, 59));
    Assertions.assertThat(clue(pi).getTier()).isEqualTo(ResponseTier.CASE);
    Assertions.assertThat(actions(pi).get(0).getOutcome()).isEqualTo("NOT_CORRECTED");
    Assertions.assertThat(actions(pi)).extracting(EnforcementAction::getActionType).doesNotContain(ActionType.TAKEDOWN);
    // the room operator's history in the register shows the case awaiting its filing decision
    Long subjectId = clues.findSubjectIds(clue(pi).getId()).get(0);
    Assertions.assertThat(histories.of(subjectId).orElseThrow().cases()).singleElement().asString()
        .contains("statusLabel=待立案审批");
  }

  @Test
  void aTransferThePoliceRefuseReturnsToAnAdministrativeCase() {
    ProcessInstance pi = register(monitoringFinding(MONDAY));
    Map<String, Object> counterfeit = findings(true);
    counterfeit.put(Var.ILLEGAL_TURNOVER.name(), 520000);
    verify(pi, counterfeit);
    confirm(pi, "CRIMINAL_TRANSFER", null);

    at(LocalDateTime.of(2026, 4, 1, 10, 0));
    transfers.toReturnedByPolice(transfers.bySuperProcessInstance(pi.getId()));

    assertThat(pi).isWaitingAt(Element.CASE_INVESTIGATION).variables().containsEntry(Var.TRANSFER_OUTCOME.name(), "RETURNED");
    // returned Wed 1 April, long after the clue's limit (23 March): 15 working days from the return,
    // Thu 2 (1), Fri 3 (2), Qingming 4-6 off, 7 (3) .. 10 (6), 13 .. 17 (11), 20 .. 23 (15): Thu 23 April
    Assertions.assertThat(filingDue(pi)).isEqualTo(LocalDateTime.of(2026, 4, 23, 23, 59, 59));
  }

  // ---------------------------------------------------------------- helpers

  /** The head's decision on a changed tier or on not filing. */
  private void headDecides(ProcessInstance pi, boolean approved) {
    Task approval = task(Element.APPROVE_TIER_CHANGE, pi);
    assertThat(approval).hasCandidateGroup("district-310113-head");
    complete(approval, withVariables(Var.TIER_CHANGE_APPROVED.name(), approved, Var.APPROVAL_NOTE.name(),
        approved ? "同意" : "不同意"));
  }

  /** The due date of 立案审批 in the called case-investigation. */
  private LocalDateTime filingDue(ProcessInstance pi) {
    ProcessInstance caseProcess = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(CaseProcess.PROCESS_KEY).singleResult();
    Task approval = task(CaseProcess.Element.APPROVE_FILING, caseProcess);
    return Times.toLocal(approval.getDueDate());
  }

  /** The head declines to file the case in the called case-investigation. */
  private void refuseFiling(ProcessInstance pi) {
    ProcessInstance caseProcess = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(CaseProcess.PROCESS_KEY).singleResult();
    assertThat(caseProcess).hasBusinessKey(pi.getBusinessKey()).isWaitingAt(CaseProcess.Element.APPROVE_FILING);
    complete(task(caseProcess), withVariables(CaseProcess.Var.FILING_APPROVED.name(), false,
        CaseProcess.Var.FILING_NOTE.name(), "证据不足，不予立案"));
  }

  private ProcessInstance register(ClueRequest request) {
    RegisteredClue registered = intake.register(request, "test");
    return runtimeService.createProcessInstanceQuery().processInstanceId(registered.processInstanceId()).singleResult();
  }

  private static Map<String, Object> findings(boolean substantiated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS");
    variables.put(Var.SUBSTANTIATED.name(), substantiated);
    variables.put(Var.FINDINGS.name(), substantiated ? "经调取回放，宣传内容属实违法" : "宣传内容有检验报告支持，不构成违法");
    return variables;
  }

  private Map<String, Object> columns(Task task) {
    return engine.getTaskService().getVariablesLocal(task.getId());
  }

  private void verify(ProcessInstance pi, Map<String, Object> findings) {
    complete(task(Element.VERIFY_CLUE, pi), findings);
  }

  private void confirm(ProcessInstance pi, String tier, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.TIER.name(), tier);
    variables.put(Var.TIER_CHANGE_REASON.name(), reason);
    complete(task(Element.CONFIRM_TIER, pi), variables);
  }

  private Clue clue(ProcessInstance pi) {
    return clues.findByNo(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0
        ? runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey()
        : engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
            .getBusinessKey()).orElseThrow();
  }

  private List<EnforcementAction> actions(ProcessInstance pi) {
    return records.ofClue(clue(pi).getId());
  }

  private List<String> events(ProcessInstance pi) {
    return clues.findEvents(clue(pi).getId()).stream().map(RecordEvent::getStep).toList();
  }

  private static void rejected(ThrowingCallable completion, String... fields) {
    var failure = assertThatThrownBy(completion).isInstanceOf(ProcessEngineException.class)
        .hasRootCauseInstanceOf(InvalidInputException.class);
    for (String field : fields) {
      failure.hasMessageContaining(field + ":");
    }
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
