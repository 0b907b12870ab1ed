package cn.samr.livestream.governance.interview;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.interview.InterviewIntakeService.Requested;
import cn.samr.livestream.governance.interview.InterviewProcess.Element;
import cn.samr.livestream.governance.interview.InterviewProcess.Var;
import cn.samr.livestream.platform.LetterAcknowledgementRequest;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformClientRequest;
import cn.samr.livestream.platform.PlatformClients;
import cn.samr.livestream.platform.PlatformConflict;
import cn.samr.livestream.platform.PlatformLetterKind;
import cn.samr.livestream.platform.PlatformLetterStatus;
import cn.samr.livestream.platform.PlatformLetters;
import cn.samr.livestream.platform.PlatformLetters.LetterView;
import cn.samr.livestream.platform.PlatformScope;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of administrative-interview (行政约谈与提醒告诫), interview path: a head's interview without approval, the
 * coordination group's with its heads' approval, a refusal; seed 004's seven platforms in one interview (a notice with
 * its 文号 and a record each); the commitment timer; a report before the deadline; unfulfilled commitments as a clue, to
 * the coordination group, or not pursued with (and after a refusal without) the heads' approval; no commitments; the
 * Tasklist start form; the forms' rules. Letters (提醒告诫函 / 行政指导意见函): acknowledged through the platforms'
 * channel, on paper after the timer, or recorded overdue (counted in the credit class); notices to platforms sent or
 * to be served otherwise.
 */
