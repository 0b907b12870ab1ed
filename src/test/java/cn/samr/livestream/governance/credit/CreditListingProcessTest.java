package cn.samr.livestream.governance.credit;

import static cn.samr.livestream.governance.credit.CreditFixtures.BAOSHAN;
import static cn.samr.livestream.governance.credit.CreditFixtures.BAOSHAN_HEADS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.credit.CreditListingProcess.Element;
import cn.samr.livestream.governance.credit.CreditListingProcess.Message;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of credit-listing (信用名单列入与移出), driven through its wait states with the engine clock moved:
 * the serious list from a head's proposal (notice, statement period, approval, higher approval, decision,
 * publication, joint-punishment notices with reminder and overdue, early removal refused, the expiry with measures
 * still running, the expiry removal), from a case's penalty decision, refused by the head or the higher department,
 * revoked, removed early; the abnormal list (the 10-working-day decision deadline, publication overdue, objections
 * not accepted, dismissed and upheld, the three-year review, removal applications granted and refused).
 */
@ProcessTest(covers = CreditListingProcess.PROCESS_KEY)
class CreditListingProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CreditListingMapper listings;
  @Autowired CreditClassMapper classChanges;
  @Autowired CreditListingIntakeService intake;
  @Autowired CreditRequestService requests;
  @Autowired GovernanceEvents events;
  @Autowired SubjectRegistry subjects;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- the serious list

  @Test
  void aHeadListsASeriousOffenderWhoStaysListedUntilTheMeasuresEnd() {
    long subjectId = CreditFixtures.company(subjects, "上海某科技开发有限公司", "310113");
    String caseNo = CreditFixtures.decidedCase(jdbc, subjectId, BAOSHAN, MONDAY.minusDays(20));
    ProcessInstance pi = proposeByForm(seriousForm(caseNo));

    CreditListing listing = listing(pi);
    assertThat(pi).isWaitingAt(Element.ISSUE_NOTICE).hasBusinessKey(listing.getListingNo());
    Assertions.assertThat(listing.getListingNo()).matches("XY-20260302-\\d{5}");
    Assertions.assertThat(listing.getOrigin()).isEqualTo(ListingOrigin.HEAD);
    Assertions.assertThat(listing.getStatus()).isEqualTo(ListingStatus.NOTICE);
    Assertions.assertThat(listing.getBasisVersion()).isEqualTo("总局令第44号(2021)");
    Assertions.assertThat(listing.getCaseId()).isEqualTo(CreditFixtures.caseId(jdbc, caseNo));
    Assertions.assertThat(listing.getSubjectId()).isEqualTo(subjectId);
    assertThat(task(Element.ISSUE_NOTICE, pi)).hasCandidateGroup(BAOSHAN);
    Assertions.assertThat(taskService.getVariablesLocal(task(Element.ISSUE_NOTICE, pi).getId()))
        .containsEntry(TaskListColumns.NUMBER, listing.getListingNo())
        .containsEntry(TaskListColumns.CATEGORY, "严重违法失信名单");
    assertThat(pi).variables().doesNotContainKeys(Var.REASON.name(), Var.CASE_NO.name(), Var.KIND.name());

    complete(task(Element.ISSUE_NOTICE, pi));
    // notice Mon 2 March: five working days to state, until Mon 9 March
    Task statement = task(Element.RECORD_STATEMENT, pi);
    assertDue(statement, LocalDate.of(2026, 3, 9));
    Assertions.assertThat(action(listing(pi).getNoticeActionId())).startsWith("沪宝山市监信告〔2026〕");
    rejected(() -> complete(statement, withVariables(Var.NO_STATEMENT.name(), true)), Var.NO_STATEMENT.name());
    rejected(() -> complete(statement, withVariables(Var.STATEMENT.name(), " ")), Var.STATEMENT.name());

    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    execute(job(Element.STATEMENT_PERIOD_TIMER, pi));
    assertThat(pi).hasPassed(Element.MARK_STATEMENT_PERIOD_ENDED).isWaitingAt(Element.RECORD_STATEMENT);
    complete(task(Element.RECORD_STATEMENT, pi), withVariables(Var.NO_STATEMENT.name(), true));

    Task approval = task(Element.APPROVE_LISTING, pi);
    assertThat(approval).hasCandidateGroup(BAOSHAN_HEADS);
    // proposed Mon 2 March: the head decides within ten working days (internal), by Mon 16 March
    assertDue(approval, LocalDate.of(2026, 3, 16));
    Map<String, Object> approve = withVariables(Var.LISTING_APPROVED.name(), true, Var.APPROVAL_NOTE.name(),
        "多次虚假宣传，情节严重", "department_DRUGS", true);
    complete(approval, approve);

    Task higher = task(Element.HIGHER_APPROVAL, pi);
    assertThat(higher).hasCandidateGroup("coordination-group-head");
    Assertions.assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.AWAITING_HIGHER_APPROVAL);
    complete(higher, withVariables(Var.HIGHER_APPROVED.name(), true));

    CreditListing listed = listing(pi);
    Assertions.assertThat(listed.getStatus()).isEqualTo(ListingStatus.LISTED);
    Assertions.assertThat(listed.getListedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    Assertions.assertThat(listed.getExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 10));
    Assertions.assertThat(action(listed.getDecisionActionId())).matches("沪宝山市监严列〔2026〕\\d+号");
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getListingFlags()).isEqualTo("SERIOUS_ILLEGAL");
    // the listing commits with the subject's credit risk class (credit-risk-class.dmn: listed → D)
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getCreditClass()).isEqualTo(CreditClass.D);
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getCreditClassReason()).isEqualTo("列入严重违法失信名单");
    // decided Tue 10 March: publication within 20 working days (Qingming 4–6 April off), by Wed 8 April
    assertDue(task(Element.RECORD_PUBLICATION, pi), LocalDate.of(2026, 4, 8));
    Assertions.assertThat(listing(pi).getPublicationDue()).isEqualTo(LocalDateTime.of(2026, 4, 8, 23, 59, 59));

    // the configured departments and the one the head added, each with ten working days (until Tue 24 March)
    List<CreditNotice> notices = listings.findNotices(listed.getId());
    Assertions.assertThat(notices).extracting(CreditNotice::getDepartment).containsExactly(
        Department.DEVELOPMENT_REFORM, Department.TAX, Department.COMMERCE, Department.CYBERSPACE, Department.DRUGS);
    Assertions.assertThat(notices).allSatisfy(n ->
        Assertions.assertThat(n.getFeedbackDue()).isEqualTo(LocalDateTime.of(2026, 3, 24, 23, 59, 59)));
    for (String department : List.of("发展改革部门（社会信用）", "税务部门", "商务部门", "网信部门")) {
      complete(feedback(pi, department), withVariables(Var.FEEDBACK.name(), "已纳入本部门联合惩戒措施"));
    }
    rejected(() -> complete(feedback(pi, "药品监管部门"), withVariables(Var.FEEDBACK.name(), "")), Var.FEEDBACK.name());
    Assertions.assertThat(Times.toLocal(job(Element.FEEDBACK_REMINDER_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 20, 23, 59, 59));
    at(LocalDateTime.of(2026, 3, 21, 9, 0));
    execute(job(Element.FEEDBACK_REMINDER_TIMER, pi));
    Assertions.assertThat(feedback(pi, "药品监管部门").getPriority()).isEqualTo(80);
    at(LocalDateTime.of(2026, 3, 25, 9, 0));
    execute(job(Element.FEEDBACK_OVERDUE_TIMER, pi));
    Assertions.assertThat(feedback(pi, "药品监管部门").getPriority()).isEqualTo(100);
    Assertions.assertThat(notice(listed.getId(), Department.DRUGS).isOverdue()).isTrue();
    complete(feedback(pi, "药品监管部门"), withVariables(Var.FEEDBACK.name(), "暂停其药品网络销售备案"));

    rejected(() -> complete(task(Element.RECORD_PUBLICATION, pi), withVariables(Var.PUBLISHED_ON.name(), "2026-03-27")),
        Var.PUBLISHED_ON.name());
    complete(task(Element.RECORD_PUBLICATION, pi), withVariables(Var.PUBLISHED_ON.name(), "2026-03-25",
        Var.PUBLICATION_NOTE.name(), "国家企业信用信息公示系统（上海）"));
    assertThat(pi).isWaitingAt(Element.AWAIT_SERIOUS_REMOVAL);
    Assertions.assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.PUBLISHED);

    // early removal: not before one year on the list
    rejected(() -> requests.applyForRemoval(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 25), "已缴清罚款"),
        "baoshan-officer"), CreditRequestService.RECEIVED_ON);
    at(LocalDateTime.of(2027, 3, 15, 9, 0));
    CreditListingRequest application = requests.applyForRemoval(listing(pi),
        new PartyRequest(LocalDate.of(2027, 3, 12), "已履行行政处罚决定，消除不良影响"), "baoshan-officer");
    Task decide = task(Element.DECIDE_REMOVAL, pi);
    assertThat(decide).hasCandidateGroup(BAOSHAN_HEADS);
    // received Fri 12 March 2027: decided within 15 working days (no 2027 holiday list: weekends only)
    Assertions.assertThat(Times.toLocal(decide.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2027, 4, 2));
    complete(decide, withVariables(Var.REMOVAL_GRANTED.name(), false, Var.DECISION_NOTE.name(), "不良影响尚未消除"));
    assertThat(pi).isWaitingAt(Element.AWAIT_SERIOUS_REMOVAL);
    Assertions.assertThat(listings.findRequest(application.getId()).orElseThrow().getDecision())
        .isEqualTo(RequestDecision.REFUSED);

    // three years on the list: the measures set by law still run until 30 June 2029
    Assertions.assertThat(job(Element.SERIOUS_EXPIRY_TIMER, pi).getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2029, 3, 10).atStartOfDay(Times.ZONE).toInstant()));
    at(LocalDateTime.of(2029, 3, 10, 0, 5));
    execute(job(Element.SERIOUS_EXPIRY_TIMER, pi));
    Task expiry = task(Element.CONFIRM_EXPIRY_REMOVAL, pi);
    rejected(() -> complete(expiry, withVariables(Var.MEASURES_RUNNING.name(), true, Var.MEASURES_END_ON.name(),
        "2029-03-01")), Var.MEASURES_END_ON.name());
    complete(expiry, withVariables(Var.MEASURES_RUNNING.name(), true, Var.MEASURES_END_ON.name(), "2029-06-30"));
    assertThat(pi).isWaitingAt(Element.AWAIT_SERIOUS_REMOVAL);
    Assertions.assertThat(listing(pi).getExpiresOn()).isEqualTo(LocalDate.of(2029, 6, 30));

    at(LocalDateTime.of(2029, 6, 30, 8, 0));
    execute(job(Element.SERIOUS_EXPIRY_TIMER, pi));
    complete(task(Element.CONFIRM_EXPIRY_REMOVAL, pi), withVariables(Var.MEASURES_RUNNING.name(), false));

    CreditListing removed = listing(pi);
    Assertions.assertThat(removed.getStatus()).isEqualTo(ListingStatus.REMOVED);
    Assertions.assertThat(removed.getRemovalReason()).isEqualTo(RemovalReason.EXPIRED);
    Assertions.assertThat(removed.getRemovedOn()).isEqualTo(LocalDate.of(2029, 6, 30));
    Assertions.assertThat(action(removed.getRemovalActionId())).startsWith("沪宝山市监严移〔2029〕");
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getListingFlags()).isNull();
    Assertions.assertThat(listings.findNotices(removed.getId())).allSatisfy(n ->
        Assertions.assertThat(n.getLiftedNoticeAt()).isEqualTo(LocalDateTime.of(2029, 6, 30, 8, 0)));
    complete(task(Element.RECORD_PUBLICITY_STOPPED, pi), withVariables(Var.PUBLICITY_STOPPED_ON.name(), "2029-06-30"));

    assertThat(pi).isEnded().hasPassed(Element.END_REMOVED);
    Assertions.assertThat(listing(pi).getPublicityStoppedOn()).isEqualTo(LocalDate.of(2029, 6, 30));
    Assertions.assertThat(steps(pi)).containsExactly("PROPOSED", "NOTICE_ISSUED", "STATEMENT_PERIOD_ENDED", "STATEMENT",
        "APPROVAL", "HIGHER_APPROVAL", "LISTED", "CREDIT_NOTICE_SENT", "CREDIT_NOTICE_SENT", "CREDIT_NOTICE_SENT",
        "CREDIT_NOTICE_SENT", "CREDIT_NOTICE_SENT", "CREDIT_FEEDBACK", "CREDIT_FEEDBACK", "CREDIT_FEEDBACK",
        "CREDIT_FEEDBACK", "CREDIT_FEEDBACK_REMINDER", "CREDIT_FEEDBACK_OVERDUE", "CREDIT_FEEDBACK", "PUBLISHED",
        "REMOVAL_APPLIED", "REMOVAL_DECISION", "EXPIRY_CHECKED", "EXPIRY_CHECKED", "REMOVED", "PUBLICITY_STOPPED");
    // the form fields lived for their command only (issue 15)
    Assertions.assertThat(new EngineVariableRows(jdbc).history(pi.getId())).doesNotContain(Var.REASON.name(),
        Var.STATEMENT.name(), Var.NO_STATEMENT.name(), Var.LISTING_APPROVED.name(), Var.APPROVAL_NOTE.name(),
        "department_DRUGS", Var.FEEDBACK.name(), Var.PUBLISHED_ON.name(), Var.MEASURES_RUNNING.name(),
        Var.DECISION_NOTE.name());
  }

  @Test
  void aCasesPenaltyDecisionProposesTheListingWithoutANoticeAndTheHeadMayRefuse() {
    long subjectId = CreditFixtures.company(subjects, "上海某医院有限公司", "310113");
    String caseNo = CreditFixtures.decidedCase(jdbc, subjectId, BAOSHAN, MONDAY.minusDays(3));
    ProcessInstance pi = runtimeService.createMessageCorrelation(Message.CREDIT_LISTING_PROPOSED)
        .setVariable(Var.CASE_ID.name(), CreditFixtures.caseId(jdbc, caseNo)).correlateStartMessage();

    CreditListing listing = listing(pi);
    Assertions.assertThat(listing.getOrigin()).isEqualTo(ListingOrigin.CASE);
    Assertions.assertThat(listing.getReason()).contains("沪宝山市监罚〔2026〕");
    assertThat(pi).isWaitingAt(Element.APPROVE_LISTING).hasNotPassed(Element.ISSUE_NOTICE);
    complete(task(Element.APPROVE_LISTING, pi), withVariables(Var.LISTING_APPROVED.name(), false,
        Var.APPROVAL_NOTE.name(), "情节尚不属严重"));

    assertThat(pi).isEnded().hasPassed(Element.CLOSE_NOT_LISTED, Element.END_NOT_LISTED);
    Assertions.assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.NOT_LISTED);
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getListingFlags()).isNull();
    // no longer open: the same listing may be proposed again
    Assertions.assertThat(listings.findOpen(subjectId, ListingKind.SERIOUS_ILLEGAL)).isEmpty();
    Assertions.assertThat(proposeByForm(seriousForm(caseNo))).isNotNull();
  }

  @Test
  void theHigherDepartmentMayRefuseAndASecondOpenProposalIsAConflict() {
    long subjectId = CreditFixtures.company(subjects, "上海某贸易有限公司", "310113");
    String caseNo = CreditFixtures.decidedCase(jdbc, subjectId, BAOSHAN, MONDAY.minusDays(3));
    ProcessInstance pi = startFromCase(caseNo);
    assertThatThrownBy(() -> proposeByForm(seriousForm(caseNo))).satisfies(e -> {
      Throwable cause = e;
      while (cause != null && !(cause instanceof ListingConflict)) {
        cause = cause.getCause();
      }
      Assertions.assertThat(cause).as("a ListingConflict in " + e).isNotNull();
    });

    complete(task(Element.APPROVE_LISTING, pi), withVariables(Var.LISTING_APPROVED.name(), true));
    complete(task(Element.HIGHER_APPROVAL, pi), withVariables(Var.HIGHER_APPROVED.name(), false,
        Var.APPROVAL_NOTE.name(), "不属较重行政处罚"));

    assertThat(pi).isEnded().hasPassed(Element.END_NOT_LISTED).hasNotPassed(Element.ISSUE_DECISION);
    Assertions.assertThat(listing(pi).getHigherApprovalNote()).isEqualTo("不属较重行政处罚");
  }

  @Test
  void aRevokedPenaltyEndsTheListing() {
    ProcessInstance pi = listedSerious();
    rejected(() -> requests.revoke(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 2), " "), "head"),
        CreditRequestService.GROUNDS);
    requests.revoke(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 2), "行政复议决定撤销原处罚决定"), "head");

    assertThat(pi).isWaitingAt(Element.RECORD_PUBLICITY_STOPPED).hasPassed(Element.LISTING_REVOKED);
    Assertions.assertThat(listing(pi).getRemovalReason()).isEqualTo(RemovalReason.REVOKED);
    // already removed: a second revocation meets no waiting listing
    Assertions.assertThatThrownBy(() -> requests.revoke(listing(pi),
        new PartyRequest(LocalDate.of(2026, 3, 2), "再次撤销"), "head")).isInstanceOf(ListingConflict.class);
  }

  @Test
  void anEarlyRemovalGrantedAfterOneYear() {
    ProcessInstance pi = listedSerious();
    at(LocalDateTime.of(2027, 3, 20, 10, 0));
    requests.applyForRemoval(listing(pi), new PartyRequest(LocalDate.of(2027, 3, 19), "已履行处罚义务"), "officer");
    complete(task(Element.DECIDE_REMOVAL, pi), withVariables(Var.REMOVAL_GRANTED.name(), true,
        Var.DECISION_NOTE.name(), "符合提前移出条件"));
    complete(task(Element.RECORD_PUBLICITY_STOPPED, pi), withVariables(Var.PUBLICITY_STOPPED_ON.name(), "2027-03-20"));

    assertThat(pi).isEnded().hasPassed(Element.DECIDE_REMOVAL, Element.ISSUE_REMOVAL_DECISION);
    Assertions.assertThat(listing(pi).getRemovalReason()).isEqualTo(RemovalReason.EARLY);
    Assertions.assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.REMOVED);
    // removed from the list, the subject is no longer D for it
    long subjectId = listing(pi).getSubjectId();
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getCreditClass()).isNotEqualTo(CreditClass.D);
    Assertions.assertThat(classChanges.findChanges(List.of(subjectId), 1)).singleElement()
        .satisfies(change -> Assertions.assertThat(change.getOldClass()).isEqualTo("D"));
  }

  // ---------------------------------------------------------------- the abnormal list

  @Test
  void anUnreachableCompanyIsListedAsAbnormalLateAndObjectsTwiceBeforeItsRemoval() {
    long subjectId = CreditFixtures.company(subjects, "上海某电子商务有限公司", "310113");
    ProcessInstance pi = proposeAbnormal(subjectId, LocalDate.of(2026, 2, 25));

    CreditListing listing = listing(pi);
    Assertions.assertThat(listing.getBasisVersion()).isEqualTo("工商总局令第68号(2014)");
    Assertions.assertThat(listing.getFoundOn()).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(pi).isWaitingAt(Element.APPROVE_LISTING).hasNotPassed(Element.ISSUE_NOTICE);
    // found Wed 25 Feb: ten working days (Sat 28 Feb a make-up working day), by Tue 10 March
    assertDue(task(Element.APPROVE_LISTING, pi), LocalDate.of(2026, 3, 10));
    at(LocalDateTime.of(2026, 3, 11, 9, 0));
    execute(job(Element.LISTING_DECISION_TIMER, pi));
    Assertions.assertThat(listing(pi).isListingOverdue()).isTrue();
    complete(task(Element.APPROVE_LISTING, pi), withVariables(Var.LISTING_APPROVED.name(), true));

    // no higher approval, no joint-punishment notices configured for the abnormal list
    assertThat(pi).hasNotPassed(Element.HIGHER_APPROVAL).isWaitingAt(Element.RECORD_PUBLICATION);
    Assertions.assertThat(action(listing(pi).getDecisionActionId())).startsWith("沪宝山市监异列〔2026〕");
    Assertions.assertThat(subjects.byId(subjectId).orElseThrow().getListingFlags()).isEqualTo("ABNORMAL");
    // published with the decision, within the same ten working days: already late
    assertDue(task(Element.RECORD_PUBLICATION, pi), LocalDate.of(2026, 3, 10));
    execute(job(Element.PUBLICATION_TIMER, pi));
    Assertions.assertThat(listing(pi).isPublicationOverdue()).isTrue();
    complete(task(Element.RECORD_PUBLICATION, pi), withVariables(Var.PUBLISHED_ON.name(), "2026-03-11"));
    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);

    // objections within 30 days of publication
    rejected(() -> requests.fileObjection(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 12), ""), "officer"),
        CreditRequestService.GROUNDS);
    at(LocalDateTime.of(2026, 3, 16, 9, 0));
    requests.fileObjection(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 16), "住所可以联系"), "officer");
    Task accept = task(Element.ACCEPT_OBJECTION, pi);
    assertDue(accept, LocalDate.of(2026, 3, 23));
    rejected(() -> complete(accept, withVariables(Var.OBJECTION_ACCEPTED.name(), false)), Var.DECISION_NOTE.name());
    complete(accept, withVariables(Var.OBJECTION_ACCEPTED.name(), false, Var.DECISION_NOTE.name(), "未提交任何材料"));
    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);

    requests.fileObjection(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 16), "补交租赁合同"), "officer");
    complete(task(Element.ACCEPT_OBJECTION, pi), withVariables(Var.OBJECTION_ACCEPTED.name(), true));
    Task verify = task(Element.VERIFY_OBJECTION, pi);
    assertThat(verify).hasCandidateGroup(BAOSHAN_HEADS);
    assertDue(verify, LocalDate.of(2026, 4, 14));
    complete(verify, withVariables(Var.OBJECTION_UPHELD.name(), false, Var.DECISION_NOTE.name(), "实地核查仍无法联系"));
    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);

    at(LocalDateTime.of(2026, 5, 20, 9, 0));
    rejected(() -> requests.fileObjection(listing(pi), new PartyRequest(LocalDate.of(2026, 5, 20), "再次异议"),
        "officer"), CreditRequestService.RECEIVED_ON);

    // three years on the list: the coordination group reviews it for the serious list, then again a year later
    at(LocalDateTime.of(2029, 3, 11, 9, 0));
    execute(job(Element.ABNORMAL_THREE_YEARS_TIMER, pi));
    Task review = task(Element.REVIEW_FOR_SERIOUS_LIST, pi);
    assertThat(review).hasCandidateGroup("coordination-group-head");
    complete(review, withVariables(Var.REVIEW_NOTE.name(), "已报市局信用监督管理部门研究"));
    Assertions.assertThat(listing(pi).getSeriousReviewOn()).isEqualTo(LocalDate.of(2030, 3, 11));
    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);

    at(LocalDateTime.of(2029, 4, 2, 9, 0));
    requests.applyForRemoval(listing(pi), new PartyRequest(LocalDate.of(2029, 4, 2), "已办理住所变更登记"), "officer");
    Task decide = task(Element.DECIDE_REMOVAL, pi);
    // the abnormal list: five working days
    Assertions.assertThat(Times.toLocal(decide.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2029, 4, 9));
    complete(decide, withVariables(Var.REMOVAL_GRANTED.name(), true, Var.DECISION_NOTE.name(), "住所可以联系"));
    complete(task(Element.RECORD_PUBLICITY_STOPPED, pi), withVariables(Var.PUBLICITY_STOPPED_ON.name(), "2029-04-02"));

    assertThat(pi).isEnded().hasPassed(Element.END_REMOVED);
    CreditListing removed = listing(pi);
    Assertions.assertThat(removed.getRemovalReason()).isEqualTo(RemovalReason.CURED);
    Assertions.assertThat(action(removed.getRemovalActionId())).startsWith("沪宝山市监异移〔2029〕");
    Assertions.assertThat(listings.findRequests(removed.getId())).extracting(CreditListingRequest::getDecision)
        .containsExactly(RequestDecision.NOT_ACCEPTED, RequestDecision.DISMISSED, RequestDecision.GRANTED);
  }

  @Test
  void anUpheldObjectionRemovesTheAbnormalListing() {
    ProcessInstance pi = listedAbnormal();
    requests.fileObjection(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 2), "公示信息属实"), "officer");
    complete(task(Element.ACCEPT_OBJECTION, pi), withVariables(Var.OBJECTION_ACCEPTED.name(), true));
    complete(task(Element.VERIFY_OBJECTION, pi), withVariables(Var.OBJECTION_UPHELD.name(), true,
        Var.DECISION_NOTE.name(), "经核实公示信息真实"));

    assertThat(pi).isWaitingAt(Element.RECORD_PUBLICITY_STOPPED);
    Assertions.assertThat(listing(pi).getRemovalReason()).isEqualTo(RemovalReason.OBJECTION_UPHELD);
  }

  @Test
  void aRefusedRemovalLeavesTheAbnormalListingWaiting() {
    ProcessInstance pi = listedAbnormal();
    Assertions.assertThatThrownBy(() -> requests.revoke(listing(pi),
        new PartyRequest(LocalDate.of(2026, 3, 2), "撤销"), "head")).hasMessageContaining("kind");
    requests.applyForRemoval(listing(pi), new PartyRequest(LocalDate.of(2026, 3, 2), "已更正公示信息"), "officer");
    complete(task(Element.DECIDE_REMOVAL, pi), withVariables(Var.REMOVAL_GRANTED.name(), false,
        Var.DECISION_NOTE.name(), "更正后信息仍不真实"));

    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);
    Assertions.assertThat(listing(pi).getStatus()).isEqualTo(ListingStatus.PUBLISHED);
  }

  @Test
  void anAbnormalListingNeedsASubjectOfTheDistrictWithACreditCodeAndAFindingDay() {
    long pudong = CreditFixtures.company(subjects, "浦东某公司", "310115");
    rejected(() -> proposeAbnormal(pudong, LocalDate.of(2026, 2, 25)), Var.SUBJECT_ID.name());
    long baoshan = CreditFixtures.company(subjects, "宝山某公司", "310113");
    rejected(() -> proposeAbnormal(baoshan, LocalDate.of(2026, 3, 3)), Var.FOUND_ON.name());
    ListingRequest wrongGround = new ListingRequest(ListingKind.ABNORMAL, baoshan, null, ListingGround.SERIOUS_PENALTY,
        "查无下落", LocalDate.of(2026, 2, 25), null);
    rejected(() -> intake.propose(wrongGround, "baoshan-head", List.of(BAOSHAN_HEADS)), Var.GROUND.name());
    ListingRequest officer = new ListingRequest(ListingKind.ABNORMAL, baoshan, null, ListingGround.UNREACHABLE,
        "查无下落", LocalDate.of(2026, 2, 25), null);
    rejected(() -> intake.propose(officer, "baoshan-officer", List.of(BAOSHAN)), "listingUnit");
    Assertions.assertThat(listings.findOpen(baoshan, ListingKind.ABNORMAL)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance listedSerious() {
    long subjectId = CreditFixtures.company(subjects, "上海某网络科技有限公司", "310113");
    ProcessInstance pi = startFromCase(CreditFixtures.decidedCase(jdbc, subjectId, BAOSHAN, MONDAY.minusDays(3)));
    complete(task(Element.APPROVE_LISTING, pi), withVariables(Var.LISTING_APPROVED.name(), true));
    complete(task(Element.HIGHER_APPROVAL, pi), withVariables(Var.HIGHER_APPROVED.name(), true));
    for (CreditNotice notice : listings.findNotices(listing(pi).getId())) {
      complete(feedback(pi, notice.getDepartment().label()), withVariables(Var.FEEDBACK.name(), "已收悉"));
    }
    complete(task(Element.RECORD_PUBLICATION, pi), withVariables(Var.PUBLISHED_ON.name(), "2026-03-02"));
    assertThat(pi).isWaitingAt(Element.AWAIT_SERIOUS_REMOVAL);
    return pi;
  }

  private ProcessInstance listedAbnormal() {
    long subjectId = CreditFixtures.company(subjects, "上海某直播服务有限公司", "310113");
    ProcessInstance pi = proposeAbnormal(subjectId, LocalDate.of(2026, 3, 2));
    complete(task(Element.APPROVE_LISTING, pi), withVariables(Var.LISTING_APPROVED.name(), true));
    complete(task(Element.RECORD_PUBLICATION, pi), withVariables(Var.PUBLISHED_ON.name(), "2026-03-02"));
    assertThat(pi).isWaitingAt(Element.AWAIT_ABNORMAL_REMOVAL);
    return pi;
  }

  private ProcessInstance startFromCase(String caseNo) {
    return runtimeService.createMessageCorrelation(Message.CREDIT_LISTING_PROPOSED)
        .setVariable(Var.CASE_ID.name(), CreditFixtures.caseId(jdbc, caseNo)).correlateStartMessage();
  }

  private ProcessInstance proposeAbnormal(long subjectId, LocalDate foundOn) {
    ListingRequest request = new ListingRequest(ListingKind.ABNORMAL, subjectId, null, ListingGround.UNREACHABLE,
        "通过登记的住所无法联系（实地核查两次）", foundOn, null);
    String pid = intake.propose(request, "baoshan-head", List.of(BAOSHAN_HEADS)).processInstanceId();
    return runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  private ProcessInstance proposeByForm(Map<String, Object> form) {
    identityService.setAuthentication("baoshan-head", List.of(BAOSHAN_HEADS));
    try {
      return runtimeService.startProcessInstanceByKey(CreditListingProcess.PROCESS_KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> seriousForm(String caseNo) {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.KIND.name(), "SERIOUS_ILLEGAL");
    form.put(Var.CASE_NO.name(), caseNo);
    form.put(Var.REASON.name(), "一年内三次因虚假宣传受到较重行政处罚，罚没金额较大");
    return form;
  }

  private CreditListing listing(ProcessInstance pi) {
    long id = ((Number) runtimeServiceOrHistory(pi, Var.LISTING_ID.name())).longValue();
    return listings.findById(id).orElseThrow();
  }

  private Object runtimeServiceOrHistory(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  private CreditNotice notice(long listingId, Department department) {
    return listings.findNotices(listingId).stream().filter(n -> n.getDepartment() == department).findFirst()
        .orElseThrow();
  }

  private String action(Long actionId) {
    return jdbc.queryForObject("SELECT document_no FROM enforcement_action WHERE id = ?", String.class, actionId);
  }

  private List<String> steps(ProcessInstance pi) {
    return events.of(GovernanceRecordKind.LISTING, listing(pi).getId()).stream().map(RecordEvent::getStep).toList();
  }

  private Task feedback(ProcessInstance pi, String department) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_NOTICE_FEEDBACK)
        .taskVariableValueEquals(Var.DEPARTMENT_NAME.name(), department).singleResult();
  }

  private void assertDue(Task task, LocalDate day) {
    Assertions.assertThat(Times.toLocal(task.getDueDate())).as(task.getTaskDefinitionKey() + " due")
        .isEqualTo(day.atTime(23, 59, 59));
  }

  /** Rejected with an InvalidInputException (possibly wrapped by the engine) naming every field. */
  private static void rejected(ThrowingCallable call, String... fields) {
    var failure = assertThatThrownBy(call).satisfies(e -> {
      Throwable cause = e;
      while (cause != null && !(cause instanceof InvalidInputException)) {
        cause = cause.getCause();
      }
      Assertions.assertThat(cause).as("an InvalidInputException in " + e).isNotNull();
    });
    for (String field : fields) {
      failure.hasMessageContaining(field + ":");
    }
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
