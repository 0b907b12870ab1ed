package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.Officers;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.transfer.CriminalTransferDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Element;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of case-investigation (立案查处) on the real engine and database, criminal-transfer played by a
 * stand-in; timers fire by moving the engine clock. Must cover at least 90% of the flow nodes.
 */
@ProcessTest(covers = CaseProcess.PROCESS_KEY)
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseInvestigationProcessTest {

  CriminalTransferDriver transfers;

  @BeforeAll
  void transferOfficers(TestUsers users) {
    transfers = new CriminalTransferDriver(engine, users.create("case-officer-1", "district-310113"),
        users.create("case-officer-2", "district-310113"));
  }

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  /**
   * 90 calendar days after 2 March 2026 end on Sunday 31 May (Mar 3..31 = 29, Apr = 59, May 31 = 90); a rest day,
   * so the period ends on Monday 1 June (期间 rule). The old rule (plain calendar days) gave 31 May.
   */
  static final LocalDateTime DECISION_DUE = LocalDateTime.of(2026, 6, 1, 23, 59, 59);
  /** 15 working days after the clue's receipt, Monday 2 March (no holiday in March 2026). */
  static final LocalDateTime FILING_DUE = LocalDateTime.of(2026, 3, 23, 23, 59, 59);
  static final String DOCUMENT_NO = "沪宝山市监%s〔2026〕\\d+号";
  static final AtomicInteger CLUES = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseFilingService cases;
  @Autowired CaseInvestigationService investigations;
  @Autowired EnforcementRecords records;
  @Autowired SubjectRegistry subjects;

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- filing

  @Test
  void filingRefusedNeedsAReasonAndEndsNotFiled() {
    ProcessInstance pi = start();
    assertThat(task(Element.APPROVE_FILING, pi)).hasCandidateGroup("district-310113-head");
    // filing straight after the verification: the clue's own limit (处罚程序规定 Art.18)
    Assertions.assertThat(due(task(Element.APPROVE_FILING, pi))).isEqualTo(FILING_DUE);
    Assertions.assertThat(engine.getTaskService().getVariableLocal(task(pi).getId(), "deadlineText"))
        .isEqualTo("2026年3月23日（星期一）");
    assertThat(pi).variables().containsEntry(Var.COMPLAINT_NO.name(), pi.getBusinessKey())
        .containsEntry(Var.CASE_SUMMARY.name(), "【电子商务违法】直播间销售假冒口红");

    rejected(() -> complete(task(pi), withVariables(Var.FILING_APPROVED.name(), false)), "filingNote");
    complete(task(pi), withVariables(Var.FILING_APPROVED.name(), false, Var.FILING_NOTE.name(), "违法事实不成立"));

    assertThat(pi).isEnded().hasPassed(Element.END_NOT_FILED).variables()
        .containsEntry(Var.CASE_OUTCOME.name(), "NOT_FILED");
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.NOT_FILED);
    Assertions.assertThat(caseFile.getFilingNote()).isEqualTo("违法事实不成立");
    Assertions.assertThat(caseFile.getFiledAt()).isNull();
    Assertions.assertThat(records.ofCase(caseFile.getId())).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.NO_ACTION);
  }

  @Test
  void filingAfterAnExtendedVerificationHasThirtyWorkingDays() {
    ProcessInstance pi = start(true, null);
    // received Mon 2 March: 15 working days end Mon 23 March, 30 end Tue 14 April (Qingming 4-6 April off):
    // 24(16) 25 26 27 30 31(21) 1 2 3(24) 7 8 9 10(28) 13(29) 14(30), as 核查线索's extended limit
    Assertions.assertThat(due(task(Element.APPROVE_FILING, pi))).isEqualTo(LocalDateTime.of(2026, 4, 14, 23, 59, 59));
  }

  @Test
  void filingAfterANewFindingIsDueFifteenWorkingDaysAfterIt() {
    // a failed follow-up check or a returned transfer on Wed 1 April, long after the clue's own limit
    Date newFinding = Date.from(LocalDateTime.of(2026, 4, 1, 16, 0).atZone(Times.ZONE).toInstant());
    ProcessInstance pi = start(false, newFinding);
    // Thu 2(1) Fri 3(2), Qingming Sat 4 - Mon 6 off, 7(3) 8 9 10(6) 13 14 15 16 17(11) 20 21 22 23(15)
    Assertions.assertThat(due(task(Element.APPROVE_FILING, pi))).isEqualTo(LocalDateTime.of(2026, 4, 23, 23, 59, 59));
    assertThat(pi).variables().containsEntry(Var.FILING_LIMIT_FROM.name(), newFinding)
        .containsEntry(Var.FILING_LIMIT_WORKING_DAYS.name(), 15);
  }

  // ---------------------------------------------------------------- full paths

  @Test
  void smallFineWithoutHearingIsDecidedServedAndPublished() {
    ProcessInstance pi = filed();
    CaseFile filed = caseFile(pi);
    Assertions.assertThat(filed.getCaseNo()).matches(String.format(DOCUMENT_NO, "立"));
    Assertions.assertThat(filed.getFiledAt()).isEqualTo(MONDAY);
    Assertions.assertThat(filed.getDecisionDue()).isEqualTo(DECISION_DUE);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(DECISION_DUE);
    Assertions.assertThat(Times.toLocal(deadlineTimer(pi).getDuedate())).isEqualTo(DECISION_DUE);
    assertThat(task(Element.INVESTIGATE, pi)).hasCandidateGroup("district-310113");

    rejected(() -> complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "CONCLUDE")),
        "findings", "plannedFineAmount");
    conclude(pi, Var.PLANNED_FINE_AMOUNT.name(), 5000, Var.PLANNED_WARNING.name(), true);

    assertThat(pi).isWaitingAt(Element.DECIDE_PENALTY).variables().containsEntry(Var.HEARING_RIGHT.name(), false);
    decide(pi);
    CaseFile decided = caseFile(pi);
    Assertions.assertThat(decided.getDecisionNo()).matches(String.format(DOCUMENT_NO, "罚"));
    Assertions.assertThat(decided.getFineAmount()).isEqualByComparingTo("5000");
    Assertions.assertThat(decided.getHearingRight()).isFalse();
    Task service = task(Element.SERVE_DECISION, pi);
    Assertions.assertThat(due(service)).isEqualTo(LocalDateTime.of(2026, 3, 11, 23, 59, 59));
    Assertions.assertThat(decided.getServiceDue()).isEqualTo(LocalDateTime.of(2026, 3, 11, 23, 59, 59));

    serve(pi);
    // 20 working days after Monday 2 March: Monday 30 March
    Assertions.assertThat(due(task(Element.PUBLISH_PENALTY, pi))).isEqualTo(LocalDateTime.of(2026, 3, 30, 23, 59, 59));
    publish(pi);

    assertThat(pi).isEnded().hasPassed(Element.END_CASE_DECIDED).hasNotPassed(Element.NOTIFY_HEARING_RIGHT)
        .variables().containsEntry(Var.CASE_OUTCOME.name(), "DECIDED");
    CaseFile closed = caseFile(pi);
    Assertions.assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    Assertions.assertThat(closed.getOutcome()).isEqualTo("DECIDED");
    Assertions.assertThat(closed.getServedAt()).isEqualTo(MONDAY.toLocalDate().atStartOfDay());
    Assertions.assertThat(closed.getPublishedAt()).isNotNull();
    Assertions.assertThat(records.ofCase(closed.getId())).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.CASE_FILING, ActionType.PENALTY_DECISION, ActionType.SERVICE,
            ActionType.PUBLICATION);
    Assertions.assertThat(records.ofCase(closed.getId()).get(0).getDocumentNo()).isEqualTo(closed.getCaseNo());
  }

  @Test
  void aLargeFineGivesAHearingRightThatLapsesAfterFiveDays() {
    ProcessInstance pi = filed();
    conclude(pi, Var.PLANNED_FINE_AMOUNT.name(), 200000);

    assertThat(pi).isWaitingAt(Element.AWAIT_HEARING_REQUEST).variables().containsEntry(Var.HEARING_RIGHT.name(), true);
    CaseFile notified = caseFile(pi);
    Assertions.assertThat(notified.getHearingNotifiedAt()).isEqualTo(MONDAY);
    Assertions.assertThat(notified.getStatus()).isEqualTo(CaseStatus.AWAITING_HEARING);
    EnforcementAction notice = records.ofCase(notified.getId()).get(1);
    Assertions.assertThat(notice.getActionType()).isEqualTo(ActionType.HEARING_NOTICE);
    Assertions.assertThat(notice.getDocumentNo()).matches(String.format(DOCUMENT_NO, "听告"));
    Job lapse = job(pi, Element.HEARING_REQUEST_LAPSE_TIMER);
    Assertions.assertThat(Times.toLocal(lapse.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    execute(lapse);

    assertThat(pi).isWaitingAt(Element.DECIDE_PENALTY).hasPassed(Element.RECORD_HEARING_LAPSE)
        .hasNotPassed(Element.HOLD_HEARING);
    Assertions.assertThat(caseFile(pi).getHearingRequested()).isFalse();
  }

  @Test
  void aRequestedHearingIsHeldAndItsDaysMoveTheDecisionDeadline() {
    ProcessInstance pi = filed();
    String timerId = deadlineTimer(pi).getId();
    conclude(pi, Var.PLANNED_SERIOUS_VIOLATION_LIST.name(), true, Var.PLANNED_WARNING.name(), true);
    rejected(() -> complete(task(pi), new HashMap<>()), "hearingRequested");
    complete(task(pi), withVariables(Var.HEARING_REQUESTED.name(), true));

    assertThat(pi).isWaitingAt(Element.HOLD_HEARING);
    // requested Mon 2 March: the internal target of 20 working days ends Mon 30 March (no holiday in March)
    Assertions.assertThat(due(task(Element.HOLD_HEARING, pi))).isEqualTo(LocalDateTime.of(2026, 3, 30, 23, 59, 59));
    assertThat(pi).variables().containsEntry(Var.HEARING_REQUESTED_AT.name(), Date.from(MONDAY.atZone(Times.ZONE).toInstant()));
    rejected(() -> complete(task(pi), withVariables(Var.HEARING_START.name(), "2026-03-12",
        Var.HEARING_END.name(), "2026-03-10", Var.HEARING_NOTE.name(), "当事人到场陈述申辩")), "hearingEnd");
    complete(task(pi), withVariables(Var.HEARING_START.name(), "2026-03-10", Var.HEARING_END.name(), "2026-03-12",
        Var.HEARING_NOTE.name(), "当事人到场陈述申辩"));

    // 90 + 3 days from 2 March: Wed 3 June, counted from the basis. Adding the 3 days to the deadline already moved
    // off Sunday 31 May (Mon 1 June) would give Thu 4 June, one day too late.
    LocalDateTime moved = LocalDateTime.of(2026, 6, 3, 23, 59, 59);
    assertThat(pi).isWaitingAt(Element.DECIDE_PENALTY);
    Assertions.assertThat(due(task(Element.DECIDE_PENALTY, pi))).isEqualTo(moved);
    Job timer = deadlineTimer(pi);
    Assertions.assertThat(timer.getId()).isEqualTo(timerId);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(moved);
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.getHearingRequested()).isTrue();
    Assertions.assertThat(caseFile.getExcludedDays()).isEqualTo(3);
    Assertions.assertThat(caseFile.getDecisionDue()).isEqualTo(moved);
    Assertions.assertThat(investigations.excludedPeriods(caseFile.getId())).singleElement()
        .satisfies(p -> {
          Assertions.assertThat(p.getKind()).isEqualTo(ExcludedPeriodKind.HEARING);
          Assertions.assertThat(p.getDays()).isEqualTo(3);
        });
  }

  // ---------------------------------------------------------------- the decision deadline

  @Test
  void anApprovedExtensionMovesTheSameTimerAndTheTaskByThirtyDays() {
    ProcessInstance pi = filed();
    String timerId = deadlineTimer(pi).getId();
    rejected(() -> complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND")), "extensionReason");
    complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND",
        Var.EXTENSION_REASON.name(), "需调取平台交易数据"));

    assertThat(pi).isWaitingAt(Element.APPROVE_EXTENSION);
    assertThat(task(pi)).hasCandidateGroup("district-310113-head");
    complete(task(pi), withVariables(Var.EXTENSION_APPROVED.name(), true));

    LocalDateTime extended = LocalDateTime.of(2026, 6, 30, 23, 59, 59);
    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(extended);
    Job timer = deadlineTimer(pi);
    Assertions.assertThat(timer.getId()).isEqualTo(timerId);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(extended);
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.isExtended()).isTrue();
    Assertions.assertThat(caseFile.getDecisionDue()).isEqualTo(extended);

    rejected(() -> complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND",
        Var.EXTENSION_REASON.name(), "再次延期")), "investigationAction");
  }

  @Test
  void aRefusedExtensionLeavesTheDeadline() {
    ProcessInstance pi = filed();
    complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND",
        Var.EXTENSION_REASON.name(), "需调取平台交易数据"));
    rejected(() -> complete(task(pi), withVariables(Var.EXTENSION_APPROVED.name(), false)), "extensionNote");
    complete(task(pi), withVariables(Var.EXTENSION_APPROVED.name(), false, Var.EXTENSION_NOTE.name(), "期限内可完成"));

    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(DECISION_DUE);
    Assertions.assertThat(Times.toLocal(deadlineTimer(pi).getDuedate())).isEqualTo(DECISION_DUE);
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.isExtended()).isFalse();
    Assertions.assertThat(caseFile.getExtensionNote()).contains("不批准：期限内可完成");
  }

  @Test
  void anExcludedPeriodMovesTheTimerJobAndTheTaskByItsDays() {
    ProcessInstance pi = filed();
    String timerId = deadlineTimer(pi).getId();
    rejected(() -> complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXCLUDE_PERIOD",
        Var.EXCLUDED_KIND.name(), "TESTING", Var.EXCLUDED_START.name(), "2026-03-19",
        Var.EXCLUDED_END.name(), "2026-03-10")), "excludedEnd");

    complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXCLUDE_PERIOD",
        Var.EXCLUDED_KIND.name(), "TESTING", Var.EXCLUDED_START.name(), "2026-03-10",
        Var.EXCLUDED_END.name(), "2026-03-19", Var.EXCLUDED_NOTE.name(), "送检口红样品"));

    // ten days, 10 to 19 March inclusive: 100 days from 2 March end Wed 10 June (a working day)
    LocalDateTime moved = LocalDateTime.of(2026, 6, 10, 23, 59, 59);
    assertThat(pi).isWaitingAt(Element.INVESTIGATE).hasPassed(Element.EXCLUDE_PERIOD);
    Task investigation = task(Element.INVESTIGATE, pi);
    Assertions.assertThat(due(investigation)).isEqualTo(moved);
    Assertions.assertThat(engine.getTaskService().getVariableLocal(investigation.getId(), "deadlineText"))
        .isEqualTo("2026年6月10日（星期三）");
    Job timer = deadlineTimer(pi);
    Assertions.assertThat(timer.getId()).isEqualTo(timerId);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(moved);
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.getExcludedDays()).isEqualTo(10);
    Assertions.assertThat(caseFile.getDecisionDue()).isEqualTo(moved);
    Assertions.assertThat(investigations.excludedPeriods(caseFile.getId())).singleElement()
        .satisfies(p -> {
          Assertions.assertThat(p.getKind()).isEqualTo(ExcludedPeriodKind.TESTING);
          Assertions.assertThat(p.getDays()).isEqualTo(10);
          Assertions.assertThat(p.getNote()).isEqualTo("送检口红样品");
        });
  }

  @Test
  void theNinetyDaysEndingInTheNationalDayHolidayEndOnTheFirstWorkingDayAfterIt() {
    at(LocalDateTime.of(2026, 7, 3, 10, 0));
    ProcessInstance pi = filed();
    // filed Fri 3 July: Jul 4..31 = 28, Aug = 59, Sep = 89, Thu 1 Oct = day 90, in National Day (off 1-7 Oct):
    // the period ends Thu 8 October. The old rule (calendar days only) gave 1 October.
    LocalDateTime due = LocalDateTime.of(2026, 10, 8, 23, 59, 59);
    LocalDateTime oldRule = LocalDateTime.of(2026, 10, 1, 23, 59, 59);
    Job timer = deadlineTimer(pi);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(due).isNotEqualTo(oldRule);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(due);
    Assertions.assertThat(caseFile(pi).getDecisionDue()).isEqualTo(due);
    Assertions.assertThat(engine.getTaskService().getVariableLocal(task(pi).getId(), "deadlineText"))
        .isEqualTo("2026年10月8日（星期四）");

    // during the holiday the limit has not passed: no due job; the day after the moved deadline it has
    at(LocalDateTime.of(2026, 10, 7, 12, 0));
    Assertions.assertThat(dueJobs(pi)).isEmpty();
    at(LocalDateTime.of(2026, 10, 9, 0, 0, 1));
    Assertions.assertThat(dueJobs(pi)).extracting(Job::getId).containsExactly(timer.getId());
    execute(timer);
    assertThat(pi).isWaitingAt(Element.INVESTIGATE, Element.SUPERVISE_OVERDUE_CASE);
    Assertions.assertThat(caseFile(pi).isDeadlineOverdue()).isTrue();
  }

  @Test
  void anExtensionAfterAHolidayDeadlineCountsOneHundredTwentyDaysFromFiling() {
    at(LocalDateTime.of(2026, 7, 3, 10, 0));
    ProcessInstance pi = filed();
    complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "EXTEND",
        Var.EXTENSION_REASON.name(), "需调取平台交易数据"));
    complete(task(Element.APPROVE_EXTENSION, pi), withVariables(Var.EXTENSION_APPROVED.name(), true));

    // 120 days from Fri 3 July: Sat 31 October -> Mon 2 November. Adding 30 days to the moved 8 October would
    // give Sat 7 November -> Mon 9 November.
    LocalDateTime extended = LocalDateTime.of(2026, 11, 2, 23, 59, 59);
    Assertions.assertThat(Times.toLocal(deadlineTimer(pi).getDuedate())).isEqualTo(extended);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(extended);
    Assertions.assertThat(caseFile(pi).getDecisionDue()).isEqualTo(extended);
    assertThat(pi).variables().containsEntry(Var.DECISION_PERIOD_DAYS.name(), 120)
        .containsEntry(Var.DECISION_DEADLINE_TEXT.name(), "2026年11月2日（星期一）");
  }

  @Test
  void theDecisionDeadlinePassingCallsTheHeadToSupervise() {
    ProcessInstance pi = filed();

    at(LocalDateTime.of(2026, 6, 2, 9, 0));
    execute(deadlineTimer(pi));

    assertThat(pi).isWaitingAt(Element.INVESTIGATE, Element.SUPERVISE_OVERDUE_CASE);
    Task supervision = task(Element.SUPERVISE_OVERDUE_CASE, pi);
    assertThat(supervision).hasCandidateGroup("district-310113-head");
    Assertions.assertThat(caseFile(pi).isDeadlineOverdue()).isTrue();
    rejected(() -> complete(supervision, new HashMap<>()), "supervisionNote");
    complete(supervision, withVariables(Var.SUPERVISION_NOTE.name(), "本周内提交调查终结报告"));

    assertThat(pi).isWaitingAt(Element.INVESTIGATE).hasPassed(Element.END_OVERDUE_SUPERVISED);
    Assertions.assertThat(caseFile(pi).getSupervisionNote()).startsWith("本周内提交调查终结报告");
  }

  @Test
  void serviceNotDoneInSevenDaysIsFlaggedAndRaised() {
    ProcessInstance pi = filed();
    conclude(pi, Var.PLANNED_WARNING.name(), true);
    decide(pi);
    Job overdue = job(pi, Element.SERVICE_OVERDUE_TIMER);
    Assertions.assertThat(Times.toLocal(overdue.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 11, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 12, 9, 0));
    execute(overdue);

    assertThat(pi).isWaitingAt(Element.SERVE_DECISION).hasPassed(Element.END_SERVICE_OVERDUE_REPORTED);
    Assertions.assertThat(task(Element.SERVE_DECISION, pi).getPriority()).isEqualTo(90);
    Assertions.assertThat(caseFile(pi).isServiceOverdue()).isTrue();
    rejected(() -> complete(task(pi), withVariables(Var.SERVED_ON.name(), "2026-03-13",
        Var.SERVICE_METHOD.name(), "POST")), "servedOn");
    complete(task(pi), withVariables(Var.SERVED_ON.name(), "2026-03-12", Var.SERVICE_METHOD.name(), "POST"));
    publish(pi);
    assertThat(pi).isEnded().variables().containsEntry(Var.CASE_OUTCOME.name(), "DECIDED");
  }

  // ---------------------------------------------------------------- criminal transfer

  @Test
  void aTransferAcceptedByThePoliceEndsTheCaseAsTransferred() {
    ProcessInstance pi = filed();
    rejected(() -> complete(task(pi), withVariables(Var.INVESTIGATION_ACTION.name(), "SUSPECTED_CRIME")),
        "suspectedOffence");
    suspectCrime(pi);
    assertThat(pi).isWaitingAt(Element.CRIMINAL_TRANSFER);

    finishTransfer(pi, "ACCEPTED");

    assertThat(pi).isEnded().hasPassed(Element.CLOSE_TRANSFERRED, Element.END_CASE_TRANSFERRED)
        .hasNotPassed(Element.SERVE_DECISION).variables().containsEntry(Var.CASE_OUTCOME.name(), "TRANSFERRED");
    CaseFile caseFile = caseFile(pi);
    Assertions.assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.TRANSFERRED);
    Assertions.assertThat(caseFile.isCrimeSuspected()).isTrue();
    Assertions.assertThat(caseFile.getSuspectedOffence()).isEqualTo("销售假冒注册商标的商品，违法所得逾50万元");
    Assertions.assertThat(caseFile.getClosedAt()).isNotNull();
  }

  @Test
  void aTransferReturnedByThePoliceGoesBackToTheInvestigation() {
    ProcessInstance pi = filed();
    String timerId = deadlineTimer(pi).getId();
    suspectCrime(pi);

    finishTransfer(pi, "RETURNED");

    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    Assertions.assertThat(due(task(Element.INVESTIGATE, pi))).isEqualTo(DECISION_DUE);
    Assertions.assertThat(deadlineTimer(pi).getId()).isEqualTo(timerId);
    Assertions.assertThat(caseFile(pi).getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
  }

  // ---------------------------------------------------------------- credit listing proposal (docs/credit.md)

  @Test
  void aDecisionProposingTheSeriousListStartsTheCreditListingWithTheDecisionNumber() {
    long subjectId = company("上海提请严重失信测试有限公司", "91310113MA1CASE001");
    ProcessInstance pi = filed(subjectId);
    conclude(pi, Var.PLANNED_FINE_AMOUNT.name(), 5000, Var.PLANNED_WARNING.name(), true);
    // the serious list is decided with the penalty: the proposal needs the decision's tick
    rejected(() -> complete(task(Element.DECIDE_PENALTY, pi), decision(false, "SERIOUS_ILLEGAL", null)),
        Var.CREDIT_LISTING_PROPOSAL.name());
    rejected(() -> complete(task(Element.DECIDE_PENALTY, pi), decision(true, "BLACKLIST", null)),
        Var.CREDIT_LISTING_PROPOSAL.name());
    rejected(() -> complete(task(Element.DECIDE_PENALTY, pi), decision(true, "SERIOUS_ILLEGAL", "UNREACHABLE")),
        Var.ABNORMAL_LIST_GROUND.name());
    Assertions.assertThat(listings(subjectId)).isEmpty();

    complete(task(Element.DECIDE_PENALTY, pi), decision(true, "SERIOUS_ILLEGAL", null));

    assertThat(pi).isWaitingAt(Element.SERVE_DECISION)
        .hasPassed(Element.CREDIT_LISTING_PROPOSAL, Element.PROPOSE_CREDIT_LISTING, Element.END_PENALTY_DECIDED);
    CaseFile decided = caseFile(pi);
    List<Map<String, Object>> listed = listings(subjectId);
    Assertions.assertThat(listed).singleElement().satisfies(row -> {
      Assertions.assertThat(row.get("KIND")).isEqualTo("SERIOUS_ILLEGAL");
      Assertions.assertThat(row.get("CASE_ID")).isEqualTo(decided.getId());
      Assertions.assertThat((String) row.get("REASON")).contains(decided.getDecisionNo());
      Assertions.assertThat(row.get("PROCESS_INSTANCE_ID"))
          .isEqualTo(runtimeService.getVariable(pi.getId(), Var.CREDIT_LISTING_INSTANCE_ID.name()));
    });
    ProcessInstance listing = runtimeService.createProcessInstanceQuery()
        .processInstanceId((String) listed.get(0).get("PROCESS_INSTANCE_ID")).singleResult();
    assertThat(listing).isNotNull().isWaitingAt("Task_ApproveListing").hasPassed("StartEvent_ListingProposedByCase");
    Assertions.assertThat(records.ofCase(decided.getId())).filteredOn(a -> a.getActionType() == ActionType.PENALTY_DECISION)
        .singleElement().satisfies(a -> Assertions.assertThat(a.getDetail()).contains("提请列入严重违法失信名单"));
    runtimeService.deleteProcessInstance(listing.getId(), "test over");
  }

  @Test
  void aDecisionProposingTheAbnormalListStartsItWithTheGroundAndTheDecisionDay() {
    long subjectId = company("上海提请异常名录测试有限公司", "91310113MA1CASE002");
    ProcessInstance pi = filed(subjectId);
    conclude(pi, Var.PLANNED_FINE_AMOUNT.name(), 5000, Var.PLANNED_WARNING.name(), true);
    rejected(() -> complete(task(Element.DECIDE_PENALTY, pi), decision(false, "ABNORMAL", null)),
        Var.ABNORMAL_LIST_GROUND.name());

    complete(task(Element.DECIDE_PENALTY, pi), decision(false, "ABNORMAL", "UNREACHABLE"));

    assertThat(pi).isWaitingAt(Element.SERVE_DECISION).hasPassed(Element.PROPOSE_CREDIT_LISTING);
    CaseFile decided = caseFile(pi);
    Assertions.assertThat(listings(subjectId)).singleElement().satisfies(row -> {
      Assertions.assertThat(row.get("KIND")).isEqualTo("ABNORMAL");
      Assertions.assertThat(row.get("GROUND")).isEqualTo("UNREACHABLE");
      Assertions.assertThat((String) row.get("REASON")).contains(decided.getDecisionNo()).contains("无法联系");
      Assertions.assertThat(row.get("FOUND_ON").toString()).isEqualTo(decided.getDecidedAt().toLocalDate().toString());
    });
    runtimeService.deleteProcessInstance((String) listings(subjectId).get(0).get("PROCESS_INSTANCE_ID"), "test over");
  }

  @Test
  void aDecisionWithoutProposalStartsNoCreditListing() {
    long subjectId = company("上海不提请名单测试有限公司", "91310113MA1CASE003");
    ProcessInstance pi = filed(subjectId);
    conclude(pi, Var.PLANNED_FINE_AMOUNT.name(), 5000, Var.PLANNED_WARNING.name(), true);

    // ticking the serious list alone proposes nothing (the head may propose it later with the case number)
    complete(task(Element.DECIDE_PENALTY, pi), decision(true, "NONE", null));

    assertThat(pi).isWaitingAt(Element.SERVE_DECISION).hasPassed(Element.CREDIT_LISTING_PROPOSAL,
        Element.END_PENALTY_DECIDED).hasNotPassed(Element.PROPOSE_CREDIT_LISTING);
    Assertions.assertThat(listings(subjectId)).isEmpty();
    Assertions.assertThat(caseFile(pi).getSeriousViolationList()).isTrue();
  }

  private Map<String, Object> decision(boolean seriousList, String proposal, String ground) {
    Map<String, Object> variables = withVariables(Var.FINE_AMOUNT.name(), 5000L, Var.CONFISCATION_AMOUNT.name(), 0L,
        Var.WARNING.name(), true, Var.PUBLICATION.name(), true, Var.SERIOUS_VIOLATION_LIST.name(), seriousList,
        Var.CREDIT_LISTING_PROPOSAL.name(), proposal);
    variables.put(Var.ABNORMAL_LIST_GROUND.name(), ground);
    return variables;
  }

  private long company(String name, String creditCode) {
    return subjects.resolve(SubjectType.MERCHANT, name, creditCode, null, null, "310113").getId();
  }

  private List<Map<String, Object>> listings(long subjectId) {
    return jdbc.queryForList("SELECT kind, ground, case_id, reason, found_on, process_instance_id FROM credit_listing"
        + " WHERE subject_id = ?", subjectId);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start() {
    return start(false, null);
  }

  private ProcessInstance filed(long subjectId) {
    subjectOfNextCase = subjectId;
    try {
      return filed();
    } finally {
      subjectOfNextCase = null;
    }
  }

  private Long subjectOfNextCase;

  /** A clue received on MONDAY, its verification extended or not; newFindingAt as clue-verification passes it. */
  private ProcessInstance start(boolean verificationExtended, Date newFindingAt) {
    String clueNo = "XS-20260302-" + String.format("%05d", 70000 + CLUES.incrementAndGet());
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, extension_granted, created_at) "
        + "VALUES (?, 'MONITORING', ?, 'ECOMMERCE', '直播间销售假冒口红', 'VERIFIED', ?, ?)", clueNo, MONDAY,
        verificationExtended ? Boolean.TRUE : null, MONDAY);
    Long clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.NEW_FINDING_AT.name(), newFindingAt);
    variables.put(Var.CLUE_ID.name(), clueId);
    variables.put(Var.CLUE_NO.name(), clueNo);
    variables.put(Var.SUBJECT_ID.name(), subjectOfNextCase);
    variables.put(Var.HANDLING_UNIT.name(), "district-310113");
    variables.put(Var.HANDLING_UNIT_HEAD.name(), "district-310113-head");
    variables.put(Var.HANDLING_UNIT_NAME.name(), "宝山区市场监督管理局");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CaseProcess.PROCESS_KEY, clueNo, variables);
    assertThat(pi).isWaitingAt(Element.APPROVE_FILING).hasPassed(Element.OPEN_CASE_FILE);
    Assertions.assertThat(caseFile(pi).getStatus()).isEqualTo(CaseStatus.AWAITING_FILING);
    return pi;
  }

  private ProcessInstance filed() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables(Var.FILING_APPROVED.name(), true));
    assertThat(pi).isWaitingAt(Element.INVESTIGATE);
    return pi;
  }

  private void conclude(ProcessInstance pi, Object... planned) {
    Map<String, Object> variables = withVariables(Var.INVESTIGATION_ACTION.name(), "CONCLUDE",
        Var.FINDINGS.name(), "经查，当事人在直播间销售假冒口红", Var.PARTY_INDIVIDUAL.name(), false);
    for (int i = 0; i < planned.length; i += 2) {
      variables.put((String) planned[i], planned[i + 1]);
    }
    complete(task(Element.INVESTIGATE, pi), variables);
  }

  private void suspectCrime(ProcessInstance pi) {
    complete(task(Element.INVESTIGATE, pi), withVariables(Var.INVESTIGATION_ACTION.name(), "SUSPECTED_CRIME",
        Var.SUSPECTED_OFFENCE.name(), "销售假冒注册商标的商品，违法所得逾50万元"));
  }

  /** Drives the real criminal-transfer to its outcome through its tasks. */
  private void finishTransfer(ProcessInstance pi, String outcome) {
    ProcessInstance transfer = transfers.bySuperProcessInstance(pi.getId());
    assertThat(transfer).isNotNull().hasBusinessKey(pi.getBusinessKey())
        .variables().containsEntry(Var.CASE_ID.name(), caseFile(pi).getId());
    if ("ACCEPTED".equals(outcome)) {
      transfers.toAccepted(transfer);
    } else {
      transfers.toReturnedByPolice(transfer);
    }
  }

  private void decide(ProcessInstance pi) {
    rejected(() -> complete(task(Element.DECIDE_PENALTY, pi), withVariables(Var.FINE_AMOUNT.name(), -1)), "fineAmount");
    Map<String, Object> penalty = withVariables(Var.FINE_AMOUNT.name(), 5000L, Var.CONFISCATION_AMOUNT.name(), 0L,
        Var.WARNING.name(), true, Var.PUBLICATION.name(), true, Var.SERIOUS_VIOLATION_LIST.name(), false);
    complete(task(Element.DECIDE_PENALTY, pi), penalty);
    assertThat(pi).isWaitingAt(Element.SERVE_DECISION).hasPassed(Element.END_PENALTY_DECIDED);
  }

  private void serve(ProcessInstance pi) {
    complete(task(Element.SERVE_DECISION, pi), withVariables(Var.SERVED_ON.name(), MONDAY.toLocalDate().toString(),
        Var.SERVICE_METHOD.name(), "DIRECT"));
  }

  private void publish(ProcessInstance pi) {
    complete(task(Element.PUBLISH_PENALTY, pi), withVariables(Var.PUBLISHED_ON.name(),
        Times.toLocal(ClockUtil.getCurrentTime()).toLocalDate().toString()));
  }

  private Job deadlineTimer(ProcessInstance pi) {
    return job(pi, Element.DECISION_DEADLINE_TIMER);
  }

  /** The instance's jobs due by the engine clock. */
  private List<Job> dueJobs(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
  }

  private Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private CaseFile caseFile(ProcessInstance pi) {
    Long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE process_instance_id = ?", Long.class, pi.getId());
    return cases.caseFile(caseId);
  }

  private static LocalDateTime due(Task task) {
    return Times.toLocal(task.getDueDate());
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
