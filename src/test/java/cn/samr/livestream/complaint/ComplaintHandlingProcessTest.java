package cn.samr.livestream.complaint;

import static cn.samr.livestream.complaint.ComplaintFixtures.againstSameSubjects;
import static cn.samr.livestream.complaint.ComplaintFixtures.baoshanMerchant;
import static cn.samr.livestream.complaint.ComplaintFixtures.unknownJurisdiction;
import static cn.samr.livestream.complaint.ComplaintFixtures.withLifeHealthRisk;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.report.DistrictFigures;
import cn.samr.livestream.report.ReportFigures;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of complaint-handling (投诉处理) and remedy-enforcement (督促退赔), driven through their
 * wait states on the real engine and database; timers fire by moving the engine clock. The class must
 * cover at least 90% of the flow nodes ({@link cn.samr.livestream.TestCoverageSettings}).
 */
@ProcessTest(covers = {ComplaintProcess.PROCESS_KEY, RemedyProcess.PROCESS_KEY})
class ComplaintHandlingProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time: no holiday for the next five weeks. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ComplaintIntakeService intake;
  @Autowired ComplaintMapper complaints;
  @Autowired RemedyMapper remedies;
  @Autowired ReferralMapper referrals;
  @Autowired ReportFigures figures;

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- routing

  @Test
  void routesToTheMerchantsDistrictAndSetsTheStatutoryAcceptanceDeadline() {
    ComplaintRequest request = baoshanMerchant(MONDAY);
    ProcessInstance pi = register(request);

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT)
        .hasPassed(Element.PREPARE_ROUTING, Element.DECIDE_ROUTING, Element.APPLY_ROUTING)
        .variables().containsEntry(Var.ROUTING_TARGET.name(), "DISTRICT")
        .containsEntry(Var.HANDLING_UNIT.name(), "district-310113")
        .containsEntry(Var.HANDLING_UNIT_HEAD.name(), "district-310113-head")
        .doesNotContainKeys("pii_complainantName", "complainantPhone");
    Task acceptance = task(Element.ACCEPT_COMPLAINT, pi);
    assertThat(acceptance).hasCandidateGroup("district-310113");
    // received Mon 2 March: 7 working days end on Wed 11 March
    LocalDateTime due = LocalDateTime.of(2026, 3, 11, 23, 59, 59);
    Assertions.assertThat(Times.toLocal(acceptance.getDueDate())).isEqualTo(due);
    Complaint record = record(pi);
    Assertions.assertThat(record.getAcceptanceDue()).isEqualTo(due);
    Assertions.assertThat(record.getJurisdiction()).isEqualTo("310113");
    Assertions.assertThat(record.getStatus()).isEqualTo(ComplaintStatus.AWAITING_ACCEPTANCE);
    Assertions.assertThat(complaints.findEvents(record.getId())).extracting(RecordEvent::getStep)
        .containsExactly("ROUTING");
    // the task list's columns: the merchant is the party; a complaint has no violation category
    Assertions.assertThat(taskService.getVariablesLocal(acceptance.getId()))
        .containsEntry(TaskListColumns.NUMBER, pi.getBusinessKey())
        .containsEntry(TaskListColumns.SUBJECT, request.subjects().merchant().name())
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局")
        .doesNotContainKey(TaskListColumns.CATEGORY);
  }

  @Test
  void riskToLifeOrHealthGoesToTheEnforcementCorps() {
    ProcessInstance pi = register(withLifeHealthRisk(baoshanMerchant(MONDAY)));

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT).variables()
        .containsEntry(Var.ROUTING_TARGET.name(), "ENFORCEMENT_CORPS")
        .containsEntry(Var.HANDLING_UNIT_HEAD.name(), "enforcement-corps-head");
    assertThat(task(Element.ACCEPT_COMPLAINT, pi)).hasCandidateGroup("enforcement-corps");
  }

  @Test
  void aThirdComplaintAgainstTheSameSubjectWithin90DaysGoesToTheEnforcementCorps() {
    ComplaintRequest first = baoshanMerchant(MONDAY.minusDays(80));
    assertThat(register(first)).variables().containsEntry(Var.ROUTING_TARGET.name(), "DISTRICT");
    assertThat(register(againstSameSubjects(first, MONDAY.minusDays(10)))).variables()
        .containsEntry(Var.ROUTING_TARGET.name(), "DISTRICT");

    ProcessInstance third = register(againstSameSubjects(first, MONDAY));

    // the count is the routing table's input only for that command; the note the officers read keeps it
    assertThat(third).variables().doesNotContainKey(Var.REPEAT_COMPLAINTS_90D.name())
        .containsEntry(Var.ROUTING_TARGET.name(), "ENFORCEMENT_CORPS")
        .containsEntry(Var.ROUTING_NOTE.name(), "重点、反复投诉（90日内同一对象被投诉3次），由市局执法总队调查处置");
  }

  @Test
  void unknownJurisdictionIsAssignedByTheComplaintCentre() {
    ProcessInstance pi = register(unknownJurisdiction(MONDAY));

    assertThat(pi).isWaitingAt(Element.ASSIGN_JURISDICTION).variables()
        .containsEntry(Var.ROUTING_TARGET.name(), "COMPLAINT_CENTRE");
    assertThat(task(pi)).hasCandidateGroup("complaint-centre");
    Assertions.assertThat(record(pi).getStatus()).isEqualTo(ComplaintStatus.AWAITING_ASSIGNMENT);

    complete(task(pi), withVariables(Var.ASSIGNED_UNIT.name(), "district-310115",
        Var.ASSIGNMENT_NOTE.name(), "直播间运营者住所在浦东新区"));

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);
    assertThat(task(pi)).hasCandidateGroup("district-310115");
    Assertions.assertThat(record(pi).getHandlingUnit()).isEqualTo("district-310115");
  }

  @Test
  void theComplaintCentreMustNameAKnownUnitAndGiveItsReason() {
    ProcessInstance pi = register(unknownJurisdiction(MONDAY));

    rejected(() -> complete(task(pi), withVariables(Var.ASSIGNED_UNIT.name(), "district-999999",
        Var.ASSIGNMENT_NOTE.name(), "")), "assignedUnit", "assignmentNote");
    assertThat(pi).isWaitingAt(Element.ASSIGN_JURISDICTION);
  }

  // ---------------------------------------------------------------- acceptance

  @Test
  void notAcceptedWithReasonIsClosedWithReply() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));

    rejected(() -> complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "REJECT")), "decisionReason");
    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);

    complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "REJECT",
        Var.DECISION_REASON.name(), "属于已经人民法院受理的纠纷（第十五条）"));

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables()
        .containsEntry(Var.OUTCOME.name(), "NOT_ACCEPTED");
    // not accepted: closed within the acceptance limit, 7 working days after Mon 2026-03-02 = Wed 03-11
    Assertions.assertThat(task(Element.CLOSE_COMPLAINT, pi).getDueDate())
        .isEqualTo(Times.toDate(LocalDateTime.of(2026, 3, 11, 23, 59, 59)));
    close(pi);
    assertThat(pi).isEnded().hasPassed(Element.DETERMINE_OUTCOME).hasNotPassed(Element.VERIFY_COMPLAINT);
    Complaint record = record(pi);
    Assertions.assertThat(record.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    Assertions.assertThat(record.getOutcome()).isEqualTo(ComplaintOutcome.NOT_ACCEPTED);
    Assertions.assertThat(record.getClosedOnTime()).isTrue();
  }

  @Test
  void notOurJurisdictionGoesBackToRoutingOnceAndRestartsTheAcceptancePeriod() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    at(MONDAY.plusDays(1));
    complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "NOT_JURISDICTION",
        Var.DECISION_REASON.name(), "经营者已迁至闵行区"));

    assertThat(pi).isWaitingAt(Element.ASSIGN_JURISDICTION);
    rejected(() -> complete(task(pi), withVariables(Var.ASSIGNED_UNIT.name(), "district-310113",
        Var.ASSIGNMENT_NOTE.name(), "仍属宝山")));
    complete(task(pi), withVariables(Var.ASSIGNED_UNIT.name(), "district-310112",
        Var.ASSIGNMENT_NOTE.name(), "经营场所在闵行区"));

    Task acceptance = task(Element.ACCEPT_COMPLAINT, pi);
    assertThat(acceptance).hasCandidateGroup("district-310112");
    // received by Minhang on Tue 3 March: 7 working days end on Thu 12 March
    Assertions.assertThat(Times.toLocal(acceptance.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 12, 23, 59, 59));
    Assertions.assertThat(record(pi).isRerouted()).isTrue();

    rejected(() -> complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "NOT_JURISDICTION",
        Var.DECISION_REASON.name(), "也不属闵行")), "acceptanceDecision");
    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT);
  }

  @Test
  void reminderTwoWorkingDaysBeforeTheDeadlineRaisesTheTaskPriority() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    Job reminder = timer(pi, Element.ACCEPTANCE_REMINDER_TIMER);
    // 5 working days after Mon 2 March: end of Mon 9 March
    Assertions.assertThat(Times.toLocal(reminder.getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 10, 0, 0));
    execute(reminder);

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT).hasPassed(Element.SEND_ACCEPTANCE_REMINDER,
        Element.END_REMINDER_SENT);
    Assertions.assertThat(task(Element.ACCEPT_COMPLAINT, pi).getPriority()).isEqualTo(80);
    Assertions.assertThat(steps(pi)).contains("ACCEPTANCE_REMINDER");
    // the job log keeps the timer that fired, not the creation of the others (nor the reminder's own)
    Assertions.assertThat(engine.getHistoryService().createHistoricJobLogQuery()
            .processInstanceId(pi.getId()).list())
        .extracting(HistoricJobLog::getJobId, HistoricJobLog::isSuccessLog)
        .containsExactly(Assertions.tuple(reminder.getId(), true));
  }

  @Test
  void breachOfTheAcceptanceDeadlineEscalatesToTheUnitHeadAndClosesLate() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    at(LocalDateTime.of(2026, 3, 12, 9, 0));
    execute(timer(pi, Element.ACCEPTANCE_DEADLINE_TIMER));

    assertThat(pi).isWaitingAt(Element.ACCEPT_COMPLAINT, Element.SUPERVISE_OVERDUE_ACCEPTANCE);
    Task supervision = task(Element.SUPERVISE_OVERDUE_ACCEPTANCE, pi);
    assertThat(supervision).hasCandidateGroup("district-310113-head");
    Assertions.assertThat(record(pi).isAcceptanceOverdue()).isTrue();

    complete(supervision, withVariables(Var.SUPERVISION_NOTE.name(), "立即作出受理决定并说明超期原因"));
    complete(task(Element.ACCEPT_COMPLAINT, pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "REJECT",
        Var.DECISION_REASON.name(), "不属于市场监管部门职责"));
    close(pi);

    assertThat(pi).isEnded().hasPassed(Element.END_OVERDUE_SUPERVISED);
    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
    Assertions.assertThat(steps(pi)).contains("ACCEPTANCE_OVERDUE", "OVERDUE_SUPERVISION");
  }

  // ---------------------------------------------------------------- verification

  @Test
  void notSubstantiatedIsClosed() {
    ProcessInstance pi = acceptedComplaint();
    Task verification = task(Element.VERIFY_COMPLAINT, pi);
    Assertions.assertThat(record(pi).getMediationDeadline()).isEqualTo(Times.toLocal(verification.getDueDate()));

    complete(verification, findings(false));

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).hasNotPassed(Element.REMEDY_ENFORCEMENT)
        .variables().containsEntry(Var.OUTCOME.name(), "NOT_SUBSTANTIATED");
    close(pi);
    assertThat(pi).isEnded();
    Assertions.assertThat(complaints.findFinding(record(pi).getId()).orElseThrow().isSubstantiated()).isFalse();
  }

  @Test
  void substantiatedWithoutRemedyIsResolved() {
    ProcessInstance pi = acceptedComplaint();

    java.util.Date mediationLimit = task(Element.VERIFY_COMPLAINT, pi).getDueDate();
    complete(task(pi), findings(true));

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "RESOLVED");
    // accepted: closed within the 45 working days of mediation (Art.21(五)), the limit the on-time figure uses
    Assertions.assertThat(task(Element.CLOSE_COMPLAINT, pi).getDueDate()).isEqualTo(mediationLimit);
  }

  /** The referral runs in a transaction of its own (ComplaintReferralTest follows it into clue-verification). */
  @Test
  void aViolationClueWaitsForItsReferral() {
    ProcessInstance pi = acceptedComplaint();
    Map<String, Object> findings = findings(true);
    findings.put(Var.VIOLATION_CLUE_FOUND.name(), true);
    findings.put(Var.CLUE_CATEGORY.name(), "ADVERTISING");
    findings.put(Var.CLUE_DESCRIPTION.name(), "直播中宣称化妆品可治疗湿疹");

    complete(task(pi), findings);

    assertThat(pi).isWaitingAt(Element.REFER_VIOLATION_CLUE);
    assertThat(job(Element.REFER_VIOLATION_CLUE, pi)).isNotNull();
    ComplaintFinding finding = complaints.findFinding(record(pi).getId()).orElseThrow();
    Assertions.assertThat(finding.getClueCategory().name()).isEqualTo("ADVERTISING");
    Assertions.assertThat(referrals.findByComplaint(record(pi).getId())).isEmpty();

    execute(job(Element.REFER_VIOLATION_CLUE, pi));
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "REFERRED");
    Assertions.assertThat(referrals.findByComplaint(record(pi).getId())).hasSize(1);
  }

  @Test
  void verificationNeedsFactsAndAPartyForEveryRemedy() {
    ProcessInstance pi = acceptedComplaint();
    Map<String, Object> incomplete = findings(true);
    incomplete.put(Var.FACTS.name(), "");
    incomplete.put(Var.REMEDY_REFUND.name(), true);
    incomplete.put(Var.AMOUNT_OWED.name(), 0);

    rejected(() -> complete(task(pi), incomplete), "facts", "owedByMerchant", "amountOwed");
    assertThat(pi).isWaitingAt(Element.VERIFY_COMPLAINT);
    Assertions.assertThat(complaints.findFinding(record(pi).getId())).isEmpty();
  }

  // ---------------------------------------------------------------- remedy enforcement

  @Test
  void eachResponsiblePartyIsNoticedAndPaysWithinTheDeadline() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), remedyOwedBy(Var.OWED_BY_MERCHANT.name(), Var.OWED_BY_PLATFORM.name()));

    assertThat(pi).isWaitingAt(Element.REMEDY_ENFORCEMENT);
    List<ProcessInstance> parties = remedyInstances(pi);
    Assertions.assertThat(parties).hasSize(2);
    List<String> named = complaints.findSubjects(record(pi).getId()).stream()
        .filter(s -> s.getRole() != PartyRole.STREAMER).map(s -> s.getSubject().getName()).toList();
    List<Object> partyColumns = new ArrayList<>();
    for (ProcessInstance party : parties) {
      assertThat(party).isWaitingAt(RemedyProcess.Element.CONFIRM_FULFILMENT).hasBusinessKey(pi.getBusinessKey());
      Task confirm = task(party);
      assertThat(confirm).hasCandidateGroup("district-310113");
      Map<String, Object> columns = taskService.getVariablesLocal(confirm.getId());
      Assertions.assertThat(columns).containsEntry(TaskListColumns.NUMBER, pi.getBusinessKey())
          .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
      partyColumns.add(columns.get(TaskListColumns.SUBJECT));
      complete(confirm, fulfilled(149.5));
      assertThat(party).isEnded().hasPassed(RemedyProcess.Element.END_FULFILLED);
    }
    // each party's tasks name that party: the merchant's and the platform's
    Assertions.assertThat(partyColumns).hasSize(2).containsExactlyInAnyOrderElementsOf(named);

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "MEDIATED_PAID");
    close(pi);
    assertThat(pi).isEnded();
    List<RemedyObligation> owed = remedies.findByComplaint(record(pi).getId());
    Assertions.assertThat(owed).extracting(RemedyObligation::getPartyRole)
        .containsExactlyInAnyOrder(PartyRole.MERCHANT, PartyRole.PLATFORM);
    Assertions.assertThat(owed).allSatisfy(r -> {
      Assertions.assertThat(r.getStatus()).isEqualTo(RemedyStatus.FULFILLED);
      Assertions.assertThat(r.getFulfilledAmount()).isEqualByComparingTo("149.5");
      Assertions.assertThat(r.getAmountOwed()).isEqualByComparingTo("299");
      // 10 working days after the notice of Tue 3 March: Tue 17 March
      Assertions.assertThat(r.getDeadline()).isEqualTo(LocalDateTime.of(2026, 3, 17, 23, 59, 59));
    });
    Assertions.assertThat(record(pi).getClosedOnTime()).isTrue();
  }

  @Test
  void anOutrightRefusalIsReferredForEnforcement() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), remedyOwedBy(Var.OWED_BY_STREAMER.name()));
    ProcessInstance party = remedyInstances(pi).get(0);

    rejected(() -> complete(task(party), withVariables(
        RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "REFUSED")), "refusalReason");
    complete(task(party), withVariables(RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "REFUSED",
        RemedyProcess.Var.REFUSAL_REASON.name(), "主播称已离职，拒绝承担任何责任"));

    assertThat(party).isWaitingAt(RemedyProcess.Element.REFER_REFUSAL);
    assertThat(pi).isWaitingAt(Element.REMEDY_ENFORCEMENT);
    RemedyObligation remedy = remedies.findByComplaint(record(pi).getId()).get(0);
    Assertions.assertThat(remedy.getStatus()).isEqualTo(RemedyStatus.NOTIFIED);
    Assertions.assertThat(remedy.getRefusalReason()).isEqualTo("主播称已离职，拒绝承担任何责任");

    // the referral's own transaction (followed into clue-verification by ComplaintReferralTest)
    execute(job(RemedyProcess.Element.REFER_REFUSAL, party));
    assertThat(party).isEnded().hasPassed(RemedyProcess.Element.END_REFERRED);
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "REFERRED");
    Assertions.assertThat(remedies.findByComplaint(record(pi).getId()).get(0).getStatus())
        .isEqualTo(RemedyStatus.REFERRED);
  }

  @Test
  void afterTheDeadlineThePartyIsUrgedAndPays() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), remedyOwedBy(Var.OWED_BY_MERCHANT.name()));
    ProcessInstance party = remedyInstances(pi).get(0);

    at(LocalDateTime.of(2026, 3, 18, 9, 0));
    execute(timer(party, RemedyProcess.Element.REMEDY_DEADLINE_TIMER));
    assertThat(party).isWaitingAt(RemedyProcess.Element.URGE_REMEDY);
    // urging is due by the mediation limit, where the boundary timer ends the enforcement
    Assertions.assertThat(task(party).getDueDate()).isEqualTo(timer(pi, Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER).getDuedate());

    Map<String, Object> urged = fulfilled(299);
    rejected(() -> complete(task(party), urged), "urgeNote");
    urged.put(RemedyProcess.Var.URGE_NOTE.name(), "电话督促商家，商家承诺当日退款");
    complete(task(party), urged);

    assertThat(party).isEnded().hasPassed(RemedyProcess.Element.END_FULFILLED);
    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "MEDIATED_PAID");
    RemedyObligation remedy = remedies.findByComplaint(record(pi).getId()).get(0);
    Assertions.assertThat(remedy.getUrgedAt()).isNotNull();
    Assertions.assertThat(remedy.getStatus()).isEqualTo(RemedyStatus.FULFILLED);
  }

  @Test
  void aPartyThatStillDelaysAfterUrgingIsReferred() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), remedyOwedBy(Var.OWED_BY_MERCHANT.name()));
    ProcessInstance party = remedyInstances(pi).get(0);
    at(LocalDateTime.of(2026, 3, 18, 9, 0));
    execute(timer(party, RemedyProcess.Element.REMEDY_DEADLINE_TIMER));

    complete(task(party), withVariables(RemedyProcess.Var.URGE_NOTE.name(), "两次电话督促均无回应",
        RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "REFUSED",
        RemedyProcess.Var.REFUSAL_REASON.name(), "商家故意拖延，逾期仍未退款"));

    assertThat(party).hasPassed(RemedyProcess.Element.URGE_REMEDY).isWaitingAt(RemedyProcess.Element.REFER_REFUSAL);
    Assertions.assertThat(remedies.findByComplaint(record(pi).getId()).get(0).getStatus()).isEqualTo(RemedyStatus.URGED);
  }

  // ---------------------------------------------------------------- mediation limit

  @Test
  void mediationEndsAfter45WorkingDaysOfVerificationAndThePartiesAreTold() {
    ProcessInstance pi = acceptedComplaint();
    Job limit = timer(pi, Element.MEDIATION_LIMIT_TIMER);
    Assertions.assertThat(limit.getDuedate()).isEqualTo(task(Element.VERIFY_COMPLAINT, pi).getDueDate());

    at(Times.toLocal(limit.getDuedate()).plusSeconds(1));
    execute(limit);

    assertThat(pi).isWaitingAt(Element.NOTIFY_MEDIATION_ENDED).hasPassed(Element.TERMINATE_MEDIATION);
    Assertions.assertThat(complaints.findFinding(record(pi).getId())).isEmpty();
    Task notice = task(Element.NOTIFY_MEDIATION_ENDED, pi);
    Assertions.assertThat(notice.getDueDate()).isAfter(limit.getDuedate());
    complete(notice, withVariables(Var.NOTIFIED_ON.name(), today(), Var.NOTIFICATION_METHOD.name(), "PHONE",
        Var.NOTIFICATION_NOTE.name(), "已电话告知双方终止调解，可依法申请仲裁或提起诉讼"));

    assertThat(pi).isWaitingAt(Element.CLOSE_COMPLAINT).variables().containsEntry(Var.OUTCOME.name(), "MEDIATION_ENDED");
    // mediation ended: closed within the same 7 working days as the notice (Art.21)
    Assertions.assertThat(task(Element.CLOSE_COMPLAINT, pi).getDueDate()).isEqualTo(notice.getDueDate());
    close(pi);
    Complaint record = record(pi);
    Assertions.assertThat(record.getOutcome()).isEqualTo(ComplaintOutcome.MEDIATION_ENDED);
    Assertions.assertThat(record.getClosedOnTime()).isTrue();
  }

  @Test
  void mediationLimitDuringRemedyEnforcementEndsTheOpenObligations() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), remedyOwedBy(Var.OWED_BY_MERCHANT.name()));
    ProcessInstance party = remedyInstances(pi).get(0);
    Job limit = timer(pi, Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER);

    at(Times.toLocal(limit.getDuedate()).plusSeconds(1));
    execute(limit);

    assertThat(party).isEnded();
    assertThat(pi).isWaitingAt(Element.NOTIFY_MEDIATION_ENDED);
    Assertions.assertThat(remedies.findByComplaint(record(pi).getId()).get(0).getStatus())
        .isEqualTo(RemedyStatus.ENDED);
  }

  @Test
  void aLateNoticeOfTheEndOfMediationClosesLate() {
    ProcessInstance pi = acceptedComplaint();
    Job limit = timer(pi, Element.MEDIATION_LIMIT_TIMER);
    LocalDateTime ended = Times.toLocal(limit.getDuedate()).plusSeconds(1);
    at(ended);
    execute(limit);
    at(ended.plusDays(20));

    complete(task(pi), withVariables(Var.NOTIFIED_ON.name(), today(), Var.NOTIFICATION_METHOD.name(), "LETTER"));
    close(pi);

    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
  }

  // ---------------------------------------------------------------- on time (按时办结): every step, closing included

  @Test
  void acceptedInTimeAndClosedWithinTheMediationPeriodIsOnTime() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), findings(false));
    // the last day of the 45 working days
    at(record(pi).getMediationDeadline().minusHours(1));
    close(pi);
    Assertions.assertThat(record(pi).getClosedOnTime()).isTrue();
  }

  /** Closed months after the 45 working days ran out: late, and the month's figures count it as late. */
  @Test
  void aComplaintClosedMonthsLateIsLateInTheMonthlyFigures() {
    ProcessInstance pi = acceptedComplaint();
    complete(task(pi), findings(false));
    LocalDateTime months = LocalDateTime.of(2026, 9, 15, 10, 0);
    Assertions.assertThat(record(pi).getMediationDeadline()).isBefore(months);
    at(months);
    DistrictFigures before = figures.compute("district-310113", YearMonth.of(2026, 9));

    close(pi);

    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
    DistrictFigures after = figures.compute("district-310113", YearMonth.of(2026, 9));
    Assertions.assertThat(after.getComplaintsClosed()).isEqualTo(before.getComplaintsClosed() + 1);
    Assertions.assertThat(after.getComplaintsClosedOnTime()).isEqualTo(before.getComplaintsClosedOnTime());
  }

  /** Accepted after the 7 working days while the overdue timer had not yet run (a busy job executor): late. */
  @Test
  void anAcceptanceDecidedAfterItsDeadlineIsLateEvenBeforeTheOverdueTimerRan() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    // due end of Wed 11 March; decided Thu 12 March, the timer still waiting
    at(LocalDateTime.of(2026, 3, 12, 9, 0));
    complete(task(Element.ACCEPT_COMPLAINT, pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    Assertions.assertThat(record(pi).isAcceptanceOverdue()).isFalse();
    complete(task(Element.VERIFY_COMPLAINT, pi), findings(false));
    close(pi);
    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
  }

  /** Not accepted in time, but the complainant told (closed) after the 7 working days (Art.14): late. */
  @Test
  void aRejectionRepliedAfterTheAcceptancePeriodIsLate() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "REJECT",
        Var.DECISION_REASON.name(), "不属于市场监管部门职责"));
    at(LocalDateTime.of(2026, 3, 12, 9, 0));
    close(pi);
    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
  }

  /** The parties were told in time, but the complaint closed after the 7 working days (Art.21): late. */
  @Test
  void aComplaintClosedLateAfterATimelyNoticeOfTheEndOfMediationIsLate() {
    ProcessInstance pi = acceptedComplaint();
    Job limit = timer(pi, Element.MEDIATION_LIMIT_TIMER);
    LocalDateTime ended = Times.toLocal(limit.getDuedate()).plusSeconds(1);
    at(ended);
    execute(limit);
    complete(task(pi), withVariables(Var.NOTIFIED_ON.name(), today(), Var.NOTIFICATION_METHOD.name(), "LETTER"));
    at(ended.plusDays(30));
    close(pi);
    Assertions.assertThat(record(pi).getClosedOnTime()).isFalse();
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance register(ComplaintRequest request) {
    RegisteredComplaint registered = intake.register(request, "test");
    return runtimeService.createProcessInstanceQuery().processInstanceId(registered.processInstanceId()).singleResult();
  }

  /** Received Monday, accepted Tuesday 3 March. */
  private ProcessInstance acceptedComplaint() {
    ProcessInstance pi = register(baoshanMerchant(MONDAY));
    at(MONDAY.plusDays(1));
    complete(task(pi), withVariables(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    assertThat(pi).isWaitingAt(Element.VERIFY_COMPLAINT);
    Assertions.assertThat(record(pi).getAcceptedAt()).isEqualTo(MONDAY.plusDays(1));
    return pi;
  }

  private void close(ProcessInstance pi) {
    complete(task(Element.CLOSE_COMPLAINT, pi), withVariables(Var.REPLIED_ON.name(), today(),
        Var.REPLY_METHOD.name(), "PHONE", Var.REPLY_SUMMARY.name(), "已电话告知投诉人处理结果"));
  }

  private static Map<String, Object> findings(boolean substantiated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.SUBSTANTIATED.name(), substantiated);
    variables.put(Var.FACTS.name(), substantiated ? "经调取直播回放及订单，宣传与实物不符属实" : "商品有合法进口报关单及中文标签");
    variables.put(Var.VIOLATION_CLUE_FOUND.name(), false);
    return variables;
  }

  private static Map<String, Object> remedyOwedBy(String... parties) {
    Map<String, Object> variables = findings(true);
    variables.put(Var.REMEDY_REFUND.name(), true);
    variables.put(Var.AMOUNT_OWED.name(), 299);
    variables.put(Var.REMEDY_WORKING_DAYS.name(), 10);
    for (String party : parties) {
      variables.put(party, true);
    }
    return variables;
  }

  private Map<String, Object> fulfilled(double amount) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "FULFILLED");
    variables.put(RemedyProcess.Var.FULFILLED_AMOUNT.name(), amount);
    variables.put(RemedyProcess.Var.FULFILLED_ON.name(), today());
    return variables;
  }

  private List<ProcessInstance> remedyInstances(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  /** The engine refused the completion: the listener's field errors reach Tasklist as the message. */
  private static void rejected(ThrowingCallable completion, String... fields) {
    var failure = assertThatThrownBy(completion).isInstanceOf(ProcessEngineException.class)
        .hasRootCauseInstanceOf(InvalidInputException.class);
    for (String field : fields) {
      failure.hasMessageContaining(field + ":");
    }
  }

  private Complaint record(ProcessInstance pi) {
    return complaints.findByNo(pi.getBusinessKey()).orElseThrow();
  }

  private List<String> steps(ProcessInstance pi) {
    return complaints.findEvents(record(pi).getId()).stream().map(RecordEvent::getStep).toList();
  }

  private static String today() {
    return LocalDate.now(Times.engineClock()).toString();
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