@ProcessTest(covers = InterviewProcess.PROCESS_KEY)
class AdministrativeInterviewProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";
  static final String COORDINATION = "coordination-group";
  static final String COORDINATION_HEAD = "coordination-group-head";
  static final String[] SEVEN_PLATFORMS = {"淘宝", "天猫", "京东", "拼多多", "唯品会", "抖音", "快手"};
  private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired InterviewIntakeService intake;
  @Autowired InterviewWorkflowService workflow;
  @Autowired InterviewProposals proposals;
  @Autowired InterviewMapper interviews;
  @Autowired GovernanceEvents events;
  @Autowired EnforcementRecords records;
  @Autowired SubjectRegistry subjects;
  @Autowired ClueMapper clues;
  @Autowired PlatformLetters letters;
  @Autowired PlatformClients platformClients;

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

  // ---------------------------------------------------------------- request and approval

  @Test
  void seed004SevenPlatformsInterviewedTogetherEachWithANoticeARecordAndItsCommitments() {
    List<Long> platforms = new ArrayList<>();
    for (String name : SEVEN_PLATFORMS) {
      platforms.add(platform(name + "平台", "310115"));
    }
    // the coordination group's head hosts it city-wide and needs no approval
    ProcessInstance pi = request("coord-head", List.of(COORDINATION_HEAD), platforms, null);

    Interview interview = interview(pi);
    Assertions.assertThat(interview.getInterviewNo()).matches("YT-20260302-\\d{5}");
    Assertions.assertThat(interview.getHostUnit()).isEqualTo(COORDINATION);
    Assertions.assertThat(interview.getStatus()).isEqualTo(InterviewStatus.NOTICE);
    assertThat(pi).hasPassed(Element.APPROVAL_NEEDED).hasNotPassed(Element.APPROVE_INTERVIEW)
        .isWaitingAt(Element.ISSUE_NOTICES).hasBusinessKey(interview.getInterviewNo());
    Task notices = task(Element.ISSUE_NOTICES, pi);
    assertThat(notices).hasCandidateGroup(COORDINATION);
    Assertions.assertThat(taskService.getVariablesLocal(notices.getId()))
        .containsEntry(TaskListColumns.NUMBER, interview.getInterviewNo())
        .containsEntry(TaskListColumns.SUBJECT, subjects.nameOf(platforms.get(0)).orElseThrow() + "等7家");
    // requested Mon 2 March, no approval: the notices are due five working days later, Mon 9 March (内部)
    Assertions.assertThat(Times.toLocal(notices.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    // the subjects' districts read the instance with the host
    Assertions.assertThat(authorizationService.isUserAuthorized("pudong-officer", List.of("district-310115"),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isTrue();
    Assertions.assertThat(authorizationService.isUserAuthorized("baoshan-officer", List.of(BAOSHAN),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();

    complete(notices, notice(MONDAY.plusDays(2)));

    List<InterviewSubject> rows = interviews.findSubjects(interview.getId());
    Assertions.assertThat(rows).hasSize(7).allSatisfy(row -> Assertions.assertThat(row.getNoticeActionId()).isNotNull());
    List<String> documentNos = rows.stream().map(row -> notice(row).getDocumentNo()).toList();
    Assertions.assertThat(documentNos).doesNotHaveDuplicates()
        .allSatisfy(no -> Assertions.assertThat(no).matches("沪.*约谈〔2026〕\\d+号"));
    Assertions.assertThat(rows.stream().map(row -> notice(row).getActionType()).distinct())
        .containsExactly(ActionType.INTERVIEW_NOTICE);
    List<Task> recordTasks = recordTasks(pi);
    Assertions.assertThat(recordTasks).hasSize(7)
        .allSatisfy(t -> assertThat(t).hasCandidateGroup(COORDINATION));
    // the record is due five working days after the interview day (Wed 4 March): Wed 11 March
    Assertions.assertThat(Times.toLocal(recordTasks.get(0).getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 11, 23, 59, 59));
    Assertions.assertThat(recordTasks.stream().map(t -> taskService.getVariableLocal(t.getId(), TaskListColumns.SUBJECT)))
        .containsExactlyInAnyOrder(platforms.stream().map(id -> subjects.nameOf(id).orElseThrow()).toArray());

    at(MONDAY.plusDays(2).withHour(15));
    for (Task recordTask : recordTasks) {
      complete(recordTask, record(true, "2026-03-31 下架全部无中文标签的进口商品"));
    }

    Assertions.assertThat(interview(pi).getStatus()).isEqualTo(InterviewStatus.FOLLOW_UP);
    Assertions.assertThat(interviews.findCommitments(interview.getId())).hasSize(7)
        .allSatisfy(c -> Assertions.assertThat(c.getCommitmentNo()).matches("CN-20260304-\\d{5}"));
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.COMMITMENT_DUE_TIMER).list();
    Assertions.assertThat(timers).hasSize(7).allSatisfy(job -> Assertions.assertThat(Times.toLocal(job.getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 31, 23, 59, 59)));
    assertThat(pi).variables().doesNotContainKeys(Var.PROBLEMS.name(), Var.COMMITMENTS_TEXT.name(),
        Var.PARTY_ATTENDEES.name(), Var.PLACE.name());

    at(LocalDateTime.of(2026, 4, 1, 8, 0));
    timers.forEach(job -> managementService.executeJob(job.getId()));
    List<Task> checks = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.CHECK_COMMITMENT).list();
    Assertions.assertThat(checks).hasSize(7);
    // the check is due five working days after the deadline (Tue 31 March): Wed 8 April, the Qingming holiday (4–6 April) skipped
    Assertions.assertThat(Times.toLocal(checks.get(0).getDueDate())).isEqualTo(LocalDateTime.of(2026, 4, 8, 23, 59, 59));
    Assertions.assertThat((String) taskService.getVariableLocal(checks.get(0).getId(), Var.COMMITMENT_TEXT.name()))
        .contains("下架全部无中文标签的进口商品").contains("2026-03-31");
    Assertions.assertThat(checks.stream().map(t -> taskService.getVariableLocal(t.getId(), TaskListColumns.SUBJECT)))
        .containsExactlyInAnyOrder(platforms.stream().map(id -> subjects.nameOf(id).orElseThrow()).toArray());
    checks.forEach(check -> complete(check, check(true, null, "已抽查店铺，商品均已下架")));

    assertThat(pi).isEnded().hasPassed(Element.CLOSE_INTERVIEW, Element.END_CLOSED)
        .hasPassed(Element.END_COMMITMENT_FULFILLED);
    Interview closed = interview(pi);
    Assertions.assertThat(closed.getStatus()).isEqualTo(InterviewStatus.CLOSED);
    Assertions.assertThat(closed.getClosedAt()).isEqualTo(LocalDateTime.of(2026, 4, 1, 8, 0));
    Assertions.assertThat(steps(pi)).startsWith("REQUESTED", "APPROVAL").endsWith("CLOSED")
        .filteredOn("NOTICE_ISSUED"::equals).hasSize(7);
    Assertions.assertThat(steps(pi)).filteredOn("INTERVIEW_RECORDED"::equals).hasSize(7);
    Assertions.assertThat(steps(pi)).filteredOn("COMMITMENT_CHECK"::equals).hasSize(7);
  }

  @Test
  void theCoordinationGroupsOfficerNeedsItsHeadsApproval() {
    long subject = platform("审批平台", "310113");
    ProcessInstance pi = request("coord-officer", List.of(COORDINATION), List.of(subject), null);

    assertThat(pi).isWaitingAt(Element.APPROVE_INTERVIEW);
    Task approval = task(Element.APPROVE_INTERVIEW, pi);
    assertThat(approval).hasCandidateGroup(COORDINATION_HEAD);
    Assertions.assertThat(Times.toLocal(approval.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(interview(pi).getStatus()).isEqualTo(InterviewStatus.AWAITING_APPROVAL);
    rejected(() -> complete(approval, withVariables(Var.INTERVIEW_APPROVED.name(), false)), "approvalNote");

    at(MONDAY.plusDays(1));
    complete(approval, withVariables(Var.INTERVIEW_APPROVED.name(), true, Var.APPROVAL_NOTE.name(), "同意"));

    assertThat(pi).isWaitingAt(Element.ISSUE_NOTICES);
    Interview approved = interview(pi);
    Assertions.assertThat(approved.getStatus()).isEqualTo(InterviewStatus.NOTICE);
    Assertions.assertThat(approved.getApprovedAt()).isEqualTo(MONDAY.plusDays(1));
    // approved Tue 3 March: notices due Tue 10 March
    Assertions.assertThat(Times.toLocal(task(Element.ISSUE_NOTICES, pi).getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 23, 59, 59));
    assertThat(pi).variables().doesNotContainKeys(Var.INTERVIEW_APPROVED.name(), Var.APPROVAL_NOTE.name());
    Assertions.assertThat(steps(pi)).containsExactly("REQUESTED", "APPROVAL");
  }

  @Test
  void aRefusedInterviewEnds() {
    ProcessInstance pi = request("coord-officer", List.of(COORDINATION), List.of(platform("不批平台", "310113")), null);

    complete(task(Element.APPROVE_INTERVIEW, pi),
        withVariables(Var.INTERVIEW_APPROVED.name(), false, Var.APPROVAL_NOTE.name(), "先发提醒告诫函"));

    assertThat(pi).isEnded().hasPassed(Element.END_REFUSED).hasNotPassed(Element.ISSUE_NOTICES);
    Interview refused = interview(pi);
    Assertions.assertThat(refused.getStatus()).isEqualTo(InterviewStatus.REFUSED);
    Assertions.assertThat(refused.getApprovalNote()).isEqualTo("先发提醒告诫函");
    Assertions.assertThat(events(pi)).last().satisfies(e -> {
      Assertions.assertThat(e.getStep()).isEqualTo("APPROVAL");
      Assertions.assertThat(e.getDecision()).isEqualTo("REFUSED");
    });
  }

  @Test
  void aDistrictHeadStartsFromTheTasklistStartFormNamingSubjectsByCodeAccountOrId() {
    long byCode = platform("表单平台甲", "310113");
    String code = subjects.byId(byCode).orElseThrow().getCreditCode();
    long byAccount = subjects.resolve(SubjectType.STREAMER, "表单主播", null, "抖音", "acct-" + CODES.incrementAndGet(),
        "310113").getId();
    String account = subjects.byId(byAccount).orElseThrow().getAccountId();
    long byId = platform("表单平台乙", "310113");
    identityService.setAuthentication("baoshan-head", List.of(BAOSHAN_HEAD));
    Map<String, Object> form = startForm(code + "\n抖音:" + account + "\n" + byId);
    form.put(Var.JOINT_PREFIX + Department.CYBERSPACE.name(), true);

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(InterviewProcess.PROCESS_KEY, form);
    identityService.clearAuthentication();

    Interview interview = interview(pi);
    assertThat(pi).isWaitingAt(Element.ISSUE_NOTICES).hasBusinessKey(interview.getInterviewNo());
    Assertions.assertThat(interview.getHostUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(interview.getRequestedBy()).isEqualTo("baoshan-head");
    Assertions.assertThat(interview.getJointDepartments()).isEqualTo("CYBERSPACE");
    Assertions.assertThat(interview.getCategory()).isEqualTo(ViolationCategory.PRODUCT_QUALITY);
    Assertions.assertThat(interviews.findSubjects(interview.getId())).extracting(InterviewSubject::getSubjectId)
        .containsExactly(byCode, byAccount, byId);
    assertThat(pi).variables().doesNotContainKeys(Var.SUBJECTS.name(), Var.ISSUES.name(), Var.BASIS.name(),
        Var.JOINT_PREFIX + Department.CYBERSPACE.name(), Var.APPROVAL_NEEDED.name())
        .containsEntry(Var.HOST_UNIT.name(), BAOSHAN).containsEntry(Var.HOST_UNIT_HEAD.name(), BAOSHAN_HEAD);
  }

  @Test
  void theStartFormsKindSendsALetterToItsIssuingTask() {
    long subject = platform("表单函件平台", "310113");
    identityService.setAuthentication("baoshan-head", List.of(BAOSHAN_HEAD));
    Map<String, Object> form = startForm(String.valueOf(subject));
    form.put(Var.KIND.name(), InterviewKind.REMINDER_LETTER.name());

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(InterviewProcess.PROCESS_KEY, form);
    identityService.clearAuthentication();

    assertThat(pi).isWaitingAt(Element.ISSUE_LETTERS).hasNotPassed(Element.ISSUE_NOTICES);
    Assertions.assertThat(interview(pi).getKind()).isEqualTo(InterviewKind.REMINDER_LETTER);
    assertThat(pi).variables().doesNotContainKeys(Var.KIND.name())
        .containsEntry(Var.INTERVIEW_KIND.name(), InterviewKind.REMINDER_LETTER.name());
  }

  @Test
  void onlyHeadsAndTheCoordinationGroupHostAndADistrictOnlyItsOwnSubjects() {
    long pudongSubject = platform("浦东平台", "310115");
    long baoshanSubject = platform("宝山平台", "310113");
    // a district's officer hosts nothing
    rejected(() -> intake.request(request(List.of(baoshanSubject)), "baoshan-officer", List.of(BAOSHAN)), "hostUnit");
    // a district's head only the subjects registered in the district
    rejected(() -> intake.request(request(List.of(baoshanSubject, pudongSubject)), "baoshan-head",
        List.of(BAOSHAN_HEAD)), "subjectIds[1]");
    rejected(() -> intake.request(request(List.of(999_999_999L)), "baoshan-head", List.of(BAOSHAN_HEAD)),
        "subjectIds[0]");
    InterviewRequest past = new InterviewRequest(null, List.of(baoshanSubject), "事由", null, null, null,
        MONDAY.toLocalDate().minusDays(1), null);
    rejected(() -> intake.request(past, "baoshan-head", List.of(BAOSHAN_HEAD)), "plannedDate");
    // one open interview a subject
    Requested first = intake.request(request(List.of(baoshanSubject)), "baoshan-head", List.of(BAOSHAN_HEAD));
    rejected(() -> intake.request(request(List.of(baoshanSubject)), "coord-head", List.of(COORDINATION_HEAD)),
        "subjectIds");
    Assertions.assertThat(first.interviewNo()).startsWith("YT-");
    // from the start form: a line that names no registered subject
    identityService.setAuthentication("baoshan-head", List.of(BAOSHAN_HEAD));
    rejected(() -> runtimeService.startProcessInstanceByKey(InterviewProcess.PROCESS_KEY,
        startForm("91310113000000000X\n平台:无此账号")), "subjects");
  }

  // ---------------------------------------------------------------- proposals (约谈建议)

  @Test
  void aDeclinedProposalEndsWithItsReasonAndStartsTheCooldown() {
    long subject = platform("建议平台", "310113");
    ProposalFacts facts = new ProposalFacts("PLATFORM", 3, 5, 0, 0, false, "C");

    InterviewProposals.Proposed proposed = proposals.propose(subject, InterviewKind.INTERVIEW, "平台内违法线索多发",
        facts, 1).orElseThrow();

    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(proposed.processInstanceId()).singleResult();
    assertThat(pi).hasPassed(Element.START_PROPOSED).isWaitingAt(Element.REVIEW_PROPOSAL)
        .hasBusinessKey(proposed.interviewNo());
    Interview interview = interview(pi);
    Assertions.assertThat(interview.getOrigin()).isEqualTo("PROPOSAL");
    Assertions.assertThat(interview.getStatus()).isEqualTo(InterviewStatus.PROPOSED);
    Assertions.assertThat(interview.getHostUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(interview.getProposalReason()).isEqualTo("平台内违法线索多发");
    Assertions.assertThat(interview.getProposalFacts()).contains("\"substantiatedCluesInWindow\":5")
        .contains("\"windowDays\":90").contains("\"decisionVersion\":1");
    Assertions.assertThat(interview.getProcessInstanceId()).isEqualTo(pi.getId());
    Task review = task(Element.REVIEW_PROPOSAL, pi);
    assertThat(review).hasCandidateGroup(BAOSHAN_HEAD);
    // proposed Mon 2 March: the review is due five working days later (内部)
    Assertions.assertThat(Times.toLocal(review.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(taskService.getVariablesLocal(review.getId()))
        .containsEntry(Var.PROPOSAL_REASON.name(), "平台内违法线索多发")
        .containsEntry(Var.PROPOSED_KIND.name(), "约谈")
        .hasEntrySatisfying(Var.PROPOSAL_FACTS.name(),
            text -> Assertions.assertThat((String) text).contains("查证属实线索 5 条").contains("信用风险分类：C"));
    // the subject district's officers read it with the host
    Assertions.assertThat(authorizationService.isUserAuthorized("baoshan-officer", List.of(BAOSHAN),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isTrue();
    // while it waits no request of the same form and no second proposal
    rejected(() -> intake.request(request(List.of(subject)), "baoshan-head", List.of(BAOSHAN_HEAD)), "subjectIds");
    Assertions.assertThat(proposals.propose(subject, InterviewKind.INTERVIEW, "平台内违法线索多发", facts, 1)).isEmpty();

    rejected(() -> complete(review, withVariables(Var.PROPOSAL_ACCEPTED.name(), false)), "reviewNote");
    at(MONDAY.plusDays(1));
    complete(review, withVariables(Var.PROPOSAL_ACCEPTED.name(), false, Var.REVIEW_NOTE.name(), "已立案调查，暂不约谈"));

    assertThat(pi).isEnded().hasPassed(Element.END_PROPOSAL_DECLINED).hasNotPassed(Element.TO_NOTICES);
    Interview declined = interview(pi);
    Assertions.assertThat(declined.getStatus()).isEqualTo(InterviewStatus.DECLINED);
    Assertions.assertThat(declined.getClosedAt()).isEqualTo(MONDAY.plusDays(1));
    Assertions.assertThat(declined.getApprovalNote()).isEqualTo("已立案调查，暂不约谈");
    Assertions.assertThat(events(pi)).extracting(RecordEvent::getStep, RecordEvent::getDecision).containsExactly(
        Assertions.tuple("PROPOSED", "INTERVIEW"), Assertions.tuple("PROPOSAL_REVIEW", "DECLINED"));
    // within the cooldown no proposal, though a head may still request one
    Assertions.assertThat(proposals.propose(subject, InterviewKind.INTERVIEW, "平台内违法线索多发", facts, 1)).isEmpty();
    at(MONDAY.plusDays(182));
    Assertions.assertThat(proposals.propose(subject, InterviewKind.INTERVIEW, "平台内违法线索多发", facts, 1)).isPresent();
  }

  @Test
  void anAcceptedProposalIsTheApprovalAndGoesOnToTheNoticesAsAnInterview() {
    // a platform the register gives no district: the coordination group hosts its proposal
    long subject = subjects.resolve(SubjectType.PLATFORM, "外地平台" + CODES.incrementAndGet(),
        "91440300" + String.format("%010d", CODES.get() % 10_000_000_000L), null, null, null).getId();
    ProposalFacts facts = new ProposalFacts("PLATFORM", 25, 0, 0, 0, false, "B");
    InterviewProposals.Proposed proposed = proposals.propose(subject, InterviewKind.REMINDER_LETTER, "投诉较多", facts,
        1).orElseThrow();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(proposed.processInstanceId()).singleResult();
    Assertions.assertThat(interview(pi).getHostUnit()).isEqualTo(COORDINATION);
    Task review = task(Element.REVIEW_PROPOSAL, pi);
    assertThat(review).hasCandidateGroup(COORDINATION_HEAD);
    Assertions.assertThat(taskService.getVariablesLocal(review.getId()))
        .containsEntry(Var.PROPOSED_KIND.name(), "提醒告诫函");

    // the heads may change the form, to one that exists
    rejected(() -> complete(review, withVariables(Var.PROPOSAL_ACCEPTED.name(), true, Var.ACCEPTED_KIND.name(),
        "PHONE_CALL")), "acceptedKind");
    at(MONDAY.plusDays(1));
    complete(review, withVariables(Var.PROPOSAL_ACCEPTED.name(), true, Var.ACCEPTED_KIND.name(), "INTERVIEW",
        Var.ISSUES.name(), "平台投诉集中于直播间虚假宣传"));

    assertThat(pi).hasPassed(Element.PROPOSAL_ACCEPTED, Element.TO_NOTICES, Element.INTERVIEW_KIND)
        .hasNotPassed(Element.APPROVE_INTERVIEW).isWaitingAt(Element.ISSUE_NOTICES);
    assertThat(pi).variables().containsEntry(Var.INTERVIEW_KIND.name(), "INTERVIEW");
    assertThat(task(Element.ISSUE_NOTICES, pi)).hasCandidateGroup(COORDINATION);
    Interview accepted = interview(pi);
    Assertions.assertThat(accepted.getKind()).isEqualTo(InterviewKind.INTERVIEW);
    Assertions.assertThat(accepted.getStatus()).isEqualTo(InterviewStatus.NOTICE);
    Assertions.assertThat(accepted.getIssues()).isEqualTo("平台投诉集中于直播间虚假宣传");
    Assertions.assertThat(accepted.getProposalReason()).isEqualTo("投诉较多");
    Assertions.assertThat(accepted.getApprovedAt()).isEqualTo(MONDAY.plusDays(1));
    // accepted Tue 3 March: notices due Tue 10 March
    Assertions.assertThat(Times.toLocal(task(Element.ISSUE_NOTICES, pi).getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 23, 59, 59));
    assertThat(pi).variables().doesNotContainKeys(Var.PROPOSAL_ACCEPTED.name(), Var.ACCEPTED_KIND.name(), Var.KIND.name(),
        Var.ISSUES.name(), Var.REVIEW_NOTE.name(), Var.PROPOSAL_REASON.name(), Var.PROPOSAL_FACTS.name());
    Assertions.assertThat(events(pi)).extracting(RecordEvent::getStep, RecordEvent::getDecision).containsExactly(
        Assertions.tuple("PROPOSED", "REMINDER_LETTER"), Assertions.tuple("PROPOSAL_REVIEW", "ACCEPTED"));
    Assertions.assertThat(events(pi).get(1).getDetail()).isEqualTo("约谈（建议为提醒告诫函）");
  }

  @Test
  void aProposalAcceptedAsTheLetterItProposedGoesOnToTheLetters() {
    long subject = subjects.resolve(SubjectType.PLATFORM, "外地平台" + CODES.incrementAndGet(),
        "91440300" + String.format("%010d", CODES.get() % 10_000_000_000L), null, null, null).getId();
    ProposalFacts facts = new ProposalFacts("PLATFORM", 25, 0, 0, 0, false, "B");
    InterviewProposals.Proposed proposed = proposals.propose(subject, InterviewKind.REMINDER_LETTER, "投诉较多", facts,
        1).orElseThrow();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(proposed.processInstanceId()).singleResult();

    complete(task(Element.REVIEW_PROPOSAL, pi), withVariables(Var.PROPOSAL_ACCEPTED.name(), true));

    assertThat(pi).hasPassed(Element.PROPOSAL_ACCEPTED, Element.TO_NOTICES, Element.INTERVIEW_KIND)
        .hasNotPassed(Element.ISSUE_NOTICES).isWaitingAt(Element.ISSUE_LETTERS);
    Assertions.assertThat(interview(pi).getKind()).isEqualTo(InterviewKind.REMINDER_LETTER);
  }

  // ---------------------------------------------------------------- the record

  @Test
  void theRecordIsTakenOnOrAfterTheInterviewDayWithWellFormedCommitments() {
    ProcessInstance pi = noticesIssued(platform("记录平台", "310113"), MONDAY.plusDays(1));
    Task recordTask = recordTasks(pi).get(0);

    rejected(() -> complete(recordTask, record(true, "2026-03-20 整改")), "interviewAt");
    at(MONDAY.plusDays(1));
    Map<String, Object> noAttendees = record(true, null);
    noAttendees.remove(Var.PARTY_ATTENDEES.name());
    noAttendees.remove(Var.ATTENDED.name());
    rejected(() -> complete(recordTask, noAttendees), "attended");
    Map<String, Object> attendedAlone = record(true, null);
    attendedAlone.remove(Var.PARTY_ATTENDEES.name());
    rejected(() -> complete(recordTask, attendedAlone), "partyAttendees");
    var failure = assertThatThrownBy(() -> complete(recordTask,
        record(true, "下周整改\n2026-03-03 当天整改\n2027-03-01 一年后整改\n2026-03-20")));
    failure.hasMessageContaining("第1行").hasMessageContaining("第2行").hasMessageContaining("第3行")
        .hasMessageContaining("第4行");
    Assertions.assertThat(interviews.findCommitments(interview(pi).getId())).isEmpty();

    complete(recordTask, record(false, "2026-03-20 补交整改报告"));
    InterviewSubject row = interviews.findSubjects(interview(pi).getId()).get(0);
    Assertions.assertThat(row.getAttended()).isFalse();
    Assertions.assertThat(records.ofSubject(row.getSubjectId())).extracting(EnforcementAction::getActionType)
        .contains(ActionType.INTERVIEW_NOTICE, ActionType.INTERVIEW_RECORD);
  }

  @Test
  void aSubjectWithoutCommitmentsClosesTheInterviewAtOnce() {
    ProcessInstance pi = noticesIssued(platform("无承诺平台", "310113"), MONDAY);

    complete(recordTasks(pi).get(0), record(true, null));

    assertThat(pi).isEnded().hasPassed(Element.END_CLOSED).hasNotPassed(Element.CHECK_COMMITMENT);
    Assertions.assertThat(interview(pi).getStatus()).isEqualTo(InterviewStatus.CLOSED);
    Assertions.assertThat(steps(pi)).endsWith("INTERVIEW_RECORDED", "CLOSED");
  }

  // ---------------------------------------------------------------- commitments

  @Test
  void aReportBeforeTheDeadlineBringsTheCheckForwardAndCancelsTheTimer() {
    ProcessInstance pi = recorded(platform("报告平台", "310113"), "2026-03-31 建立商品标签审核制度");
    long commitmentId = interviews.findCommitments(interview(pi).getId()).get(0).getId();
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.COMMITMENT_DUE_TIMER).count()).isOne();

    at(LocalDateTime.of(2026, 3, 16, 11, 0));
    Assertions.assertThat(workflow.reportCommitment(commitmentId, "platform-client")).isTrue();

    assertThat(pi).hasPassed(Element.COMMITMENT_REPORTED).hasNotPassed(Element.COMMITMENT_DUE_TIMER);
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.COMMITMENT_DUE_TIMER).count()).isZero();
    Task check = task(Element.CHECK_COMMITMENT, pi);
    // reported Mon 16 March: checked within five working days, by Mon 23 March
    Assertions.assertThat(Times.toLocal(check.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    Assertions.assertThat((String) taskService.getVariableLocal(check.getId(), Var.COMMITMENT_TEXT.name()))
        .contains("报告已履行，须核实");
    Assertions.assertThat(interviews.findCommitment(commitmentId).orElseThrow().getReportedAt())
        .isEqualTo(LocalDateTime.of(2026, 3, 16, 11, 0));
    // reported once: the follow-up waits no more
    Assertions.assertThat(workflow.reportCommitment(commitmentId, "platform-client")).isFalse();

    complete(check, check(true, null, "现场核实制度已建立"));
    assertThat(pi).isEnded().hasPassed(Element.END_COMMITMENT_FULFILLED, Element.END_CLOSED);
    Assertions.assertThat(steps(pi)).contains("COMMITMENT_REPORTED", "COMMITMENT_CHECK");
  }

  @Test
  void anUnfulfilledCommitmentBecomesAClueAgainstTheSubject() {
    long subject = platform("线索平台", "310113");
    ProcessInstance pi = dueAndChecked(subject);

    complete(task(Element.CHECK_COMMITMENT, pi), check(false, FollowUp.CLUE, "抽查发现仍有无标签商品在售"));

    assertThat(pi).isEnded().hasPassed(Element.RAISE_COMMITMENT_CLUE, Element.END_CLUE_RAISED, Element.END_CLOSED);
    InterviewCommitment commitment = interviews.findCommitments(interview(pi).getId()).get(0);
    Assertions.assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.NOT_FULFILLED);
    Assertions.assertThat(commitment.getFollowUp()).isEqualTo(FollowUp.CLUE);
    Clue clue = clues.findById(commitment.getClueId()).orElseThrow();
    Assertions.assertThat(clue.getSource()).isEqualTo(ClueSource.INTERVIEW_COMMITMENT);
    Assertions.assertThat(clue.getExternalNo()).isEqualTo(commitment.getCommitmentNo());
    Assertions.assertThat(clue.getHandlingUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(clue.getFacts()).contains("下架全部无中文标签的进口商品").contains("抽查发现仍有无标签商品在售");
    Assertions.assertThat(clues.findSubjectIds(clue.getId())).containsExactly(subject);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ClueProcess.PROCESS_KEY)
        .processInstanceBusinessKey(clue.getClueNo()).count()).isOne();
    Assertions.assertThat(events(pi)).filteredOn(e -> "FOLLOW_UP".equals(e.getStep())).singleElement()
        .satisfies(e -> Assertions.assertThat(e.getDetail()).contains(clue.getClueNo()));
    // the commitment not kept counts in the platform's credit risk class (credit-risk-class.dmn → C)
    Assertions.assertThat(subjects.byId(subject).orElseThrow().getCreditClass()).isEqualTo(CreditClass.C);
    Assertions.assertThat(subjects.byId(subject).orElseThrow().getCreditClassReason()).isEqualTo("1年内有约谈承诺未履行");
  }

  @Test
  void anUnfulfilledCommitmentGoesToTheCoordinationGroupUnlessTheGroupHostsTheInterview() {
    ProcessInstance pi = dueAndChecked(platform("上报平台", "310113"));

    complete(task(Element.CHECK_COMMITMENT, pi), check(false, FollowUp.ESCALATE, "拒不整改，涉及网信部门职责"));

    assertThat(pi).isEnded().hasPassed(Element.ESCALATE_COMMITMENT, Element.END_ESCALATED);
    InterviewCommitment commitment = interviews.findCommitments(interview(pi).getId()).get(0);
    Assertions.assertThat(commitment.getEscalationId()).isNotNull();
    ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CoordinationProcess.PROCESS_KEY).variableValueEquals(
            CoordinationProcess.Var.ESCALATION_ID.name(), commitment.getEscalationId()).singleResult();
    Assertions.assertThat(escalation).isNotNull();
    Assertions.assertThat(runtimeService.getVariable(escalation.getId(), CoordinationProcess.Var.REPORTING_UNIT.name()))
        .isEqualTo(BAOSHAN);

    // hosted by the coordination group: it does not report to itself
    at(MONDAY);
    ProcessInstance own = request("coord-head", List.of(COORDINATION_HEAD), List.of(platform("协调组平台", "310113")),
        null);
    complete(task(Element.ISSUE_NOTICES, own), notice(MONDAY));
    complete(recordTasks(own).get(0), record(true, "2026-03-20 整改"));
    at(LocalDateTime.of(2026, 3, 21, 9, 0));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(own.getId()).singleResult().getId());
    rejected(() -> complete(task(Element.CHECK_COMMITMENT, own), check(false, FollowUp.ESCALATE, "拒不整改")), "followUp");
  }

  @Test
  void notPursuingNeedsAReasonAndTheHeadsApprovalARefusalSendsItBackToTheCheck() {
    ProcessInstance pi = dueAndChecked(platform("不跟进平台", "310113"));
    Task check = task(Element.CHECK_COMMITMENT, pi);
    rejected(() -> complete(check, check(false, FollowUp.NONE, null)), "checkNote");
    rejected(() -> complete(check, check(false, null, "未履行")), "followUp");

    complete(check, check(false, FollowUp.NONE, "平台已停止该业务，承诺事项不再适用"));

    Task approval = task(Element.APPROVE_NO_FOLLOW_UP, pi);
    assertThat(approval).hasCandidateGroup(BAOSHAN_HEAD);
    Assertions.assertThat((String) taskService.getVariableLocal(approval.getId(), Var.COMMITMENT_TEXT.name()))
        .contains("下架全部无中文标签的进口商品");
    rejected(() -> complete(approval, withVariables(Var.NO_FOLLOW_UP_APPROVED.name(), false)), "noFollowUpNote");
    complete(approval, withVariables(Var.NO_FOLLOW_UP_APPROVED.name(), false, Var.NO_FOLLOW_UP_NOTE.name(),
        "请核实是否确已停止业务"));

    assertThat(pi).isWaitingAt(Element.CHECK_COMMITMENT);
    Assertions.assertThat(interviews.findCommitments(interview(pi).getId()).get(0).getFollowUp()).isNull();
    complete(task(Element.CHECK_COMMITMENT, pi), check(false, FollowUp.NONE, "经核实平台已注销该店铺"));
    complete(task(Element.APPROVE_NO_FOLLOW_UP, pi), withVariables(Var.NO_FOLLOW_UP_APPROVED.name(), true));

    assertThat(pi).isEnded().hasPassed(Element.END_NOT_PURSUED, Element.END_CLOSED);
    InterviewCommitment commitment = interviews.findCommitments(interview(pi).getId()).get(0);
    Assertions.assertThat(commitment.getFollowUp()).isEqualTo(FollowUp.NONE);
    Assertions.assertThat(commitment.getCheckNote()).isEqualTo("经核实平台已注销该店铺");
    Assertions.assertThat(steps(pi)).filteredOn("NO_FOLLOW_UP_APPROVAL"::equals).hasSize(2);
  }

  // ---------------------------------------------------------------- letters and the platforms' channel

  @Test
  void interviewNoticesReachConnectedPlatformsAndTheOthersAreToBeServedOtherwise() {
    long connected = platform("通知平台", "310113");
    long paper = platform("纸面平台", "310113");
    PlatformClient client = connect(connected, "notice");
    ProcessInstance pi = request("baoshan-head", List.of(BAOSHAN_HEAD), List.of(connected, paper), null);
    assertThat(pi).hasPassed(Element.INTERVIEW_KIND).isWaitingAt(Element.ISSUE_NOTICES);

    complete(task(Element.ISSUE_NOTICES, pi), notice(MONDAY.plusDays(2)));

    assertThat(pi).hasPassed(Element.SEND_NOTICES_TO_PLATFORMS).isWaitingAt(Element.RECORD_INTERVIEW)
        .hasNotPassed(Element.ISSUE_LETTERS);
    List<LetterView> sent = letters.list(client, null, 0, 10);
    Assertions.assertThat(sent).hasSize(1);
    Assertions.assertThat(sent.get(0).letter().kind).isEqualTo(PlatformLetterKind.INTERVIEW_NOTICE);
    Assertions.assertThat(sent.get(0).letter().respondBy).as("a notice asks no acknowledgement").isNull();
    Assertions.assertThat(sent.get(0).letter().content).contains("市局第一会议室").contains(interview(pi).getInterviewNo());
    Assertions.assertThat(sent.get(0).letter().documentNo).matches("沪.*约谈〔2026〕\\d+号");
    InterviewSubject connectedRow = interviews.findSubjects(interview(pi).getId()).stream()
        .filter(r -> r.getSubjectId() == connected).findFirst().orElseThrow();
    Assertions.assertThat(connectedRow.getPlatformLetterNo()).isEqualTo(sent.get(0).letter().letterNo);
    Assertions.assertThat(events(pi)).filteredOn(e -> "PLATFORM_NOTICE".equals(e.getStep()))
        .extracting(RecordEvent::getDecision).containsExactlyInAnyOrder("SENT", "NOT_SENT");
    Assertions.assertThat(events(pi)).filteredOn(e -> "NOT_SENT".equals(e.getDecision())).singleElement()
        .satisfies(e -> Assertions.assertThat(e.getDetail()).contains("须另行送达"));
    // a notice only informs: acknowledging it is a conflict
    Assertions.assertThatThrownBy(() -> letters.acknowledge(client, sent.get(0).letter().letterNo,
        new LetterAcknowledgementRequest(MONDAY.toLocalDate(), null))).isInstanceOf(PlatformConflict.class);
  }

  @Test
  void aReminderLetterAcknowledgedThroughTheChannelByOneAndOnPaperByTheOther() {
    long connected = platform("告诫平台", "310113");
    long paper = platform("回执平台", "310113");
    PlatformClient client = connect(connected, "remind");
    ProcessInstance pi = letter(InterviewKind.REMINDER_LETTER, List.of(connected, paper));
    Interview interview = interview(pi);
    assertThat(pi).hasPassed(Element.INTERVIEW_KIND).hasNotPassed(Element.ISSUE_NOTICES).isWaitingAt(Element.ISSUE_LETTERS);
    Task issue = task(Element.ISSUE_LETTERS, pi);
    assertThat(issue).hasCandidateGroup(BAOSHAN);
    rejected(() -> complete(issue, letterForm(" ", 5L)), "letterContent");
    rejected(() -> complete(issue, letterForm("请依法履行平台管理责任", 2L)), "acknowledgementWorkingDays");
    rejected(() -> complete(issue, letterForm("请依法履行平台管理责任", 31L)), "acknowledgementWorkingDays");

    // no days given: the configured default, five working days
    complete(issue, letterForm("你单位平台内存在销售无中文标签进口商品问题，请依法履行平台管理责任。", null));

    Interview issued = interview(pi);
    Assertions.assertThat(issued.getStatus()).isEqualTo(InterviewStatus.AWAITING_ACKNOWLEDGEMENT);
    Assertions.assertThat(issued.getLetterContent()).contains("无中文标签");
    Assertions.assertThat(issued.getAcknowledgementWorkingDays()).isEqualTo(5);
    List<InterviewSubject> rows = interviews.findSubjects(interview.getId());
    Assertions.assertThat(rows).allSatisfy(row -> {
      Assertions.assertThat(notice(row).getActionType()).isEqualTo(ActionType.REMINDER_LETTER);
      Assertions.assertThat(notice(row).getDocumentNo()).matches("沪.*提醒〔2026〕\\d+号");
      // five working days from Mon 2 March: Mon 9 March, end of day (内部)
      Assertions.assertThat(row.getAcknowledgementDue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    });
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.ACKNOWLEDGEMENT_DUE_TIMER).list();
    Assertions.assertThat(timers).hasSize(2).allSatisfy(job -> Assertions.assertThat(Times.toLocal(job.getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59)));
    assertThat(pi).variables().doesNotContainKeys(Var.LETTER_CONTENT.name(), Var.ACKNOWLEDGEMENT_WORKING_DAYS.name());
    LetterView sent = letters.list(client, null, 0, 10).get(0);
    Assertions.assertThat(sent.letter().kind).isEqualTo(PlatformLetterKind.REMINDER_LETTER);
    Assertions.assertThat(sent.letter().respondBy).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(events(pi)).filteredOn(e -> "PLATFORM_NOTICE".equals(e.getStep()))
        .extracting(RecordEvent::getDecision).containsExactlyInAnyOrder("SENT", "NOT_SENT");

    // the platform acknowledges on Wednesday: its wait ends, the timer with it
    at(MONDAY.plusDays(2));
    letters.acknowledge(client, sent.letter().letterNo,
        new LetterAcknowledgementRequest(MONDAY.plusDays(2).toLocalDate(), "已收悉，将于本月内完成整改"));
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.ACKNOWLEDGEMENT_DUE_TIMER).list()).hasSize(1);
    InterviewSubject acknowledged = row(pi, connected);
    Assertions.assertThat(acknowledged.getAcknowledged()).isTrue();
    Assertions.assertThat(acknowledged.getAcknowledgedVia()).isEqualTo("PLATFORM");
    Assertions.assertThat(acknowledged.getAcknowledgedOn()).isEqualTo(MONDAY.plusDays(2).toLocalDate());

    // the other's day passes: the officers record its paper receipt
    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.ACKNOWLEDGEMENT_DUE_TIMER).singleResult().getId());
    Task record = task(Element.RECORD_ACKNOWLEDGEMENT, pi);
    assertThat(record).hasCandidateGroup(BAOSHAN);
    Assertions.assertThat((String) taskService.getVariableLocal(record.getId(), Var.LETTER_TEXT.name()))
        .contains("提醒告诫函").contains("2026-03-09");
    // five working days after the day: Mon 16 March
    Assertions.assertThat(Times.toLocal(record.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 59, 59));
    rejected(() -> complete(record, withVariables(Var.PAPER_RECEIPT.name(), true)), "acknowledgedOn");
    rejected(() -> complete(record, withVariables(Var.PAPER_RECEIPT.name(), true, Var.ACKNOWLEDGED_ON.name(),
        "2026-03-11")), "acknowledgedOn");
    complete(record, withVariables(Var.PAPER_RECEIPT.name(), true, Var.ACKNOWLEDGED_ON.name(), "2026-03-06"));

    assertThat(pi).isEnded().hasPassed(Element.END_ACKNOWLEDGED, Element.END_ACKNOWLEDGEMENT_RECORDED,
        Element.CLOSE_INTERVIEW, Element.END_CLOSED).hasNotPassed(Element.RECORD_INTERVIEW);
    InterviewSubject onPaper = row(pi, paper);
    Assertions.assertThat(onPaper.getAcknowledged()).isTrue();
    Assertions.assertThat(onPaper.getAcknowledgedVia()).isEqualTo("PAPER");
    Assertions.assertThat(onPaper.getAcknowledgedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    Assertions.assertThat(interview(pi).getStatus()).isEqualTo(InterviewStatus.CLOSED);
    Assertions.assertThat(events(pi)).filteredOn(e -> "LETTER_ACKNOWLEDGED".equals(e.getStep()))
        .extracting(RecordEvent::getDecision).containsExactlyInAnyOrder("PLATFORM", "PAPER");
    Assertions.assertThat(steps(pi)).filteredOn("LETTER_ISSUED"::equals).hasSize(2);
    Assertions.assertThat(steps(pi)).endsWith("CLOSED");
    // the channel's view of the letter
    Assertions.assertThat(letters.get(client, sent.letter().letterNo).letter().status)
        .isEqualTo(PlatformLetterStatus.ACKNOWLEDGED);
  }

  @Test
  void aGuidanceLetterNotAcknowledgedIsRecordedOverdueAndCountsInTheCreditClass() {
    long subject = platform("指导平台", "310113");
    ProcessInstance pi = letter(InterviewKind.GUIDANCE_LETTER, List.of(subject));
    complete(task(Element.ISSUE_LETTERS, pi), letterForm("请建立健全直播营销人员登记档案管理制度。", 3L));
    InterviewSubject row = row(pi, subject);
    Assertions.assertThat(notice(row).getActionType()).isEqualTo(ActionType.GUIDANCE_LETTER);
    Assertions.assertThat(notice(row).getDocumentNo()).matches("沪.*指导函〔2026〕\\d+号");
    // three working days from Mon 2 March: Thu 5 March
    Assertions.assertThat(row.getAcknowledgementDue()).isEqualTo(LocalDateTime.of(2026, 3, 5, 23, 59, 59));
    Assertions.assertThat(events(pi)).filteredOn(e -> "PLATFORM_NOTICE".equals(e.getStep()))
        .extracting(RecordEvent::getDecision).containsExactly("NOT_SENT");

    at(LocalDateTime.of(2026, 3, 6, 8, 0));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.ACKNOWLEDGEMENT_DUE_TIMER).singleResult().getId());
    assertThat(pi).hasPassed(Element.ACKNOWLEDGEMENT_DUE_TIMER).isWaitingAt(Element.RECORD_ACKNOWLEDGEMENT);
    rejected(() -> complete(task(Element.RECORD_ACKNOWLEDGEMENT, pi), new HashMap<>()), "paperReceipt");
    complete(task(Element.RECORD_ACKNOWLEDGEMENT, pi), withVariables(Var.PAPER_RECEIPT.name(), false));

    assertThat(pi).isEnded().hasPassed(Element.END_ACKNOWLEDGEMENT_RECORDED, Element.END_CLOSED);
    InterviewSubject overdue = row(pi, subject);
    Assertions.assertThat(overdue.getAcknowledged()).isFalse();
    Assertions.assertThat(overdue.getAcknowledgedVia()).isNull();
    Assertions.assertThat(events(pi)).filteredOn(e -> "LETTER_ACKNOWLEDGED".equals(e.getStep()))
        .extracting(RecordEvent::getDecision).containsExactly("OVERDUE");
    // a letter not acknowledged counts in the subject's credit risk class (credit-risk-class.dmn → B)
    Assertions.assertThat(interviews.creditCountsSince(List.of(subject),
        LocalDateTime.of(2025, 3, 6, 0, 0)).unacknowledgedLetters()).isEqualTo(1);
    Assertions.assertThat(subjects.byId(subject).orElseThrow().getCreditClass()).isEqualTo(CreditClass.B);
    Assertions.assertThat(subjects.byId(subject).orElseThrow().getCreditClassReason()).isEqualTo("1年内有函件逾期未确认收悉");
  }

  @Test
  void oneOpenLetterOfAKindASubjectAndTheKindIsTheGatewaysVariable() {
    long subject = platform("函件平台", "310113");
    letter(InterviewKind.REMINDER_LETTER, List.of(subject));
    rejected(() -> letter(InterviewKind.REMINDER_LETTER, List.of(subject)), "subjectIds");
    // another form for the same subject is its own
    ProcessInstance guidance = letter(InterviewKind.GUIDANCE_LETTER, List.of(subject));
    assertThat(guidance).isWaitingAt(Element.ISSUE_LETTERS);
    assertThat(guidance).variables().containsEntry(Var.INTERVIEW_KIND.name(), "GUIDANCE_LETTER");
  }

  // ---------------------------------------------------------------- helpers

  /** A platform in the register with a name and credit code of its own (a clue validates the code's form). */
  private long platform(String name, String district) {
    String code = "91" + district + String.format("%010d", CODES.incrementAndGet() % 10_000_000_000L);
    return subjects.resolve(SubjectType.PLATFORM, name + CODES.get(), code, null, null, district).getId();
  }

  private static InterviewRequest request(List<Long> subjectIds) {
    return new InterviewRequest(null, subjectIds, "网售“三无产品”及商品标签标识问题", "电子商务法第三十八条",
        ViolationCategory.PRODUCT_QUALITY, List.of(), null, null);
  }

  private ProcessInstance request(String actor, List<String> groups, List<Long> subjectIds, String hostUnit) {
    InterviewRequest request = new InterviewRequest(null, subjectIds, "网售“三无产品”及商品标签标识问题",
        "电子商务法第三十八条", ViolationCategory.PRODUCT_QUALITY, List.of(), null, hostUnit);
    Requested requested = intake.request(request, actor, groups);
    return runtimeService.createProcessInstanceQuery().processInstanceId(requested.processInstanceId()).singleResult();
  }

  /** A Baoshan head's interview of one subject, its notice issued for the day given. */
  private ProcessInstance noticesIssued(long subject, LocalDateTime interviewAt) {
    ProcessInstance pi = request("baoshan-head", List.of(BAOSHAN_HEAD), List.of(subject), null);
    complete(task(Element.ISSUE_NOTICES, pi), notice(interviewAt));
    return pi;
  }

  /** Interviewed on Monday 2 March with these commitments. */
  private ProcessInstance recorded(long subject, String commitments) {
    ProcessInstance pi = noticesIssued(subject, MONDAY.plusHours(2));
    at(MONDAY.plusHours(4));
    complete(recordTasks(pi).get(0), record(true, commitments));
    return pi;
  }

  /** One commitment due Tue 31 March, its timer fired on 1 April. */
  private ProcessInstance dueAndChecked(long subject) {
    ProcessInstance pi = recorded(subject, "2026-03-31 下架全部无中文标签的进口商品");
    at(LocalDateTime.of(2026, 4, 1, 9, 0));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.COMMITMENT_DUE_TIMER).singleResult();
    managementService.executeJob(timer.getId());
    assertThat(pi).hasPassed(Element.COMMITMENT_DUE_TIMER).isWaitingAt(Element.CHECK_COMMITMENT);
    return pi;
  }

  private List<Task> recordTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_INTERVIEW)
        .list();
  }

  /** A Baoshan head's letter to these subjects, waiting to be issued. */
  private ProcessInstance letter(InterviewKind kind, List<Long> subjectIds) {
    InterviewRequest request = new InterviewRequest(kind, subjectIds, "平台内销售无中文标签进口商品", "电子商务法第三十八条",
        ViolationCategory.PRODUCT_QUALITY, List.of(), null, null);
    Requested requested = intake.request(request, "baoshan-head", List.of(BAOSHAN_HEAD));
    return runtimeService.createProcessInstanceQuery().processInstanceId(requested.processInstanceId()).singleResult();
  }

  private static Map<String, Object> letterForm(String content, Long days) {
    return withVariables(Var.LETTER_CONTENT.name(), content, Var.ACKNOWLEDGEMENT_WORKING_DAYS.name(), days);
  }

  /** The subject registered as a platform client of the channel with the LETTERS scope (matched by credit code). */
  private PlatformClient connect(long subjectId, String prefix) {
    String code = subjects.byId(subjectId).orElseThrow().getCreditCode();
    String id = prefix + "-" + Long.toString(CODES.incrementAndGet() % 1_000_000L, 36);
    return platformClients.register(new PlatformClientRequest(id, "通道平台" + id, code, null, "联络人", null, null,
        Set.of(PlatformScope.LETTERS), null), "admin").client();
  }

  private InterviewSubject row(ProcessInstance pi, long subjectId) {
    return interviews.findSubjects(interview(pi).getId()).stream().filter(r -> r.getSubjectId() == subjectId)
        .findFirst().orElseThrow();
  }

  private static Map<String, Object> startForm(String subjectsText) {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.SUBJECTS.name(), subjectsText);
    form.put(Var.ISSUES.name(), "直播间销售的进口食品无中文标签");
    form.put(Var.BASIS.name(), "食品安全法第九十七条");
    form.put(Var.CATEGORY.name(), ViolationCategory.PRODUCT_QUALITY.name());
    return form;
  }

  private static Map<String, Object> notice(LocalDateTime interviewAt) {
    return withVariables(Var.INTERVIEW_AT.name(), interviewAt.toString().substring(0, 16), Var.PLACE.name(),
        "市局第一会议室", Var.BUREAU_ATTENDEES.name(), "网监处处长、执法人员二名");
  }

  private static Map<String, Object> record(boolean attended, String commitments) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ATTENDED.name(), attended);
    variables.put(Var.PARTY_ATTENDEES.name(), "合规负责人、商品管理部经理");
    variables.put(Var.PROBLEMS.name(), "平台内商家销售无中文标签进口商品，平台未尽审核义务");
    variables.put(Var.COMMITMENTS_TEXT.name(), commitments);
    return variables;
  }

  private static Map<String, Object> check(boolean fulfilled, FollowUp followUp, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMMITMENT_FULFILLED.name(), fulfilled);
    variables.put(Var.FOLLOW_UP.name(), followUp == null ? null : followUp.name());
    variables.put(Var.CHECK_NOTE.name(), note);
    return variables;
  }

  private EnforcementAction notice(InterviewSubject row) {
    return records.ofSubject(row.getSubjectId()).stream().filter(a -> a.getId().equals(row.getNoticeActionId()))
        .findFirst().orElseThrow();
  }

  private Interview interview(ProcessInstance pi) {
    String interviewNo = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
    return interviews.findByNo(interviewNo).orElseThrow();
  }

  private List<RecordEvent> events(ProcessInstance pi) {
    return events.of(GovernanceRecordKind.INTERVIEW, interview(pi).getId());
  }

  private List<String> steps(ProcessInstance pi) {
    return events(pi).stream().map(RecordEvent::getStep).toList();
  }

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
