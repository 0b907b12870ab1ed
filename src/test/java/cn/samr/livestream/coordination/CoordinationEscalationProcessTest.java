package cn.samr.livestream.coordination;

import static cn.samr.livestream.enforcement.clue.ClueFixtures.monitoringFinding;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.coordination.CoordinationProcess.Element;
import cn.samr.livestream.coordination.CoordinationProcess.Message;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
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
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of coordination-escalation (综合协调工作组研判): guidance given directly; a topical meeting;
 * three departments notified, one late (reminder, overdue flag); consolidation and acknowledgement; the
 * start by a clue's message and by the Tasklist start form; the forms' rules.
 */
@ProcessTest(covers = CoordinationProcess.PROCESS_KEY)
class CoordinationEscalationProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final String BAOSHAN = "district-310113";

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired EscalationMapper escalations;
  @Autowired ClueIntakeService intake;
  @Autowired ClueMapper clues;
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

  // ---------------------------------------------------------------- reporting

  @Test
  void aDistrictReportsAProblemFromTheTasklistStartForm() {
    ProcessInstance pi = report();

    Escalation escalation = escalation(pi);
    assertThat(pi).isWaitingAt(Element.TRIAGE).hasBusinessKey(escalation.getEscalationNo());
    Assertions.assertThat(escalation.getEscalationNo()).matches("SB-20260302-\\d{5}");
    Assertions.assertThat(escalation.getSource()).isEqualTo(EscalationSource.TASKLIST);
    Assertions.assertThat(escalation.getReportingUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(escalation.getCategory()).isEqualTo(ViolationCategory.FOOD_SAFETY);
    Assertions.assertThat(escalation.getSuggestedDepartments()).isEqualTo("CYBERSPACE,PUBLIC_SECURITY");
    Assertions.assertThat(escalation.getStatus()).isEqualTo(EscalationStatus.TRIAGE);
    Task triage = task(Element.TRIAGE, pi);
    assertThat(triage).hasCandidateGroup(CoordinationProcess.GROUP);
    Assertions.assertThat(taskService.getVariablesLocal(triage.getId()))
        .containsEntry(TaskListColumns.NUMBER, escalation.getEscalationNo())
        .containsEntry(TaskListColumns.CATEGORY, "食品安全")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
    // reported Mon 2 March: five working days end Mon 9 March
    assertDue(triage, LocalDate.of(2026, 3, 9), "2026年3月9日（星期一）");
    Assertions.assertThat(escalation.getTriageDue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    assertThat(pi).variables().doesNotContainKeys(Var.TITLE.name(), Var.DESCRIPTION.name(),
        DepartmentFields.SUGGEST_PREFIX + "CYBERSPACE")
        .containsEntry(Var.LIST_NUMBER.name(), escalation.getEscalationNo());
    Assertions.assertThat(steps(pi)).containsExactly("REPORTED");
  }

  @Test
  void anAuthenticatedOfficerReportsForHisOwnUnitOnly() {
    identityService.setAuthentication("coord-test-pudong", List.of("district-310115"));
    Map<String, Object> form = reportForm();
    form.remove(Var.REPORTING_UNIT.name());
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, form);
    identityService.clearAuthentication();

    Assertions.assertThat(escalation(pi).getReportingUnit()).isEqualTo("district-310115");
    Assertions.assertThat(escalation(pi).getReportedBy()).isEqualTo("coord-test-pudong");

    identityService.setAuthentication("coord-test-pudong", List.of("district-310115"));
    rejected(() -> runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, reportForm()),
        "reportingUnit");
  }

  @Test
  void aReportNeedsTitleDescriptionCategoryAndAKnownUnit() {
    Map<String, Object> form = reportForm();
    form.put(Var.TITLE.name(), " ");
    form.remove(Var.DESCRIPTION.name());
    form.put(Var.REPORTING_UNIT.name(), "district-999999");
    rejected(() -> runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, form),
        "title", "description", "reportingUnit");

    Map<String, Object> badCategory = reportForm();
    badCategory.put(Var.CATEGORY.name(), "GAMBLING");
    rejected(() -> runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, badCategory), "category");
  }

  @Test
  void aClueReportedByVerificationBecomesTheMatterOfItsHandlingUnit() {
    RegisteredClue registered = intake.register(monitoringFinding(MONDAY), "test");
    Clue clue = clues.findById(registered.clueId()).orElseThrow();

    ProcessInstance pi = runtimeService.createMessageCorrelation(Message.ESCALATION_RAISED)
        .processInstanceBusinessKey(clue.getClueNo())
        .setVariable(Var.CLUE_ID.name(), clue.getId())
        .correlateStartMessage();

    assertThat(pi).isWaitingAt(Element.TRIAGE).hasBusinessKey(clue.getClueNo());
    Escalation escalation = escalations.findByClue(clue.getId()).get(0);
    Assertions.assertThat(escalation.getSource()).isEqualTo(EscalationSource.CLUE);
    Assertions.assertThat(escalation.getReportingUnit()).isEqualTo(clue.getHandlingUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(escalation.getCategory()).isEqualTo(clue.getCategory());
    Assertions.assertThat(escalation.getDescription()).contains(clue.getFacts());
    Assertions.assertThat(escalation.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(pi).variables().containsEntry(Var.LIST_NUMBER.name(), escalation.getEscalationNo())
        .containsEntry(Var.REPORTING_UNIT.name(), BAOSHAN);
    // raised by the engine, not by a user: the reporting unit reads the instance all the same, no other district
    Assertions.assertThat(authorizationService.isUserAuthorized("any-baoshan-head", List.of(BAOSHAN + "-head"),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isTrue();
    Assertions.assertThat(authorizationService.isUserAuthorized("any-pudong-head", List.of("district-310115-head"),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();
  }

  // ---------------------------------------------------------------- triage

  @Test
  void guidanceGivenDirectlyGoesStraightToTheDistrictToAcknowledge() {
    ProcessInstance pi = report();
    complete(task(Element.TRIAGE, pi), triage(true, false, false, "依据食品安全法第七十三条，责令停止虚假宣传并立案查处"));

    Task acknowledge = task(Element.ACKNOWLEDGE_GUIDANCE, pi);
    assertThat(acknowledge).hasCandidateGroup(BAOSHAN);
    // guidance given in triage on Mon 2 March: acknowledged within five working days, by Mon 9 March
    assertDue(acknowledge, LocalDate.of(2026, 3, 9), "2026年3月9日（星期一）");
    Assertions.assertThat(escalation(pi).getGuidance()).startsWith("依据食品安全法");
    Assertions.assertThat(escalation(pi).getStatus()).isEqualTo(EscalationStatus.AWAITING_ACKNOWLEDGEMENT);
    at(MONDAY.plusDays(1));
    complete(acknowledge, withVariables(Var.ACKNOWLEDGEMENT_NOTE.name(), "已收悉，按意见办理"));

    assertThat(pi).isEnded().hasPassed(Element.END_CLOSED).hasNotPassed(Element.CONSOLIDATE_GUIDANCE,
        Element.HOLD_MEETING, Element.RECORD_FEEDBACK);
    Escalation closed = escalation(pi);
    Assertions.assertThat(closed.getStatus()).isEqualTo(EscalationStatus.CLOSED);
    Assertions.assertThat(closed.getAcknowledgedAt()).isEqualTo(MONDAY.plusDays(1));
    Assertions.assertThat(steps(pi)).containsExactly("REPORTED", "TRIAGE", "ACKNOWLEDGED");
  }

  @Test
  void triageNeedsAChoiceGuidanceToAnswerAndDepartmentsToNotify() {
    ProcessInstance pi = report();
    rejected(() -> complete(task(Element.TRIAGE, pi), triage(false, false, false, null)), "answerDirectly");
    rejected(() -> complete(task(Element.TRIAGE, pi), triage(true, false, false, " ")), "guidance");
    Map<String, Object> noDepartments = triage(false, false, true, null);
    noDepartments.put(Var.FEEDBACK_WORKING_DAYS.name(), 2L);
    rejected(() -> complete(task(Element.TRIAGE, pi), noDepartments), "departments", "feedbackWorkingDays");
    Map<String, Object> unknown = triage(false, false, true, null);
    unknown.put(Var.DEPARTMENTS, "[\"PUBLIC_SECURITY\",\"MINISTRY_OF_MAGIC\"]");
    rejected(() -> complete(task(Element.TRIAGE, pi), unknown), "departments");
    Map<String, Object> tooShort = triage(false, false, true, null);
    tooShort.put(DepartmentFields.DEPARTMENT_PREFIX + "TAX", true);
    tooShort.put(DepartmentFields.FEEDBACK_DAYS_PREFIX + "TAX", 40L);
    rejected(() -> complete(task(Element.TRIAGE, pi), tooShort), DepartmentFields.FEEDBACK_DAYS_PREFIX + "TAX");

    assertThat(pi).isWaitingAt(Element.TRIAGE);
    Assertions.assertThat(escalations.findNotices(escalation(pi).getId())).isEmpty();
  }

  @Test
  void aTopicalMeetingIsRecordedAndItsConclusionsConsolidated() {
    ProcessInstance pi = report();
    complete(task(Element.TRIAGE, pi), triage(false, true, false, null));

    Task meeting = task(Element.HOLD_MEETING, pi);
    assertThat(meeting).hasCandidateGroup(CoordinationProcess.GROUP);
    Map<String, Object> record = meeting("2026-03-02");
    record.put(Var.MEETING_MINUTES.name(), "");
    rejected(() -> complete(meeting, record), "meetingMinutes");
    rejected(() -> complete(meeting, meeting("2026-03-09")), "meetingDate");
    rejected(() -> complete(meeting, meeting("下周一")), "meetingDate");
    complete(meeting, meeting("2026-03-02"));

    Task consolidation = task(Element.CONSOLIDATE_GUIDANCE, pi);
    Assertions.assertThat(Var.FEEDBACK_SUMMARY.convert(runtimeService.getVariable(pi.getId(),
        Var.FEEDBACK_SUMMARY.name()))).contains("专题讨论会（2026-03-02）结论：由区局立案查处，市局执法总队提供技术支持");
    rejected(() -> complete(consolidation, withVariables(Var.GUIDANCE.name(), "")), "guidance");
    complete(consolidation, withVariables(Var.GUIDANCE.name(), "按专题讨论会结论办理"));
    complete(task(Element.ACKNOWLEDGE_GUIDANCE, pi));

    assertThat(pi).isEnded().hasPassed(Element.HOLD_MEETING, Element.CONSOLIDATE_GUIDANCE)
        .hasNotPassed(Element.SEND_NOTICE);
    Escalation escalation = escalation(pi);
    Assertions.assertThat(escalation.getMeetingDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    Assertions.assertThat(escalation.getMeetingParticipants()).contains("网监处");
    Assertions.assertThat(escalation.getGuidance()).isEqualTo("按专题讨论会结论办理");
    Assertions.assertThat(steps(pi)).containsExactly("REPORTED", "TRIAGE", "MEETING", "GUIDANCE", "ACKNOWLEDGED");
  }

  // ---------------------------------------------------------------- departments

  @Test
  void threeDepartmentsAreNotifiedAndOneLateDepartmentIsRemindedAndFlaggedOverdue() {
    ProcessInstance pi = report();
    Map<String, Object> choices = triage(true, false, true, "先行约谈平台");
    for (String department : List.of("CYBERSPACE", "PUBLIC_SECURITY", "COMMERCE")) {
      choices.put(DepartmentFields.DEPARTMENT_PREFIX + department, true);
    }
    complete(task(Element.TRIAGE, pi), choices);

    long escalationId = escalation(pi).getId();
    List<DepartmentNotice> notices = escalations.findNotices(escalationId);
    Assertions.assertThat(notices).extracting(DepartmentNotice::getDepartment)
        .containsExactly(Department.CYBERSPACE, Department.COMMERCE, Department.PUBLIC_SECURITY);
    // sent Mon 2 March: ten working days end Mon 16 March
    Assertions.assertThat(notices).allSatisfy(notice -> {
      Assertions.assertThat(notice.getFeedbackWorkingDays()).isEqualTo(10);
      Assertions.assertThat(notice.getSentAt()).isEqualTo(MONDAY);
      Assertions.assertThat(notice.getFeedbackDue()).isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 59, 59));
    });
    List<Task> feedbackTasks = feedbackTasks(pi);
    Assertions.assertThat(feedbackTasks).hasSize(3).allSatisfy(task -> {
      assertThat(task).hasCandidateGroup(CoordinationProcess.GROUP);
      Assertions.assertThat(Times.toLocal(task.getDueDate())).isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 59, 59));
    });
    Assertions.assertThat(taskService.getVariableLocal(feedback(pi, "网信部门").getId(), TaskListColumns.DEADLINE))
        .isNotEqualTo("—");

    at(LocalDateTime.of(2026, 3, 5, 15, 0));
    rejected(() -> complete(feedback(pi, "网信部门"), withVariables(Var.FEEDBACK.name(), " ")), "feedback");
    rejected(() -> complete(feedback(pi, "网信部门"), withVariables(Var.FEEDBACK.name(), "反".repeat(4001))), "feedback");
    complete(feedback(pi, "网信部门"), withVariables(Var.FEEDBACK.name(), "已约谈平台，督促下架相关直播回放"));
    Assertions.assertThat(taskService.getVariables(feedback(pi, "商务部门").getId())).doesNotContainKey(Var.FEEDBACK.name());
    complete(feedback(pi, "商务部门"), withVariables(Var.FEEDBACK.name(), "将该主播纳入直播电商行业自律提示"));

    // reminder two working days before the deadline: Thu 12 March, end of day
    Assertions.assertThat(Times.toLocal(job(Element.FEEDBACK_REMINDER_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 12, 23, 59, 59));
    at(LocalDateTime.of(2026, 3, 13, 9, 0));
    execute(job(Element.FEEDBACK_REMINDER_TIMER, pi));
    Task late = feedback(pi, "公安机关");
    Assertions.assertThat(late.getPriority()).isEqualTo(80);
    Assertions.assertThat(notice(notices, Department.PUBLIC_SECURITY).getRemindedAt()).isNotNull();

    at(LocalDateTime.of(2026, 3, 17, 9, 0));
    execute(job(Element.FEEDBACK_OVERDUE_TIMER, pi));
    Assertions.assertThat(feedback(pi, "公安机关").getPriority()).isEqualTo(100);
    Assertions.assertThat(notice(notices, Department.PUBLIC_SECURITY).isOverdue()).isTrue();
    Assertions.assertThat(notice(notices, Department.CYBERSPACE).isOverdue()).isFalse();
    assertThat(pi).isWaitingAt(Element.RECORD_FEEDBACK).hasPassed(Element.SEND_FEEDBACK_REMINDER,
        Element.MARK_FEEDBACK_OVERDUE);

    complete(feedback(pi, "公安机关"), withVariables(Var.FEEDBACK.name(), "暂未发现涉嫌犯罪线索，继续关注"));

    Task consolidation = task(Element.CONSOLIDATE_GUIDANCE, pi);
    assertThat(consolidation).hasCandidateGroup(CoordinationProcess.GROUP);
    Assertions.assertThat(Var.FEEDBACK_SUMMARY.convert(runtimeService.getVariable(pi.getId(), Var.FEEDBACK_SUMMARY.name())))
        .contains("研判意见：先行约谈平台", "网信部门：已约谈平台", "商务部门：将该主播", "公安机关（逾期）：暂未发现");
    complete(consolidation, withVariables(Var.GUIDANCE.name(), "区局立案查处；网信部门已约谈平台；公安机关继续关注"));
    Task acknowledge = task(Element.ACKNOWLEDGE_GUIDANCE, pi);
    assertThat(acknowledge).hasCandidateGroup(BAOSHAN);
    complete(acknowledge, withVariables(Var.ACKNOWLEDGEMENT_NOTE.name(), "已收悉"));

    assertThat(pi).isEnded();
    Escalation closed = escalation(pi);
    Assertions.assertThat(closed.getStatus()).isEqualTo(EscalationStatus.CLOSED);
    Assertions.assertThat(closed.getGuidance()).startsWith("区局立案查处");
    Assertions.assertThat(escalations.findNotices(escalationId)).allSatisfy(n ->
        Assertions.assertThat(n.getReceivedAt()).isNotNull());
    Assertions.assertThat(notice(notices, Department.PUBLIC_SECURITY).getReceivedAt())
        .isEqualTo(LocalDateTime.of(2026, 3, 17, 9, 0));
    Assertions.assertThat(steps(pi)).containsExactly("REPORTED", "TRIAGE", "NOTICE_SENT", "NOTICE_SENT", "NOTICE_SENT",
        "FEEDBACK", "FEEDBACK", "FEEDBACK_REMINDER", "FEEDBACK_OVERDUE", "FEEDBACK", "GUIDANCE", "ACKNOWLEDGED");
  }

  @Test
  void aMeetingAndDepartmentsRunSideBySide() {
    ProcessInstance pi = report();
    Map<String, Object> choices = triage(false, true, true, null);
    choices.put(Var.DEPARTMENTS, "DRUGS");
    choices.put(DepartmentFields.FEEDBACK_DAYS_PREFIX + "DRUGS", 5L);
    complete(task(Element.TRIAGE, pi), choices);

    assertThat(pi).isWaitingAt(Element.HOLD_MEETING, Element.RECORD_FEEDBACK);
    // five working days from Mon 2 March: Mon 9 March
    Assertions.assertThat(Times.toLocal(feedback(pi, "药品监管部门").getDueDate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    complete(feedback(pi, "药品监管部门"), withVariables(Var.FEEDBACK.name(), "该产品为普通食品，不属药品监管范围"));
    assertThat(pi).isWaitingAt(Element.HOLD_MEETING);
    complete(task(Element.HOLD_MEETING, pi), meeting("2026-03-02"));

    assertThat(pi).isWaitingAt(Element.CONSOLIDATE_GUIDANCE);
  }

  /**
   * The triage, meeting, feedback and acknowledgement fields are recorded in the escalation and its notices and live
   * for their command only (issue 15). The meeting and notice flags stay: the gateway after the meeting and the
   * notices reads them in a later command; so does the guidance, which later forms show.
   */
  @Test
  void formFieldsLiveForTheirCommandTheFlagsAndTheGuidanceStay() {
    ProcessInstance pi = report();
    Map<String, Object> choices = triage(false, true, true, "先行约谈平台");
    choices.put(Var.PLANNED_MEETING_DATE.name(), "2026-03-05");
    choices.put(Var.FEEDBACK_WORKING_DAYS.name(), 8L);
    choices.put(Var.DEPARTMENTS, "DRUGS");
    choices.put(DepartmentFields.DEPARTMENT_PREFIX + "TAX", true);
    choices.put(DepartmentFields.DEPARTMENT_PREFIX + "TELECOM", false);
    choices.put(DepartmentFields.FEEDBACK_DAYS_PREFIX + "DRUGS", 5L);
    complete(task(Element.TRIAGE, pi), choices);

    List<String> taken = List.of(Var.ANSWER_DIRECTLY.name(), Var.PLANNED_MEETING_DATE.name(),
        Var.FEEDBACK_WORKING_DAYS.name(), Var.DEPARTMENTS, DepartmentFields.DEPARTMENT_PREFIX + "TAX",
        DepartmentFields.DEPARTMENT_PREFIX + "TELECOM", DepartmentFields.FEEDBACK_DAYS_PREFIX + "DRUGS",
        Var.MEETING_DATE.name(), Var.MEETING_PARTICIPANTS.name(), Var.MEETING_MINUTES.name(),
        Var.MEETING_CONCLUSIONS.name(), Var.FEEDBACK.name(), Var.ACKNOWLEDGEMENT_NOTE.name());
    EngineVariableRows rows = new EngineVariableRows(jdbc);
    // the choices reached the escalation and its notices: 8 working days for tax, 5 for drugs
    Assertions.assertThat(escalations.findNotices(escalation(pi).getId()))
        .extracting(DepartmentNotice::getDepartment, DepartmentNotice::getFeedbackWorkingDays)
        .containsExactlyInAnyOrder(Assertions.tuple(Department.TAX, 8), Assertions.tuple(Department.DRUGS, 5));
    Assertions.assertThat(escalation(pi).getPlannedMeetingDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    Assertions.assertThat(rows.runtime(pi.getId())).doesNotContainAnyElementsOf(taken)
        .contains(Var.CONVENE_MEETING.name(), Var.NOTIFY_DEPARTMENTS.name(), Var.GUIDANCE.name());

    complete(task(Element.HOLD_MEETING, pi), meeting("2026-03-02"));
    complete(feedback(pi, "税务部门"), withVariables(Var.FEEDBACK.name(), "已核查主播纳税情况"));
    complete(feedback(pi, "药品监管部门"), withVariables(Var.FEEDBACK.name(), "该产品为普通食品，不属药品监管范围"));

    // the gateway after both read the stored flags: the guidance is consolidated
    complete(task(Element.CONSOLIDATE_GUIDANCE, pi), withVariables(Var.GUIDANCE.name(), "区局立案查处"));
    complete(task(Element.ACKNOWLEDGE_GUIDANCE, pi), withVariables(Var.ACKNOWLEDGEMENT_NOTE.name(), "已收悉"));

    assertThat(pi).isEnded();
    Escalation closed = escalation(pi);
    Assertions.assertThat(closed.getMeetingRecordedAt()).isNotNull();
    Assertions.assertThat(closed.getStatus()).isEqualTo(EscalationStatus.CLOSED);
    Assertions.assertThat(rows.history(pi.getId())).doesNotContainAnyElementsOf(taken)
        .contains(Var.CONVENE_MEETING.name(), Var.NOTIFY_DEPARTMENTS.name(), Var.GUIDANCE.name());
  }

  // ---------------------------------------------------------------- due dates (bureau service targets)

  /**
   * Around National Day 2026 (calendar/holidays-cn/2026.json): 1–7 October off, Saturday 10 October a
   * make-up working day, Sunday 11 October off. Working days after Mon 28 Sep: 29 Sep, 30 Sep, 8 Oct,
   * 9 Oct, 10 Oct (Sat), 12 Oct, 13 Oct, 14 Oct, 15 Oct, 16 Oct, 19 Oct, 20 Oct …
   */
  @Test
  void eachStepIsDueOnItsWorkingDayAcrossNationalDay() {
    at(LocalDateTime.of(2026, 9, 28, 10, 0));
    ProcessInstance pi = report();
    // reported Mon 28 Sep, 5 working days: 29, 30 Sep, 8, 9, 10 Oct
    assertDue(task(Element.TRIAGE, pi), LocalDate.of(2026, 10, 10), "2026年10月10日（星期六）");

    at(LocalDateTime.of(2026, 9, 29, 10, 0));
    Map<String, Object> choices = triage(false, true, true, null);
    choices.put(Var.DEPARTMENTS, "CYBERSPACE,COMMERCE");
    complete(task(Element.TRIAGE, pi), choices);
    // triaged Tue 29 Sep, no meeting date planned, 10 working days: 30 Sep, 8, 9, 10, 12, 13, 14, 15, 16, 19 Oct
    assertDue(task(Element.HOLD_MEETING, pi), LocalDate.of(2026, 10, 19), "2026年10月19日（星期一）");

    at(LocalDateTime.of(2026, 9, 30, 10, 0));
    complete(task(Element.HOLD_MEETING, pi), meeting("2026-09-30"));
    at(LocalDateTime.of(2026, 9, 30, 11, 0));
    complete(feedback(pi, "网信部门"), withVariables(Var.FEEDBACK.name(), "已约谈平台"));
    at(LocalDateTime.of(2026, 10, 8, 15, 0));
    complete(feedback(pi, "商务部门"), withVariables(Var.FEEDBACK.name(), "纳入行业自律提示"));
    // the last feedback came Thu 8 Oct, 5 working days: 9, 10, 12, 13, 14 Oct (not from the meeting of 30 Sep)
    assertDue(task(Element.CONSOLIDATE_GUIDANCE, pi), LocalDate.of(2026, 10, 14), "2026年10月14日（星期三）");

    at(LocalDateTime.of(2026, 10, 9, 10, 0));
    complete(task(Element.CONSOLIDATE_GUIDANCE, pi), withVariables(Var.GUIDANCE.name(), "区局立案查处"));
    // guidance Fri 9 Oct, 5 working days: 10 (Sat), 12, 13, 14, 15 Oct
    Task acknowledge = task(Element.ACKNOWLEDGE_GUIDANCE, pi);
    assertDue(acknowledge, LocalDate.of(2026, 10, 15), "2026年10月15日（星期四）");
    complete(acknowledge);

    assertThat(pi).isEnded();
    Escalation closed = escalation(pi);
    Assertions.assertThat(closed.getPlannedMeetingDate()).isNull();
    Assertions.assertThat(closed.getMeetingRecordedAt()).isEqualTo(LocalDateTime.of(2026, 9, 30, 10, 0));
    Assertions.assertThat(closed.getTriageDue()).isEqualTo(LocalDateTime.of(2026, 10, 10, 23, 59, 59));
    Assertions.assertThat(closed.getMeetingDue()).isEqualTo(LocalDateTime.of(2026, 10, 19, 23, 59, 59));
    Assertions.assertThat(closed.getConsolidationDue()).isEqualTo(LocalDateTime.of(2026, 10, 14, 23, 59, 59));
    Assertions.assertThat(closed.getAcknowledgementDue()).isEqualTo(LocalDateTime.of(2026, 10, 15, 23, 59, 59));
  }

  @Test
  void aPlannedMeetingDateSetsTheMeetingsDeadlineAndItsRecordTheConsolidations() {
    at(LocalDateTime.of(2026, 9, 28, 10, 0));
    ProcessInstance pi = report();
    at(LocalDateTime.of(2026, 9, 28, 14, 0));
    Map<String, Object> past = triage(false, true, false, null);
    past.put(Var.PLANNED_MEETING_DATE.name(), "2026-09-25");
    rejected(() -> complete(task(Element.TRIAGE, pi), past), Var.PLANNED_MEETING_DATE.name());
    Map<String, Object> garbled = triage(false, true, false, null);
    garbled.put(Var.PLANNED_MEETING_DATE.name(), "国庆后");
    rejected(() -> complete(task(Element.TRIAGE, pi), garbled), Var.PLANNED_MEETING_DATE.name());

    Map<String, Object> planned = triage(false, true, false, null);
    planned.put(Var.PLANNED_MEETING_DATE.name(), "2026-10-09");
    complete(task(Element.TRIAGE, pi), planned);
    // planned for Fri 9 Oct, 10 working days: 10 (Sat), 12, 13, 14, 15, 16, 19, 20, 21, 22 Oct
    assertDue(task(Element.HOLD_MEETING, pi), LocalDate.of(2026, 10, 22), "2026年10月22日（星期四）");
    Assertions.assertThat(escalation(pi).getPlannedMeetingDate()).isEqualTo(LocalDate.of(2026, 10, 9));

    at(LocalDateTime.of(2026, 10, 12, 9, 0));
    complete(task(Element.HOLD_MEETING, pi), meeting("2026-10-09"));
    // recorded Mon 12 Oct, 5 working days: 13, 14, 15, 16, 19 Oct
    assertDue(task(Element.CONSOLIDATE_GUIDANCE, pi), LocalDate.of(2026, 10, 19), "2026年10月19日（星期一）");
    Escalation escalation = escalation(pi);
    Assertions.assertThat(escalation.getMeetingDue()).isEqualTo(LocalDateTime.of(2026, 10, 22, 23, 59, 59));
    Assertions.assertThat(escalation.getConsolidationDue()).isEqualTo(LocalDateTime.of(2026, 10, 19, 23, 59, 59));
    Assertions.assertThat(escalations.findEvents(escalation.getId())).filteredOn(e -> e.getStep().equals("TRIAGE"))
        .singleElement().satisfies(e -> Assertions.assertThat(e.getDetail()).contains("拟于2026-10-09召开专题讨论会"));
  }

  // ---------------------------------------------------------------- helpers

  /** Due at the end of {@code day} (Beijing time), and the task list's deadline column says so. */
  private void assertDue(Task task, LocalDate day, String deadlineText) {
    Assertions.assertThat(Times.toLocal(task.getDueDate())).as(task.getTaskDefinitionKey() + " due")
        .isEqualTo(day.atTime(23, 59, 59));
    Assertions.assertThat(taskService.getVariableLocal(task.getId(), TaskListColumns.DEADLINE))
        .as(task.getTaskDefinitionKey() + " " + TaskListColumns.DEADLINE).isEqualTo(deadlineText);
  }

  private ProcessInstance report() {
    return runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, reportForm());
  }

  private static Map<String, Object> reportForm() {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.TITLE.name(), "跨区带货主播宣称普通食品治疗糖尿病");
    form.put(Var.DESCRIPTION.name(), "主播在多个平台直播，宣称某固体饮料可治疗糖尿病，涉及多个区及外省市经营主体。");
    form.put(Var.CATEGORY.name(), "FOOD_SAFETY");
    form.put(DepartmentFields.SUGGEST_PREFIX + "PUBLIC_SECURITY", true);
    form.put(DepartmentFields.SUGGEST_PREFIX + "CYBERSPACE", true);
    form.put(Var.REPORTING_UNIT.name(), "310113");
    return form;
  }

  private static Map<String, Object> triage(boolean answer, boolean meeting, boolean departments, String guidance) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ANSWER_DIRECTLY.name(), answer);
    variables.put(Var.CONVENE_MEETING.name(), meeting);
    variables.put(Var.NOTIFY_DEPARTMENTS.name(), departments);
    variables.put(Var.GUIDANCE.name(), guidance);
    return variables;
  }

  private static Map<String, Object> meeting(String date) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.MEETING_DATE.name(), date);
    variables.put(Var.MEETING_PARTICIPANTS.name(), "广告处、网监处、食品经营处、执法总队、宝山区局");
    variables.put(Var.MEETING_MINUTES.name(), "宝山区局介绍案情，各处室讨论定性与管辖");
    variables.put(Var.MEETING_CONCLUSIONS.name(), "由区局立案查处，市局执法总队提供技术支持");
    return variables;
  }

  private List<Task> feedbackTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_FEEDBACK).list();
  }

  private Task feedback(ProcessInstance pi, String department) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_FEEDBACK)
        .taskVariableValueEquals(Var.DEPARTMENT_NAME.name(), department).singleResult();
  }

  private DepartmentNotice notice(List<DepartmentNotice> notices, Department department) {
    long id = notices.stream().filter(n -> n.getDepartment() == department).findFirst().orElseThrow().getId();
    return escalations.findNotice(id).orElseThrow();
  }

  private Escalation escalation(ProcessInstance pi) {
    return escalations.findByProcessInstance(pi.getId()).orElseThrow();
  }

  private List<String> steps(ProcessInstance pi) {
    return escalations.findEvents(escalation(pi).getId()).stream().map(RecordEvent::getStep).toList();
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
