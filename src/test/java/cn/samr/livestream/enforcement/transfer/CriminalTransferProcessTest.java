package cn.samr.livestream.enforcement.transfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Var;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of criminal-transfer (涉嫌犯罪移送), started directly with the in-variables its callers pass,
 * on the real engine and database; timers fire by moving the engine clock. Seed 002: Baoshan transfers a
 * company selling counterfeit LV goods in a live room, illegal turnover over 500,000 yuan.
 */
@ProcessTest(covers = TransferProcess.PROCESS_KEY)
class CriminalTransferProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final String UNIT = "district-310113";
  static final String HEAD = "district-310113-head";
  static final String OFFICER_A = "transfer-officer-a";
  static final String OFFICER_B = "transfer-officer-b";
  static final String OUTSIDER = "transfer-officer-pudong";
  /** Overdue and reminded tasks move to the top of the list. */
  static final int RAISED_PRIORITY = 80;
  static final AtomicInteger CLUES = new AtomicInteger();

  static TestUsers users;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CriminalTransferMapper transfers;
  @Autowired EnforcementRecords records;

  String clueNo;
  long clueId;

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
    if (users == null) {
      users = new TestUsers(identityService);
    }
    users.create(OFFICER_A, UNIT);
    users.create(OFFICER_B, UNIT);
    users.create(OUTSIDER, "district-310115");
    clueNo = "XS-20260302-9" + String.format("%04d", CLUES.incrementAndGet());
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at)"
        + " VALUES (?, 'MONITORING', ?, 'INTELLECTUAL_PROPERTY', ?, 'VERIFYING', ?)", clueNo, MONDAY.minusDays(20),
        "某公司在直播间销售假冒LV箱包，违法经营额逾50万元", MONDAY.minusDays(20));
    clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void removeUsers() {
    if (users != null) {
      users.removeAll();
    }
  }

  // ---------------------------------------------------------------- the whole way

  @Test
  void approvedTransferAcceptedByThePoliceClosesAsAccepted() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(Element.REPORT_TRANSFER).variables()
        .containsEntry(Var.COMPLAINT_NO.name(), clueNo)
        .hasEntrySatisfying(Var.TRANSFER_SUMMARY.name(),
            s -> Assertions.assertThat((String) s).startsWith("线索" + clueNo + "（宝山区市场监督管理局）：").contains("LV"));
    assertThat(task(pi)).hasCandidateGroup(UNIT);
    Assertions.assertThat(taskService.getVariableLocal(task(pi).getId(), "complaintNo")).isEqualTo(clueNo);
    // decided Mon 2 March: the report is due 2 working days later, Wed 4 March (internal target; Art.5 says 立即)
    Assertions.assertThat(Times.toLocal(task(pi).getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 4, 23, 59, 59));

    report(pi);
    Task approval = task(Element.APPROVE_TRANSFER, pi);
    assertThat(approval).hasCandidateGroup(HEAD);
    // reported Mon 2 March: the head decides by the end of Thu 5 March (Art.5, 3 days)
    LocalDateTime approvalDue = LocalDateTime.of(2026, 3, 5, 23, 59, 59);
    Assertions.assertThat(Times.toLocal(approval.getDueDate())).isEqualTo(approvalDue);
    CriminalTransfer reported = row(pi);
    Assertions.assertThat(reported.getStatus()).isEqualTo(TransferStatus.REPORTED);
    Assertions.assertThat(reported.getReportingOfficers()).isEqualTo(OFFICER_A + "," + OFFICER_B);
    Assertions.assertThat(reported.getIllegalTurnover()).isEqualByComparingTo("520000");
    Assertions.assertThat(reported.getApprovalDue()).isEqualTo(approvalDue);
    Assertions.assertThat(reported.getClueNo()).isEqualTo(clueNo);
    Assertions.assertThat(reported.getProcessInstanceId()).isEqualTo(pi.getId());

    at(MONDAY.plusHours(3));
    approve(pi);
    Task transferTask = task(Element.TRANSFER_TO_POLICE, pi);
    assertThat(transferTask).hasCandidateGroup(UNIT);
    // 24 clock hours after the approval (Art.8), not the end of a day
    Assertions.assertThat(Times.toLocal(transferTask.getDueDate())).isEqualTo(MONDAY.plusHours(27));
    CriminalTransfer approved = row(pi);
    Assertions.assertThat(approved.getStatus()).isEqualTo(TransferStatus.APPROVED);
    Assertions.assertThat(approved.getTransferNo()).matches("沪宝山市监移〔2026〕\\d+号");
    assertThat(pi).variables().containsEntry(Var.TRANSFER_NO.name(), approved.getTransferNo())
        .containsEntry(Var.TRANSFER_DUE_TEXT.name(), "2026年3月3日（星期二）13:00");
    EnforcementAction action = transferAction();
    Assertions.assertThat(action.getDocumentNo()).isEqualTo(approved.getTransferNo());
    Assertions.assertThat(action.getUnit()).isEqualTo(UNIT);
    Assertions.assertThat(action.getOfficers()).isEqualTo(OFFICER_A + "," + OFFICER_B);
    Assertions.assertThat(action.getDeadline()).isEqualTo(MONDAY.plusHours(27));

    at(MONDAY.plusHours(20));
    transferToPolice(pi);
    Task decision = task(Element.RECORD_POLICE_DECISION, pi);
    // transferred Tue 3 March: the police decide by the end of Fri 6 March
    Assertions.assertThat(Times.toLocal(decision.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 6, 23, 59, 59));
    CriminalTransfer transferred = row(pi);
    Assertions.assertThat(transferred.getStatus()).isEqualTo(TransferStatus.TRANSFERRED);
    Assertions.assertThat(transferred.getTransferredAt()).isEqualTo(MONDAY.plusHours(20));
    Assertions.assertThat(transferred.getPoliceUnit()).isEqualTo(CriminalTransferDriver.POLICE_UNIT);
    Assertions.assertThat(transferred.isTransferOverdue()).isFalse();

    complete(decision, withVariables(Var.POLICE_DECISION.name(), "ACCEPTED"));

    assertThat(pi).isEnded().hasPassed(Element.END_ACCEPTED).hasNotPassed(Element.DECIDE_RECONSIDERATION);
    assertOutcome(pi, "ACCEPTED");
    CriminalTransfer accepted = row(pi);
    Assertions.assertThat(accepted.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
    Assertions.assertThat(accepted.getOutcome()).isEqualTo(TransferOutcome.ACCEPTED);
    Assertions.assertThat(accepted.getPoliceDecision()).isEqualTo(PoliceDecision.ACCEPTED);
    Assertions.assertThat(accepted.getClosedAt()).isNotNull();
    Assertions.assertThat(transferAction().getOutcome()).isEqualTo("ACCEPTED");
  }

  @Test
  void theHeadRejectsWithAReasonAndTheCaseReturns() {
    ProcessInstance pi = start();
    report(pi);

    rejected(() -> complete(task(pi), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.REJECT)),
        "approvalNote");
    rejected(() -> complete(task(pi), withVariables(Var.APPROVAL_DECISION.name(), "MAYBE")), "approvalDecision");
    assertThat(pi).isWaitingAt(Element.APPROVE_TRANSFER);

    complete(task(pi), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.REJECT,
        Var.APPROVAL_NOTE.name(), "现有证据不足以证明违法经营额达到追诉标准"));

    assertThat(pi).isEnded().hasPassed(Element.END_REJECTED).hasNotPassed(Element.TRANSFER_TO_POLICE);
    assertOutcome(pi, "RETURNED");
    CriminalTransfer transfer = row(pi);
    Assertions.assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REJECTED);
    Assertions.assertThat(transfer.getApproved()).isFalse();
    Assertions.assertThat(transfer.getOutcome()).isEqualTo(TransferOutcome.RETURNED);
    Assertions.assertThat(transfer.getTransferNo()).isNull();
    Assertions.assertThat(records.ofClue(clueId)).isEmpty();
  }

  // ---------------------------------------------------------------- the report

  @Test
  void theReportNeedsTwoDistinctOfficersOfTheUnit() {
    ProcessInstance pi = start();

    rejected(() -> complete(task(pi), reportBy(OFFICER_A, OFFICER_A)), "officer2");
    rejected(() -> complete(task(pi), reportBy(OFFICER_A, OUTSIDER)), "officer2");
    rejected(() -> complete(task(pi), reportBy("nobody-here", OFFICER_B)), "officer1");
    rejected(() -> complete(task(pi), reportBy(null, OFFICER_B)), "officer1");
    Map<String, Object> incomplete = reportBy(OFFICER_A, OFFICER_B);
    incomplete.remove(Var.SUSPECTED_OFFENCE.name());
    incomplete.put(Var.ILLEGAL_TURNOVER.name(), -1);
    incomplete.put(Var.REPORT_FACTS.name(), " ");
    rejected(() -> complete(task(pi), incomplete), "suspectedOffence", "illegalTurnover", "reportFacts");

    assertThat(pi).isWaitingAt(Element.REPORT_TRANSFER);
    Assertions.assertThat(transfers.findByClue(clueId)).isEmpty();

    complete(task(pi), reportBy(" " + OFFICER_B + " ", OFFICER_A));
    assertThat(pi).isWaitingAt(Element.APPROVE_TRANSFER);
    Assertions.assertThat(row(pi).getReportingOfficers()).isEqualTo(OFFICER_B + "," + OFFICER_A);
  }

  // ---------------------------------------------------------------- timers

  @Test
  void approvalNotGivenWithinThreeDaysIsMarkedOverdue() {
    ProcessInstance pi = start();
    report(pi);
    Job timer = timer(pi, Element.APPROVAL_OVERDUE_TIMER);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 5, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 6, 0, 0));
    execute(timer);

    assertThat(pi).isWaitingAt(Element.APPROVE_TRANSFER).hasPassed(Element.MARK_APPROVAL_OVERDUE,
        Element.END_APPROVAL_OVERDUE_MARKED);
    Assertions.assertThat(row(pi).isApprovalOverdue()).isTrue();
    Assertions.assertThat(task(pi).getPriority()).isEqualTo(RAISED_PRIORITY);

    approve(pi);
    assertThat(pi).isWaitingAt(Element.TRANSFER_TO_POLICE);
  }

  @Test
  void threeDaysEndingInTheNationalDayHolidayEndOnTheFirstWorkingDayAfterIt() {
    // decided Thu 24 Sep 2026: Mid-Autumn Fri 25 - Sun 27 off, Mon 28 (1), Tue 29 (2): the report is due Tue 29 Sep
    at(LocalDateTime.of(2026, 9, 24, 10, 0));
    ProcessInstance pi = start();
    Assertions.assertThat(Times.toLocal(task(Element.REPORT_TRANSFER, pi).getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 9, 29, 23, 59, 59));

    // reported Mon 28 Sep: 29 (1), 30 (2), Thu 1 Oct (3) is National Day (off 1-7 Oct): due Thu 8 Oct.
    // The old rule (plain calendar days) gave 1 October.
    at(LocalDateTime.of(2026, 9, 28, 10, 0));
    report(pi);
    LocalDateTime approvalDue = LocalDateTime.of(2026, 10, 8, 23, 59, 59);
    Job approvalTimer = timer(pi, Element.APPROVAL_OVERDUE_TIMER);
    Assertions.assertThat(Times.toLocal(approvalTimer.getDuedate())).isEqualTo(approvalDue)
        .isNotEqualTo(LocalDateTime.of(2026, 10, 1, 23, 59, 59));
    Assertions.assertThat(Times.toLocal(task(Element.APPROVE_TRANSFER, pi).getDueDate())).isEqualTo(approvalDue);
    Assertions.assertThat(row(pi).getApprovalDue()).isEqualTo(approvalDue);
    Assertions.assertThat(taskService.getVariableLocal(task(pi).getId(), "deadlineText")).isEqualTo("2026年10月8日（星期四）");
    // no approval during the holiday is no breach: the timer is due only after 8 October
    at(LocalDateTime.of(2026, 10, 7, 18, 0));
    Assertions.assertThat(dueJobs(pi)).isEmpty();
    at(LocalDateTime.of(2026, 10, 9, 0, 0, 1));
    Assertions.assertThat(dueJobs(pi)).extracting(Job::getId).containsExactly(approvalTimer.getId());
  }

  @Test
  void thePolicesThreeDaysEndingInAHolidayEndOnTheFirstWorkingDayAfterIt() {
    at(LocalDateTime.of(2026, 9, 29, 9, 0));
    ProcessInstance pi = start();
    report(pi);
    approve(pi);
    at(LocalDateTime.of(2026, 9, 29, 15, 0));
    transferToPolice(pi);
    // transferred Tue 29 Sep: 30 (1), 1 Oct (2), Fri 2 Oct (3) in National Day: the police decide by Thu 8 Oct
    LocalDateTime due = LocalDateTime.of(2026, 10, 8, 23, 59, 59);
    Assertions.assertThat(Times.toLocal(task(Element.RECORD_POLICE_DECISION, pi).getDueDate())).isEqualTo(due);
    Assertions.assertThat(Times.toLocal(timer(pi, Element.POLICE_DECISION_REMINDER_TIMER).getDuedate())).isEqualTo(due);
    Assertions.assertThat(row(pi).getPoliceDecisionDue()).isEqualTo(due);
  }

  @Test
  void transferNotMadeWithin24HoursIsMarkedOverdue() {
    ProcessInstance pi = start();
    report(pi);
    at(MONDAY.plusHours(2));
    approve(pi);
    Job timer = timer(pi, Element.TRANSFER_OVERDUE_TIMER);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(MONDAY.plusHours(26));

    at(MONDAY.plusHours(26).plusMinutes(1));
    execute(timer);

    assertThat(pi).isWaitingAt(Element.TRANSFER_TO_POLICE).hasPassed(Element.MARK_TRANSFER_OVERDUE,
        Element.END_TRANSFER_OVERDUE_MARKED);
    Assertions.assertThat(row(pi).isTransferOverdue()).isTrue();
    Assertions.assertThat(task(pi).getPriority()).isEqualTo(RAISED_PRIORITY);

    rejected(() -> complete(task(pi), withVariables(Var.POLICE_UNIT.name(), "")), "policeUnit");
    transferToPolice(pi);
    assertThat(pi).isWaitingAt(Element.RECORD_POLICE_DECISION);
    Assertions.assertThat(row(pi).getTransferredAt()).isEqualTo(MONDAY.plusHours(26).plusMinutes(1));
  }

  @Test
  void noPoliceDecisionAfterThreeDaysPromptsTheOfficersToChase() {
    ProcessInstance pi = transferred();
    Job timer = timer(pi, Element.POLICE_DECISION_REMINDER_TIMER);
    Assertions.assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 5, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 6, 9, 0));
    execute(timer);

    assertThat(pi).isWaitingAt(Element.RECORD_POLICE_DECISION).hasPassed(Element.REMIND_POLICE_DECISION,
        Element.END_POLICE_REMINDED);
    Assertions.assertThat(row(pi).getPoliceRemindedAt()).isEqualTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    Assertions.assertThat(task(pi).getPriority()).isEqualTo(RAISED_PRIORITY);

    complete(task(pi), withVariables(Var.POLICE_DECISION.name(), "ACCEPTED"));
    assertThat(pi).isEnded().hasPassed(Element.END_ACCEPTED);
    assertOutcome(pi, "ACCEPTED");
  }

  // ---------------------------------------------------------------- refusal and reconsideration (Art.9)

  @Test
  void refusedWithoutReconsiderationReturns() {
    ProcessInstance pi = refused();

    rejected(() -> complete(task(pi), withVariables(Var.REQUEST_RECONSIDERATION.name(), false)),
        "reconsiderationNote");
    complete(task(pi), withVariables(Var.REQUEST_RECONSIDERATION.name(), false,
        Var.RECONSIDERATION_NOTE.name(), "公安机关意见成立，转行政处罚"));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED).hasNotPassed(Element.RECORD_RECONSIDERATION);
    assertOutcome(pi, "RETURNED");
    CriminalTransfer transfer = row(pi);
    Assertions.assertThat(transfer.getStatus()).isEqualTo(TransferStatus.RETURNED);
    Assertions.assertThat(transfer.getReconsiderationRequested()).isFalse();
    Assertions.assertThat(transfer.getOutcome()).isEqualTo(TransferOutcome.RETURNED);
    Assertions.assertThat(transferAction().getOutcome()).isEqualTo("RETURNED");
  }

  @Test
  void reconsiderationAcceptedByThePoliceEndsAccepted() {
    ProcessInstance pi = reconsiderationRequested();

    complete(task(pi), withVariables(Var.RECONSIDERATION_DECISION.name(), "ACCEPTED"));

    assertThat(pi).isEnded().hasPassed(Element.END_ACCEPTED);
    assertOutcome(pi, "ACCEPTED");
    CriminalTransfer transfer = row(pi);
    Assertions.assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
    Assertions.assertThat(transfer.getPoliceDecision()).isEqualTo(PoliceDecision.REFUSED);
    Assertions.assertThat(transfer.getReconsiderationDecision()).isEqualTo(PoliceDecision.ACCEPTED);
    Assertions.assertThat(transferAction().getOutcome()).isEqualTo("ACCEPTED");
  }

  @Test
  void reconsiderationRefusedByThePoliceReturns() {
    ProcessInstance pi = reconsiderationRequested();

    rejected(() -> complete(task(pi), withVariables(Var.RECONSIDERATION_DECISION.name(), "REFUSED")),
        "reconsiderationReason");
    complete(task(pi), withVariables(Var.RECONSIDERATION_DECISION.name(), "REFUSED",
        Var.RECONSIDERATION_REASON.name(), "复议维持不予立案决定"));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED);
    assertOutcome(pi, "RETURNED");
    CriminalTransfer transfer = row(pi);
    Assertions.assertThat(transfer.getStatus()).isEqualTo(TransferStatus.RETURNED);
    Assertions.assertThat(transfer.getReconsiderationReason()).isEqualTo("复议维持不予立案决定");
    Assertions.assertThat(transfer.getOutcome()).isEqualTo(TransferOutcome.RETURNED);
  }

  /**
   * The decisions the gateways read live for their command only (issue 15); what a later form shows stays: the report
   * (approval form), the police unit and reason (decision and reconsideration forms), the reconsideration note.
   */
  @Test
  void decisionsAreNotKeptAsVariablesWhatLaterFormsShowIs() {
    ProcessInstance pi = reconsiderationRequested();
    List<String> decisions = List.of(Var.APPROVAL_DECISION.name(), Var.APPROVAL_NOTE.name(),
        Var.POLICE_DECISION.name(), Var.REQUEST_RECONSIDERATION.name(), Var.RECONSIDERATION_DECISION.name(),
        Var.RECONSIDERATION_REASON.name());
    Assertions.assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(decisions.toArray(String[]::new))
        .containsKeys(Var.REPORT_FACTS.name(), Var.SUSPECTED_OFFENCE.name(), Var.POLICE_UNIT.name(),
            Var.POLICE_REASON.name(), Var.RECONSIDERATION_NOTE.name());

    complete(task(pi), withVariables(Var.RECONSIDERATION_DECISION.name(), "REFUSED",
        Var.RECONSIDERATION_REASON.name(), "复议维持不予立案决定"));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED);
    Assertions.assertThat(row(pi).getReconsiderationReason()).isEqualTo("复议维持不予立案决定");
    Assertions.assertThat(new EngineVariableRows(jdbc).history(pi.getId())).doesNotContainAnyElementsOf(decisions)
        .contains(Var.TRANSFER_OUTCOME.name(), Var.POLICE_REASON.name(), Var.RECONSIDERATION_NOTE.name());
  }

  // ---------------------------------------------------------------- the driver other tests use

  @Test
  void theDriverTakesAnInstanceToEitherEnd() {
    CriminalTransferDriver driver = new CriminalTransferDriver(engine, OFFICER_A, OFFICER_B);
    ProcessInstance accepted = start();
    driver.toAccepted(driver.byBusinessKey(clueNo));
    assertThat(accepted).isEnded();
    assertOutcome(accepted, "ACCEPTED");

    setUp();
    ProcessInstance returned = start();
    report(returned);
    driver.toReturned(driver.byBusinessKey(clueNo));
    assertThat(returned).isEnded().hasPassed(Element.END_REJECTED);
    assertOutcome(returned, "RETURNED");

    setUp();
    ProcessInstance refused = start();
    driver.toReturnedByPolice(driver.byBusinessKey(clueNo));
    assertThat(refused).isEnded().hasPassed(Element.END_RETURNED);
    assertOutcome(refused, "RETURNED");
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start() {
    Map<String, Object> in = new HashMap<>();
    in.put(Var.CLUE_ID.name(), clueId);
    in.put(Var.CLUE_NO.name(), clueNo);
    in.put(Var.CASE_ID.name(), null);
    in.put(Var.SUBJECT_ID.name(), null);
    in.put(Var.HANDLING_UNIT.name(), UNIT);
    in.put(Var.HANDLING_UNIT_HEAD.name(), HEAD);
    in.put(Var.HANDLING_UNIT_NAME.name(), "宝山区市场监督管理局");
    return runtimeService.startProcessInstanceByKey(TransferProcess.PROCESS_KEY, clueNo, in);
  }

  private static Map<String, Object> reportBy(String officer1, String officer2) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.OFFICER1.name(), officer1);
    v.put(Var.OFFICER2.name(), officer2);
    v.put(Var.SUSPECTED_OFFENCE.name(), "销售假冒注册商标的商品罪");
    v.put(Var.REPORT_FACTS.name(), "当事人在直播间销售假冒LV箱包，经商标权利人鉴定均为假冒，违法经营额52万元");
    v.put(Var.ILLEGAL_TURNOVER.name(), 520000L);
    return v;
  }

  private void report(ProcessInstance pi) {
    complete(task(Element.REPORT_TRANSFER, pi), reportBy(OFFICER_A, OFFICER_B));
  }

  private void approve(ProcessInstance pi) {
    complete(task(Element.APPROVE_TRANSFER, pi), withVariables(Var.APPROVAL_DECISION.name(), TransferProcess.APPROVE,
        Var.APPROVAL_NOTE.name(), "同意移送宝山公安分局"));
  }

  private void transferToPolice(ProcessInstance pi) {
    complete(task(Element.TRANSFER_TO_POLICE, pi),
        withVariables(Var.POLICE_UNIT.name(), CriminalTransferDriver.POLICE_UNIT));
  }

  /** Reported and approved Monday, transferred Monday 14:00. */
  private ProcessInstance transferred() {
    ProcessInstance pi = start();
    report(pi);
    approve(pi);
    at(MONDAY.plusHours(4));
    transferToPolice(pi);
    return pi;
  }

  private ProcessInstance refused() {
    ProcessInstance pi = transferred();
    rejected(() -> complete(task(pi), withVariables(Var.POLICE_DECISION.name(), "REFUSED")), "policeReason");
    rejected(() -> complete(task(pi), withVariables(Var.POLICE_DECISION.name(), "")), "policeDecision");
    at(MONDAY.plusDays(2));
    complete(task(pi), withVariables(Var.POLICE_DECISION.name(), "REFUSED",
        Var.POLICE_REASON.name(), "认为违法经营额计算有误，未达立案追诉标准"));
    Task decide = task(Element.DECIDE_RECONSIDERATION, pi);
    assertThat(decide).hasCandidateGroup(HEAD);
    // refusal recorded Wed 4 March: 3 days end Sat 7 March, a rest day, so reconsideration may be requested until
    // the end of Mon 9 March (Art.9, 期间 rule; the old rule gave Sat 7 March)
    Assertions.assertThat(Times.toLocal(decide.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(row(pi).getStatus()).isEqualTo(TransferStatus.REFUSED);
    Assertions.assertThat(row(pi).getPoliceReason()).isEqualTo("认为违法经营额计算有误，未达立案追诉标准");
    return pi;
  }

  private ProcessInstance reconsiderationRequested() {
    ProcessInstance pi = refused();
    complete(task(pi), withVariables(Var.REQUEST_RECONSIDERATION.name(), true,
        Var.RECONSIDERATION_NOTE.name(), "订单数据显示违法经营额52万元，已达追诉标准"));
    Task record = task(Element.RECORD_RECONSIDERATION, pi);
    assertThat(record).hasCandidateGroup(UNIT);
    // requested Wed 4 March: the police's 3 days end Sat 7 March -> Mon 9 March (old rule: Sat 7 March)
    Assertions.assertThat(Times.toLocal(record.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(row(pi).getStatus()).isEqualTo(TransferStatus.RECONSIDERATION);
    Assertions.assertThat(row(pi).getReconsiderationRequested()).isTrue();
    return pi;
  }

  private void assertOutcome(ProcessInstance pi, String outcome) {
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(Var.TRANSFER_OUTCOME.name()).singleResult().getValue())
        .isEqualTo(outcome);
  }

  private CriminalTransfer row(ProcessInstance pi) {
    return transfers.findByProcessInstance(pi.getId()).orElseThrow();
  }

  /** The one CRIMINAL_TRANSFER action (移送书) on the clue. */
  private EnforcementAction transferAction() {
    List<EnforcementAction> actions = records.ofClue(clueId);
    Assertions.assertThat(actions).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.CRIMINAL_TRANSFER);
    return actions.get(0);
  }

  /** The instance's jobs due by the engine clock. */
  private List<Job> dueJobs(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
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
