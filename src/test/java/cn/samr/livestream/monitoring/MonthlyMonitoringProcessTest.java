package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.MonitoringProcess.Element;
import cn.samr.livestream.monitoring.MonitoringProcess.Var;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrgUnitMapper;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
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
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * monthly-monitoring (月度抽查监测): the timer on the 1st opens one assignment per active district, checks
 * are recorded against the quota, the reminder on the 20th only below it, the close at month end or
 * when the officer is done, and the turn of the year.
 */
@ProcessTest(covers = MonitoringProcess.PROCESS_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyMonitoringProcessTest {

  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired MonitoringService monitoring;
  @Autowired SpotCheckAssignmentMapper assignments;
  @Autowired SpotCheckMapper checks;
  @Autowired OrganizationService organization;
  @Autowired OrgUnitMapper units;
  @Autowired ClueMapper clues;
  @Autowired JdbcTemplate jdbc;
  @Autowired SubjectRegistry subjects;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(MonitoringProcess.PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over", true));
  }

  @Test
  void theFirstOfTheMonthOpensOneAssignmentPerActiveDistrict() {
    ProcessInstance pi = startMonth(2027, 3);

    List<SpotCheckAssignment> opened = assignments.findByMonth("2027-03");
    assertThat(organization.activeDistricts()).hasSize(18);
    assertThat(opened).hasSize(18).allSatisfy(a -> {
      assertThat(a.getQuota()).isEqualTo(10);
      assertThat(a.getStatus()).isEqualTo(AssignmentStatus.OPEN);
      assertThat(a.getFocusAreas()).isEqualTo("FOOD,DRUG,MEDICAL_DEVICE,COSMETICS,FINANCE");
      assertThat(a.getProcessInstanceId()).isEqualTo(pi.getId());
    });
    assertThat(opened).extracting(SpotCheckAssignment::getUnitCode)
        .containsExactlyInAnyOrderElementsOf(organization.activeDistricts().stream().map(OrgUnit::getCode).toList());
    assertThat(pi.getBusinessKey()).isEqualTo("JC-2027-03");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_SPOT_CHECKS)
        .count()).isEqualTo(18);

    Task baoshan = task(pi, BAOSHAN);
    // one instance for every district: each works its own task, none is granted the whole instance
    assertThat(authorizationService.isUserAuthorized("any-baoshan-head", List.of(BAOSHAN, BAOSHAN + "-head"),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();
    assertThat(authorizationService.isUserAuthorized("any-baoshan-officer", List.of(BAOSHAN), Permissions.READ,
        Resources.TASK, baoshan.getId())).isTrue();
    assertThat(Times.toLocal(baoshan.getDueDate())).isEqualTo(LocalDateTime.of(2027, 3, 31, 23, 59, 59));
    Map<String, Object> local = taskService.getVariablesLocal(baoshan.getId());
    assertThat(local).containsEntry(TaskListColumns.NUMBER, "JC-310113-2027-03")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局")
        .containsEntry(Var.PROGRESS_TEXT.name(), "已抽查 0 / 10")
        .containsKey(TaskListColumns.DEADLINE);
    assertThat(taskService.getVariable(baoshan.getId(), Var.FOCUS_AREAS_TEXT.name()))
        .isEqualTo("食品、药品、医疗器械、化妆品、金融");
    assertThat(Times.toLocal(startJob().getDuedate())).isEqualTo(LocalDateTime.of(2027, 4, 1, 0, 5));

    // opened once: a second run for the month creates nothing
    assertThat(monitoring.openMonth(YearMonth.of(2027, 3), "another")).isEmpty();
    assertThat(assignments.findByMonth("2027-03")).hasSize(18);
  }

  @Test
  void recordedChecksShowAsProgressAndOnlyDistrictsBelowTheQuotaAreRemindedOnThe20th() {
    ProcessInstance pi = startMonth(2027, 4);
    long baoshan = assignmentOf(BAOSHAN, "2027-04");
    long pudong = assignmentOf(PUDONG, "2027-04");
    at(LocalDateTime.of(2027, 4, 12, 15, 0));
    for (int day = 1; day <= 10; day++) {
      monitoring.record(normalCheck(baoshan, LocalDate.of(2027, 4, day)), "baoshan-officer");
    }
    monitoring.record(normalCheck(pudong, LocalDate.of(2027, 4, 2)), "pudong-officer");
    MonitoringService.RecordedCheck suspected = monitoring.record(suspectedCheck(pudong, LocalDate.of(2027, 4, 12)),
        "pudong-officer");

    assertThat(taskService.getVariableLocal(task(pi, BAOSHAN).getId(), Var.PROGRESS_TEXT.name())).isEqualTo("已抽查 10 / 10");
    assertThat(taskService.getVariableLocal(task(pi, PUDONG).getId(), Var.PROGRESS_TEXT.name())).isEqualTo("已抽查 2 / 10");
    // the suspected violation became a clue of the district (source MONITORING), its id kept on the check
    assertThat(suspected.clueId()).isNotNull();
    Clue clue = clues.findById(suspected.clueId()).orElseThrow();
    assertThat(clue.getSource()).isEqualTo(ClueSource.MONITORING);
    assertThat(clue.getHandlingUnit()).isEqualTo(PUDONG);
    assertThat(clue.getCategory()).isEqualTo(ViolationCategory.ADVERTISING);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ClueProcess.PROCESS_KEY)
        .processInstanceBusinessKey(clue.getClueNo()).count()).isOne();
    assertThat(checks.findByAssignment(pudong)).extracting(SpotCheck::getClueId).containsExactly(null, clue.getId());

    at(LocalDateTime.of(2027, 4, 20, 9, 0));
    execute(timer(pi, Element.QUOTA_REMINDER_TIMER, baoshan));
    execute(timer(pi, Element.QUOTA_REMINDER_TIMER, pudong));

    assertThat(task(pi, BAOSHAN).getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    assertThat(task(pi, PUDONG).getPriority()).isEqualTo(80);
    assertThat(monitoring.assignment(baoshan).getRemindedAt()).isNull();
    assertThat(monitoring.assignment(pudong).getRemindedAt()).isEqualTo(LocalDateTime.of(2027, 4, 20, 9, 0));
    assertThat(passed(pi, Element.END_NO_REMINDER)).isEqualTo(1);
    assertThat(passed(pi, Element.SEND_QUOTA_REMINDER)).isEqualTo(1);
  }

  @Test
  void theMonthEndClosesEveryAssignmentRecordingWhetherTheQuotaWasMet() {
    ProcessInstance pi = startMonth(2027, 6);
    long baoshan = assignmentOf(BAOSHAN, "2027-06");
    long pudong = assignmentOf(PUDONG, "2027-06");
    at(LocalDateTime.of(2027, 6, 28, 10, 0));
    for (int day = 1; day <= 12; day++) {
      monitoring.record(normalCheck(baoshan, LocalDate.of(2027, 6, day)), "baoshan-officer");
    }
    monitoring.record(normalCheck(pudong, LocalDate.of(2027, 6, 3)), "pudong-officer");

    assertThat(Times.toLocal(timer(pi, Element.MONTH_END_TIMER, baoshan).getDuedate()))
        .isEqualTo(LocalDateTime.of(2027, 6, 30, 23, 59, 59));
    at(LocalDateTime.of(2027, 6, 30, 23, 59, 59));
    managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Element.MONTH_END_TIMER).list()
        .forEach(job -> execute(job));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(passed(pi, Element.END_MONTH)).isEqualTo(1);
    SpotCheckAssignment met = monitoring.assignment(baoshan);
    assertThat(met.getStatus()).isEqualTo(AssignmentStatus.CLOSED);
    assertThat(met.getQuotaMet()).isTrue();
    assertThat(met.getChecksRecorded()).isEqualTo(12);
    assertThat(met.getClosedAt()).isEqualTo(LocalDateTime.of(2027, 6, 30, 23, 59, 59));
    assertThat(met.getClosedBy()).isEqualTo("system");
    SpotCheckAssignment missed = monitoring.assignment(pudong);
    assertThat(missed.getQuotaMet()).isFalse();
    assertThat(missed.getChecksRecorded()).isEqualTo(1);
    assertThat(assignments.findByMonth("2027-06")).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(AssignmentStatus.CLOSED));

    // a closed month takes no more checks
    assertThatThrownBy(() -> monitoring.record(normalCheck(pudong, LocalDate.of(2027, 6, 30)), "pudong-officer"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("assignmentId");
  }

  @Test
  void theOfficerMayCloseTheMonthOnceDone() {
    ProcessInstance pi = startMonth(2027, 5);
    long baoshan = assignmentOf(BAOSHAN, "2027-05");
    at(LocalDateTime.of(2027, 5, 15, 10, 0));
    for (int day = 4; day <= 13; day++) {
      monitoring.record(normalCheck(baoshan, LocalDate.of(2027, 5, day)), "baoshan-officer");
    }
    Task task = task(pi, BAOSHAN);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(Var.MONTH_DONE.name(), false)))
        .hasMessageContaining(Var.MONTH_DONE.name());
    taskService.complete(task.getId(), Map.of(Var.MONTH_DONE.name(), true));
    // only the listener reads the tick: not kept on the instance every district shares (issue 15)
    assertThat(new EngineVariableRows(jdbc).history(pi.getId())).doesNotContain(Var.MONTH_DONE.name())
        .contains(Var.ASSIGNMENT_ID.name());

    SpotCheckAssignment closed = monitoring.assignment(baoshan);
    assertThat(closed.getStatus()).isEqualTo(AssignmentStatus.CLOSED);
    assertThat(closed.getQuotaMet()).isTrue();
    assertThat(closed.getClosedAt()).isEqualTo(LocalDateTime.of(2027, 5, 15, 10, 0));
    assertThat(passed(pi, Element.CLOSE_ASSIGNMENT)).isEqualTo(1);
    // the other districts go on
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
  }

  @Test
  void decemberRunsIntoJanuaryAndADistrictAddedInDecemberJoinsInJanuary() {
    ProcessInstance december = startMonth(2027, 12);
    assertThat(Times.toLocal(startJob().getDuedate())).isEqualTo(LocalDateTime.of(2028, 1, 1, 0, 5));
    assertThat(Times.toLocal(task(december, BAOSHAN).getDueDate())).isEqualTo(LocalDateTime.of(2027, 12, 31, 23, 59, 59));

    at(LocalDateTime.of(2027, 12, 15, 10, 0));
    OrgUnit added = new OrgUnit("district-test-new", "测试新区市场监督管理局", UnitKind.DISTRICT, "TESTNEW", null, true, 999);
    added.setSpotCheckQuota(12);
    added.setUpdatedAt(LocalDateTime.of(2027, 12, 15, 10, 0));
    units.insert(added);
    organization.unitsChanged();
    try {
      assertThat(assignments.findByUnitAndMonth(added.getCode(), "2027-12")).isEmpty();
      at(LocalDateTime.of(2027, 12, 31, 23, 59, 59));
      managementService.createJobQuery().processInstanceId(december.getId()).activityId(Element.MONTH_END_TIMER).list()
          .forEach(job -> execute(job));
      assertThat(assignments.findByMonth("2027-12")).hasSize(18)
          .allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(AssignmentStatus.CLOSED));

      ProcessInstance january = startMonth(2028, 1);

      assertThat(january.getBusinessKey()).isEqualTo("JC-2028-01");
      List<SpotCheckAssignment> opened = assignments.findByMonth("2028-01");
      assertThat(opened).hasSize(19);
      assertThat(assignments.findByUnitAndMonth(added.getCode(), "2028-01").orElseThrow().getQuota()).isEqualTo(12);
      assertThat(Times.toLocal(task(january, BAOSHAN).getDueDate())).isEqualTo(LocalDateTime.of(2028, 1, 31, 23, 59, 59));
      assertThat(Times.toLocal(startJob().getDuedate())).isEqualTo(LocalDateTime.of(2028, 2, 1, 0, 5));
    } finally {
      // the database outlives this context: other tests count the organisation's units
      jdbc.update("DELETE FROM org_unit WHERE code = ?", added.getCode());
      organization.unitsChanged();
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * 重点监测对象 (docs/monthly-monitoring.md): the month's assignment stores the district's register subjects of class D,
   * then C — live rooms, streamers and room operators first within a class — never another district's nor A/B ones;
   * the task shows only counts and the register link, the API answer the register codes.
   */
  @Test
  void theAssignmentNamesTheDistrictsClassDThenCSubjectsAsFocus() {
    String chongming = "310151";
    List<Long> before = subjects.focusSubjects(chongming, 200).stream().map(SupervisedSubject::getId).toList();
    long merchantC = subject(SubjectType.MERCHANT, "崇明C类商品经营者", chongming, CreditClass.C);
    long roomC = subject(SubjectType.LIVE_ROOM, "崇明C类直播间", chongming, CreditClass.C);
    long merchantD = subject(SubjectType.MERCHANT, "崇明D类商品经营者", chongming, CreditClass.D);
    long streamerD = subject(SubjectType.STREAMER, "崇明D类主播", chongming, CreditClass.D);
    long classA = subject(SubjectType.LIVE_ROOM, "崇明A类直播间", chongming, CreditClass.A);
    long classB = subject(SubjectType.STREAMER, "崇明B类主播", chongming, CreditClass.B);
    long otherDistrictD = subject(SubjectType.LIVE_ROOM, "宝山D类直播间", "310113", CreditClass.D);

    ProcessInstance pi = startMonth(2029, 2);

    long assignment = assignmentOf("district-310151", "2029-02");
    List<FocusSubject> focus = monitoring.focusSubjects(assignment);
    assertThat(focus).extracting(FocusSubject::getSubjectId).doesNotContain(classA, classB, otherDistrictD);
    assertThat(focus).extracting(FocusSubject::getSubjectId).filteredOn(id -> !before.contains(id))
        .containsExactly(streamerD, merchantD, roomC, merchantC);
    assertThat(focus).extracting(FocusSubject::getPosition)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, focus.size()).boxed().toList());
    // D before C over the whole list, whatever else the district holds
    List<CreditClass> classes = focus.stream().map(FocusSubject::getCreditClass).toList();
    assertThat(classes).containsOnly(CreditClass.D, CreditClass.C);
    assertThat(classes.lastIndexOf(CreditClass.D)).isLessThan(classes.indexOf(CreditClass.C));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spot_check_focus_subject WHERE assignment_id = ?",
        Long.class, assignment)).isEqualTo(focus.size());
    assertThat(monitoring.focusSubjects(assignmentOf(BAOSHAN, "2029-02"))).extracting(FocusSubject::getSubjectId)
        .contains(otherDistrictD);

    // the task: counts and the register link, no names
    Task task = task(pi, "district-310151");
    String text = (String) taskService.getVariable(task.getId(), Var.FOCUS_SUBJECTS_TEXT.name());
    long d = classes.stream().filter(c -> c == CreditClass.D).count();
    assertThat(text).startsWith("D 类 " + d + " 个、C 类 " + (focus.size() - d) + " 个")
        .contains("/register/index.html?creditClass=D&district=310151")
        .contains("/api/spot-checks/assignments/" + assignment)
        .doesNotContain("崇明");

    // the API answer: the register's codes and the class in the stored order
    MonitoringService.AssignmentView view = monitoring.view(assignment);
    assertThat(view.focusSubjects()).extracting(MonitoringService.FocusSubjectView::subjectId)
        .containsExactlyElementsOf(focus.stream().map(FocusSubject::getSubjectId).toList());
    assertThat(view.focusSubjects()).filteredOn(v -> v.subjectId() == streamerD).singleElement()
        .satisfies(v -> {
          assertThat(v.creditClass()).isEqualTo("D");
          assertThat(v.accountId()).isEqualTo("acct-崇明D类主播");
          assertThat(v.roles()).containsExactly(SubjectType.STREAMER);
        });
    assertThat(view.focusRegisterLink()).isEqualTo("/register/index.html?creditClass=D&district=310151");

    // a class changed later does not change the assignment already opened
    subjects.setCreditClass(streamerD, CreditClass.A, LocalDateTime.now(Times.engineClock()), "测试");
    assertThat(monitoring.focusSubjects(assignment)).extracting(FocusSubject::getSubjectId).contains(streamerD);
  }

  @Test
  void theFocusListHoldsAtMostTheConfiguredNumber() {
    String jinshan = "310116";
    for (int i = 0; i < 21; i++) {
      subject(SubjectType.LIVE_ROOM, "金山D类直播间" + i, jinshan, CreditClass.D);
    }
    subject(SubjectType.LIVE_ROOM, "金山C类直播间", jinshan, CreditClass.C);

    startMonth(2029, 3);

    List<FocusSubject> focus = monitoring.focusSubjects(assignmentOf("district-310116", "2029-03"));
    assertThat(focus).hasSize(20).allSatisfy(f -> assertThat(f.getCreditClass()).isEqualTo(CreditClass.D));
    assertThat(subjects.focusSubjects(jinshan, 3)).hasSize(3);
    assertThat(subjects.focusSubjects(jinshan, 0)).isEmpty();
  }

  private long subject(SubjectType type, String name, String district, CreditClass creditClass) {
    String platform = type.account() ? "抖音" : null;
    String account = type.account() ? "acct-" + name : null;
    String code = type.organisation() ? creditCode(name) : null;
    long id = subjects.resolve(type, name, code, platform, account, district).getId();
    subjects.setCreditClass(id, creditClass, LocalDateTime.now(), "测试");
    return id;
  }

  private static String creditCode(String name) {
    return "91310000" + String.format("%010d", Math.abs((long) name.hashCode()) % 10_000_000_000L);
  }

  private ProcessInstance startMonth(int year, int month) {
    at(LocalDateTime.of(year, month, 1, 0, 5));
    Job start = startJob();
    execute(start);
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MonitoringProcess.PROCESS_KEY)
        .processInstanceBusinessKey("JC-" + YearMonth.of(year, month)).singleResult();
  }

  private Job startJob() {
    return managementService.createJobQuery().processDefinitionKey(MonitoringProcess.PROCESS_KEY)
        .activityId(Element.START_MONTHLY).singleResult();
  }

  private Task task(ProcessInstance pi, String unit) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_SPOT_CHECKS)
        .taskCandidateGroup(unit).singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId, long assignmentId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list().stream()
        .filter(job -> Long.valueOf(assignmentId)
            .equals(runtimeService.getVariable(job.getExecutionId(), Var.ASSIGNMENT_ID.name())))
        .findFirst().orElseThrow();
  }

  private long passed(ProcessInstance pi, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(activityId)
        .finished().count();
  }

  private long assignmentOf(String unit, String month) {
    return assignments.findByUnitAndMonth(unit, month).orElseThrow().getId();
  }

  static SpotCheckRequest normalCheck(long assignmentId, LocalDate date) {
    return new SpotCheckRequest(assignmentId, date, "抖音", "某某美妆直播间", "room-" + date, "祛痘精华液", FocusArea.COSMETICS,
        SpotCheckResult.NORMAL, null, null, false, null);
  }

  static SpotCheckRequest suspectedCheck(long assignmentId, LocalDate date) {
    return new SpotCheckRequest(assignmentId, date, "快手", "某某健康直播间", "room-health-" + date, "某品牌固体饮料",
        FocusArea.FOOD, SpotCheckResult.SUSPECTED_VIOLATION, ViolationCategory.ADVERTISING,
        "主播宣称固体饮料可降血糖、治疗糖尿病", true, SamplingResult.PENDING);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Times.toDate(time));
  }
}
