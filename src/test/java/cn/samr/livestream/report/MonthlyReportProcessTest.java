package cn.samr.livestream.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrgUnitMapper;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.report.ReportProcess.Element;
import cn.samr.livestream.report.ReportProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * monthly-report (月度数据报送, seed 000 三(三)): the timer on the 1st opens the month just ended once, for
 * every active district; districts report before the 5th (reminder on the 3rd, overdue and the head's
 * supervision on the 5th, late submission still taken); 广告处's review opens when all have reported or
 * at the deadline, once, and its completion freezes the month.
 */
@ProcessTest(covers = ReportProcess.PROCESS_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportProcessTest {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";
  static final String PUDONG = "district-310115";
  static final int DISTRICTS = 18;

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired MonthlyReportService reports;
  @Autowired WorkCalendar calendar;
  @Autowired MonthlyReportMapper reportRows;
  @Autowired DistrictReportMapper districtRows;
  @Autowired OrganizationService organization;
  @Autowired OrgUnitMapper units;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  TestUsers users;
  String baoshanOfficer;
  String baoshanHead;
  String pudongOfficer;
  String coordinator;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    baoshanOfficer = users.create("sb-baoshan-officer", BAOSHAN);
    baoshanHead = users.create("sb-baoshan-head", BAOSHAN_HEAD);
    pudongOfficer = users.create("sb-pudong-officer", PUDONG);
    coordinator = users.create("sb-coordinator", ReportProcess.REVIEW_GROUP);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over", true));
  }

  @Test
  void theTimerOnTheFirstOfNovemberOpensTheOctoberReportForEveryActiveDistrictOnce() {
    ProcessInstance pi = openOn(2027, 11);

    BpmnAwareTests.assertThat(pi).hasBusinessKey("YB-2027-10").hasPassed(Element.START_MONTHLY, Element.OPEN_REPORT)
        .isWaitingAt(Element.SUBMIT_DISTRICT_REPORT);
    MonthlyReport report = reportRows.findByMonth("2027-10").orElseThrow();
    assertThat(report.getStatus()).isEqualTo(MonthlyReportStatus.COLLECTING);
    assertThat(report.getSubmissionDue()).isEqualTo(LocalDateTime.of(2027, 11, 4, 23, 59, 59));
    assertThat(report.getOpenedAt()).isEqualTo(LocalDateTime.of(2027, 11, 1, 0, 10));
    assertThat(report.getProcessInstanceId()).isEqualTo(pi.getId());
    List<DistrictReport> rows = districtRows.findByReport(report.getId());
    assertThat(rows).hasSize(DISTRICTS).allSatisfy(row -> {
      assertThat(row.getStatus()).isEqualTo(DistrictReportStatus.PENDING);
      assertThat(row.getMonthCode()).isEqualTo("2027-10");
      assertThat(row.getDueAt()).isEqualTo(LocalDateTime.of(2027, 11, 4, 23, 59, 59));
      assertThat(row.isOverdue()).isFalse();
      assertThat(row.getOnTime()).isNull();
    });
    assertThat(rows).extracting(DistrictReport::getUnitCode)
        .containsExactlyElementsOf(organization.activeDistricts().stream().map(OrgUnit::getCode).toList());
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SUBMIT_DISTRICT_REPORT).count()).isEqualTo(DISTRICTS);
    // one instance for every district: each works its own task, none is granted the whole instance
    assertThat(authorizationService.isUserAuthorized(baoshanHead, List.of(BAOSHAN, BAOSHAN_HEAD), Permissions.READ,
        Resources.PROCESS_INSTANCE, pi.getId())).isFalse();

    Task baoshan = submitTask(pi, BAOSHAN);
    BpmnAwareTests.assertThat(baoshan).hasCandidateGroup(BAOSHAN);
    assertThat(Times.toLocal(baoshan.getDueDate())).isEqualTo(LocalDateTime.of(2027, 11, 4, 23, 59, 59));
    Map<String, Object> local = taskService.getVariablesLocal(baoshan.getId());
    assertThat(local).containsEntry(TaskListColumns.NUMBER, "YB-310113-2027-10")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局")
        .containsEntry(TaskListColumns.DEADLINE, "2027年11月4日（星期四）")
        .containsEntry(Var.DISTRICT_REPORT_ID.name(), rows.stream()
            .filter(r -> r.getUnitCode().equals(BAOSHAN)).findFirst().orElseThrow().getId());
    assertThat((String) local.get(Var.FIGURES_TEXT.name())).startsWith("抽查监测：抽查条次 0，抽查配额 10，")
        .contains("\n投诉处理：收到投诉 ", "\n上报综合协调工作组：", "系统于 2027-11-01 00:10");
    assertThat(taskService.getVariable(baoshan.getId(), Var.MONTH_TEXT.name())).isEqualTo("2027年10月");
    assertThat(taskService.getVariable(baoshan.getId(), Var.SUBMISSION_DUE_TEXT.name())).isEqualTo("2027年11月4日（星期四）");

    assertThat(dueDates(pi, Element.REMINDER_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2027, 11, 3, 9, 0));
    assertThat(dueDates(pi, Element.OVERDUE_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2027, 11, 5, 0, 0));
    assertThat(dueDates(pi, Element.DEADLINE_TIMER)).containsExactly(LocalDateTime.of(2027, 11, 5, 0, 0));
    assertThat(Times.toLocal(startJob().getDuedate())).isEqualTo(LocalDateTime.of(2027, 12, 1, 0, 10));

    // the timer firing again for the month opens nothing: the second instance ends at once
    execute(startJob());
    List<HistoricProcessInstance> ended = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReportProcess.PROCESS_KEY).processInstanceBusinessKey("YB-2027-10").finished().list();
    assertThat(ended).hasSize(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.get(0).getId())
        .activityId(Element.END_ALREADY_OPEN).finished().count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("YB-2027-10").list())
        .extracting(ProcessInstance::getId).containsExactly(pi.getId());
    assertThat(reportRows.findByMonth("2027-10").orElseThrow().getId()).isEqualTo(report.getId());
    assertThat(districtRows.findByReport(report.getId())).hasSize(DISTRICTS);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM district_report WHERE month_code = '2027-10'", Long.class))
        .isEqualTo(DISTRICTS);
    assertThat(taskService.createTaskQuery().processDefinitionKey(ReportProcess.PROCESS_KEY)
        .taskDefinitionKey(Element.SUBMIT_DISTRICT_REPORT).count()).isEqualTo(DISTRICTS);
    assertThat(reports.open(YearMonth.of(2027, 10), "another").newlyOpened()).isFalse();
  }

  @Test
  void whenEveryDistrictReportsBeforeTheFifthTheReviewOpensOnceAndItsCompletionFreezesTheMonth() {
    ProcessInstance pi = openOn(2027, 12);
    long reportId = reportRows.findByMonth("2027-11").orElseThrow().getId();
    at(LocalDateTime.of(2027, 12, 2, 10, 0));

    // 情况说明 and 工作建议 are at most 2000 characters: nothing is stored, the task stays open
    Task baoshan = submitTask(pi, BAOSHAN);
    taskService.claim(baoshan.getId(), baoshanOfficer);
    assertThatThrownBy(() -> taskService.complete(baoshan.getId(), Map.of(Var.REMARKS.name(), "长".repeat(2001),
        Var.SUGGESTIONS.name(), "建".repeat(2001))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("remarks").hasMessageContaining("suggestions")
        .hasMessageContaining("不超过2000字");
    assertThat(districtRow(BAOSHAN, "2027-11").getStatus()).isEqualTo(DistrictReportStatus.PENDING);
    assertThat(taskService.createTaskQuery().taskId(baoshan.getId()).count()).isOne();

    taskService.complete(baoshan.getId(), Map.of(Var.REMARKS.name(), "  本月重点抽查化妆品直播间。 ",
        Var.SUGGESTIONS.name(), "建议平台加强主播资质审核"));
    submitAllBut(pi, BAOSHAN, PUDONG);
    assertThat(reviewTasks(pi)).isEmpty();
    assertThat(reportRows.findById(reportId).orElseThrow().getStatus()).isEqualTo(MonthlyReportStatus.COLLECTING);

    at(LocalDateTime.of(2027, 12, 4, 23, 59, 59));
    submit(pi, PUDONG, pudongOfficer, Map.of());
    runDueJobs(pi);

    DistrictReport submitted = districtRow(BAOSHAN, "2027-11");
    assertThat(submitted.getStatus()).isEqualTo(DistrictReportStatus.SUBMITTED);
    assertThat(submitted.getSubmittedAt()).isEqualTo(LocalDateTime.of(2027, 12, 2, 10, 0));
    assertThat(submitted.getSubmittedBy()).isEqualTo(baoshanOfficer);
    assertThat(submitted.getOnTime()).isTrue();
    assertThat(submitted.getRemarks()).isEqualTo("本月重点抽查化妆品直播间。");
    assertThat(submitted.getSuggestions()).isEqualTo("建议平台加强主播资质审核");
    assertThat(submitted.getRemindedAt()).isNull();
    DistrictReport lastMinute = districtRow(PUDONG, "2027-11");
    assertThat(lastMinute.getOnTime()).isTrue();
    assertThat(lastMinute.getRemarks()).isNull();
    assertThat(districtRows.findByReport(reportId)).allSatisfy(row -> {
      assertThat(row.getStatus()).isEqualTo(DistrictReportStatus.SUBMITTED);
      assertThat(row.getOnTime()).isTrue();
    });
    // the form values stay in each district's scope, never on the shared instance
    assertThat(runtimeService.getVariablesLocal(pi.getId())).doesNotContainKeys(Var.REMARKS.name(),
        Var.SUGGESTIONS.name());

    // all reported before the deadline: the review is open now, the deadline timer gone
    MonthlyReport reviewing = reportRows.findById(reportId).orElseThrow();
    assertThat(reviewing.getStatus()).isEqualTo(MonthlyReportStatus.REVIEWING);
    assertThat(reviewing.getReviewStartedAt()).isEqualTo(LocalDateTime.of(2027, 12, 4, 23, 59, 59));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.REVIEW).hasPassed(Element.OPEN_REVIEW)
        .hasNotPassed(Element.END_LATE_REPORTS);
    Task review = reviewTasks(pi).get(0);
    BpmnAwareTests.assertThat(review).hasCandidateGroup(ReportProcess.REVIEW_GROUP);
    Map<String, Object> shown = taskService.getVariablesLocal(review.getId());
    assertThat(shown).containsEntry(TaskListColumns.NUMBER, "YB-2027-11")
        .containsEntry(TaskListColumns.UNIT, "网络直播营销监管综合协调工作组（广告处、网监处）")
        .containsEntry(Var.DISTRICTS_DUE.name(), (long) DISTRICTS)
        .containsEntry(Var.DISTRICTS_SUBMITTED.name(), (long) DISTRICTS)
        .containsEntry(Var.DISTRICTS_ON_TIME.name(), (long) DISTRICTS)
        .containsEntry(Var.DISTRICTS_OVERDUE.name(), 0L);
    assertThat((String) shown.get(Var.SUBMISSION_SUMMARY.name()))
        .contains("应报送区局：18 个", "已报送：18 个（按时 18 个，逾期补报 0 个）", "尚未报送：无", "逾期未报送（5日前未报送）：无");
    assertThat((String) shown.get(Var.CITY_TOTALS_TEXT.name())).startsWith("全市 18 个区局合计")
        .contains("抽查监测：抽查条次 ", "抽查配额 180");
    assertThat((String) shown.get(Var.DISTRICT_REMARKS_TEXT.name()))
        .contains("【宝山区市场监督管理局】\n情况说明：本月重点抽查化妆品直播间。\n工作建议：建议平台加强主播资质审核");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();

    // the 5th comes: nothing more happens, the review exists once
    at(LocalDateTime.of(2027, 12, 5, 0, 0));
    runDueJobs(pi);
    assertThat(reviewTasks(pi)).hasSize(1);
    assertThat(passed(pi, Element.OPEN_REVIEW)).isOne();
    assertThat(districtRows.findByReport(reportId)).noneMatch(DistrictReport::isOverdue);

    // 审核意见 is at most 2000 characters
    at(LocalDateTime.of(2027, 12, 6, 15, 30));
    taskService.claim(review.getId(), coordinator);
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Var.REVIEW_REMARKS.name(), "审".repeat(2001))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("reviewRemarks");
    assertThat(reportRows.findById(reportId).orElseThrow().getStatus()).isEqualTo(MonthlyReportStatus.REVIEWING);
    assertThat(frozenRows("2027-11")).isZero();

    taskService.complete(review.getId(), Map.of(Var.REVIEW_REMARKS.name(), "各区均按时报送，化妆品类线索较上月增加"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.FREEZE, Element.END_FROZEN);
    MonthlyReport frozen = reportRows.findById(reportId).orElseThrow();
    assertThat(frozen.getStatus()).isEqualTo(MonthlyReportStatus.FROZEN);
    assertThat(frozen.getFrozenAt()).isEqualTo(LocalDateTime.of(2027, 12, 6, 15, 30));
    assertThat(frozen.getFrozenBy()).isEqualTo(coordinator);
    assertThat(frozen.getReviewRemarks()).isEqualTo("各区均按时报送，化妆品类线索较上月增加");
    // the report row keeps remarks and reviewer; as variables they lived for the completing command only (issue 15)
    assertThat(new EngineVariableRows(jdbc).history(pi.getId()))
        .doesNotContain(Var.REVIEW_REMARKS.name(), Var.REVIEWED_BY.name()).contains(Var.REPORT_ID.name());
    assertThat(frozenRows("2027-11")).isEqualTo(DISTRICTS);
    assertThat(jdbc.queryForMap("SELECT submitted_on_time, remarks, suggestions FROM monthly_report_figures"
        + " WHERE month_code = '2027-11' AND unit_code = ?", BAOSHAN))
        .containsEntry("SUBMITTED_ON_TIME", true).containsEntry("REMARKS", "本月重点抽查化妆品直播间。")
        .containsEntry("SUGGESTIONS", "建议平台加强主播资质审核");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.REVIEW).count()).isOne();
  }

  @Test
  void aDistrictThatDoesNotReportIsRemindedOnTheThirdOverdueOnTheFifthSupervisedAndReportsLate() throws Exception {
    ProcessInstance pi = openOn(2028, 7);
    long reportId = reportRows.findByMonth("2028-06").orElseThrow().getId();
    at(LocalDateTime.of(2028, 7, 2, 9, 0));
    submitAllBut(pi, BAOSHAN, PUDONG);

    // the 3rd: only the two still open are reminded, their tasks move up
    at(LocalDateTime.of(2028, 7, 3, 9, 0));
    runDueJobs(pi);
    assertThat(districtRow(BAOSHAN, "2028-06").getRemindedAt()).isEqualTo(LocalDateTime.of(2028, 7, 3, 9, 0));
    assertThat(districtRow(PUDONG, "2028-06").getRemindedAt()).isEqualTo(LocalDateTime.of(2028, 7, 3, 9, 0));
    assertThat(districtRows.findByReport(reportId)).filteredOn(r -> r.getRemindedAt() != null).hasSize(2);
    assertThat(submitTask(pi, BAOSHAN).getPriority()).isEqualTo(80);
    assertThat(passed(pi, Element.END_REMINDED)).isEqualTo(2);

    // Pudong's officer reports through the REST API as Tasklist does; he cannot see Baoshan's task
    at(LocalDateTime.of(2028, 7, 4, 18, 0));
    String baoshanTaskId = submitTask(pi, BAOSHAN).getId();
    assertThat(rest(pudongOfficer, HttpMethod.GET, "/engine-rest/task/" + baoshanTaskId, null).getStatusCode())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    completeByRest(pudongOfficer, submitTask(pi, PUDONG).getId(), Map.of(Var.REMARKS.name(), "本月无重大案件"));
    runDueJobs(pi);
    DistrictReport pudong = districtRow(PUDONG, "2028-06");
    assertThat(pudong.getOnTime()).isTrue();
    assertThat(pudong.getSubmittedBy()).isEqualTo(pudongOfficer);

    // the 5th begins: Baoshan is overdue, its head supervises, the review opens listing it
    at(LocalDateTime.of(2028, 7, 5, 0, 0));
    runDueJobs(pi);
    DistrictReport overdue = districtRow(BAOSHAN, "2028-06");
    assertThat(overdue.isOverdue()).isTrue();
    assertThat(overdue.getOverdueAt()).isEqualTo(LocalDateTime.of(2028, 7, 5, 0, 0));
    assertThat(overdue.getStatus()).isEqualTo(DistrictReportStatus.PENDING);
    assertThat(districtRows.findByReport(reportId)).filteredOn(DistrictReport::isOverdue).hasSize(1);
    Task supervision = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SUPERVISE_OVERDUE).singleResult();
    BpmnAwareTests.assertThat(supervision).hasCandidateGroup(BAOSHAN_HEAD);
    // two working days after the 5th (a Sunday): Tuesday the 7th
    assertThat(Times.toLocal(supervision.getDueDate())).isEqualTo(LocalDateTime.of(2028, 7, 7, 23, 59, 59));
    assertThat(taskService.getVariablesLocal(supervision.getId())).containsEntry(TaskListColumns.NUMBER, "YB-310113-2028-06")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
    // the district's task stays open for a late report
    assertThat(submitTask(pi, BAOSHAN)).isNotNull();

    assertThat(reportRows.findById(reportId).orElseThrow().getStatus()).isEqualTo(MonthlyReportStatus.REVIEWING);
    assertThat(reportRows.findById(reportId).orElseThrow().getReviewStartedAt()).isEqualTo(LocalDateTime.of(2028, 7, 5, 0, 0));
    List<Task> reviews = reviewTasks(pi);
    assertThat(reviews).hasSize(1);
    Map<String, Object> shown = taskService.getVariablesLocal(reviews.get(0).getId());
    assertThat(shown).containsEntry(Var.DISTRICTS_SUBMITTED.name(), 17L).containsEntry(Var.DISTRICTS_ON_TIME.name(), 17L)
        .containsEntry(Var.DISTRICTS_OVERDUE.name(), 1L);
    assertThat((String) shown.get(Var.SUBMISSION_SUMMARY.name())).contains("尚未报送：1 个：宝山区市场监督管理局",
        "逾期未报送（5日前未报送）：1 个：宝山区市场监督管理局（尚未报送）");

    // Baoshan reports late, through REST: recorded as not on time, and the open review shows it
    at(LocalDateTime.of(2028, 7, 6, 10, 0));
    JsonNode form = json.readTree(rest(baoshanOfficer, HttpMethod.GET, "/engine-rest/task/" + baoshanTaskId
        + "/form-variables", null).getBody());
    assertThat(form.path(Var.FIGURES_TEXT.name()).path("value").asText()).startsWith("抽查监测：");
    ResponseEntity<String> deployedForm = rest(baoshanOfficer, HttpMethod.GET, "/engine-rest/task/" + baoshanTaskId
        + "/deployed-form", null);
    assertThat(deployedForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deployedForm.getBody()).contains("\"report-district-submit\"", "\"figuresText\"", "\"suggestions\"");
    completeByRest(baoshanOfficer, baoshanTaskId, Map.of(Var.REMARKS.name(), "因系统故障迟报",
        Var.SUGGESTIONS.name(), "无"));
    runDueJobs(pi);
    DistrictReport late = districtRow(BAOSHAN, "2028-06");
    assertThat(late.getStatus()).isEqualTo(DistrictReportStatus.SUBMITTED);
    assertThat(late.getOnTime()).isFalse();
    assertThat(late.isOverdue()).isTrue();
    assertThat(late.getSubmittedAt()).isEqualTo(LocalDateTime.of(2028, 7, 6, 10, 0));
    assertThat(late.getSubmittedBy()).isEqualTo(baoshanOfficer);
    assertThat(late.getRemarks()).isEqualTo("因系统故障迟报");
    shown = taskService.getVariablesLocal(reviews.get(0).getId());
    assertThat(shown).containsEntry(Var.DISTRICTS_SUBMITTED.name(), 18L).containsEntry(Var.DISTRICTS_ON_TIME.name(), 17L)
        .containsEntry(Var.DISTRICTS_OVERDUE.name(), 1L);
    assertThat((String) shown.get(Var.SUBMISSION_SUMMARY.name())).contains("已报送：18 个（按时 17 个，逾期补报 1 个）",
        "尚未报送：无", "宝山区市场监督管理局（7月6日 10:00 补报）");

    // the head's supervision needs a note; then every district is done, the review still exists once
    assertThatThrownBy(() -> taskService.complete(supervision.getId(), Map.of()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supervisionNote");
    completeByRest(baoshanHead, supervision.getId(), Map.of(Var.SUPERVISION_NOTE.name(), "已约谈并督促补报"));
    runDueJobs(pi);
    DistrictReport supervised = districtRow(BAOSHAN, "2028-06");
    assertThat(supervised.getSupervisionNote()).isEqualTo("已约谈并督促补报");
    assertThat(supervised.getSupervisedBy()).isEqualTo(baoshanHead);
    assertThat(supervised.getSupervisedAt()).isEqualTo(LocalDateTime.of(2028, 7, 6, 10, 0));
    BpmnAwareTests.assertThat(pi).hasPassed(Element.END_SUPERVISED, Element.END_LATE_REPORTS).isWaitingAt(Element.REVIEW);
    assertThat(reviewTasks(pi)).hasSize(1);
    assertThat(passed(pi, Element.OPEN_REVIEW)).isOne();

    completeByRest(coordinator, reviews.get(0).getId(), Map.of(Var.REVIEW_REMARKS.name(), "宝山区逾期报送，已督办"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.END_FROZEN);
    MonthlyReport frozen = reportRows.findById(reportId).orElseThrow();
    assertThat(frozen.getStatus()).isEqualTo(MonthlyReportStatus.FROZEN);
    assertThat(frozen.getFrozenBy()).isEqualTo(coordinator);
    assertThat(frozenRows("2028-06")).isEqualTo(DISTRICTS);
    assertThat(jdbc.queryForObject("SELECT submitted_on_time FROM monthly_report_figures WHERE month_code = '2028-06'"
        + " AND unit_code = ?", Boolean.class, BAOSHAN)).isFalse();
  }

  /** 2026-07-05 is a Sunday: "before the 5th" moves to Monday the 6th; the reminder on Friday the 3rd stays. */
  @Test
  void whenTheFifthIsASundayTheReportIsDueByTheEndOfMonday() {
    ProcessInstance pi = openOn(2026, 7);

    MonthlyReport report = reportRows.findByMonth("2026-06").orElseThrow();
    assertThat(report.getSubmissionDue()).isEqualTo(LocalDateTime.of(2026, 7, 6, 23, 59, 59));
    assertThat(Times.toLocal(submitTask(pi, BAOSHAN).getDueDate())).isEqualTo(LocalDateTime.of(2026, 7, 6, 23, 59, 59));
    assertThat(taskService.getVariableLocal(submitTask(pi, BAOSHAN).getId(), TaskListColumns.DEADLINE))
        .isEqualTo("2026年7月6日（星期一）");
    assertThat(dueDates(pi, Element.REMINDER_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2026, 7, 3, 9, 0));
    assertThat(dueDates(pi, Element.OVERDUE_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2026, 7, 7, 0, 0));
    assertThat(dueDates(pi, Element.DEADLINE_TIMER)).containsExactly(LocalDateTime.of(2026, 7, 7, 0, 0));

    // Sunday the 5th and Monday the 6th: nothing is overdue yet; a report on Monday evening is on time
    at(LocalDateTime.of(2026, 7, 5, 0, 0));
    submitAllBut(pi, BAOSHAN, PUDONG);
    assertThat(districtRow(BAOSHAN, "2026-06").isOverdue()).isFalse();
    at(LocalDateTime.of(2026, 7, 6, 23, 0));
    submit(pi, PUDONG, pudongOfficer, Map.of());
    runDueJobs(pi);
    assertThat(districtRow(PUDONG, "2026-06").getOnTime()).isTrue();
    assertThat(reviewTasks(pi)).isEmpty();

    // Tuesday the 7th begins: Baoshan is overdue, the review opens; the head has 2 working days after the 7th
    at(LocalDateTime.of(2026, 7, 7, 0, 0));
    runDueJobs(pi);
    assertThat(districtRow(BAOSHAN, "2026-06").getOverdueAt()).isEqualTo(LocalDateTime.of(2026, 7, 7, 0, 0));
    assertThat(reviewTasks(pi)).hasSize(1);
    Task supervision = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SUPERVISE_OVERDUE).singleResult();
    assertThat(Times.toLocal(supervision.getDueDate())).isEqualTo(LocalDateTime.of(2026, 7, 9, 23, 59, 59));
  }

  /**
   * National Day 2026: 1–7 October off, Saturday the 10th a make-up working day. The 3rd and the 5th are holidays:
   * reminder and due date move to Thursday the 8th, overdue from Friday the 9th; the head's two working days
   * after it are Saturday the 10th (make-up day) and Monday the 12th.
   */
  @Test
  void whenTheThirdAndTheFifthFallInTheNationalDayHolidayReminderAndDueDateMoveToTheFirstWorkingDay() {
    ProcessInstance pi = openOn(2026, 10);

    assertThat(reportRows.findByMonth("2026-09").orElseThrow().getSubmissionDue())
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    assertThat(Times.toLocal(submitTask(pi, BAOSHAN).getDueDate())).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    assertThat(dueDates(pi, Element.REMINDER_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2026, 10, 8, 9, 0));
    assertThat(dueDates(pi, Element.OVERDUE_TIMER)).hasSize(DISTRICTS).containsOnly(LocalDateTime.of(2026, 10, 9, 0, 0));
    assertThat(dueDates(pi, Element.DEADLINE_TIMER)).containsExactly(LocalDateTime.of(2026, 10, 9, 0, 0));

    // nothing fires on the 3rd or the 5th
    at(LocalDateTime.of(2026, 10, 5, 12, 0));
    runDueJobs(pi);
    assertThat(districtRow(BAOSHAN, "2026-09").getRemindedAt()).isNull();
    assertThat(districtRow(BAOSHAN, "2026-09").isOverdue()).isFalse();

    at(LocalDateTime.of(2026, 10, 8, 9, 0));
    runDueJobs(pi);
    assertThat(districtRow(BAOSHAN, "2026-09").getRemindedAt()).isEqualTo(LocalDateTime.of(2026, 10, 8, 9, 0));

    at(LocalDateTime.of(2026, 10, 9, 0, 0));
    runDueJobs(pi);
    assertThat(districtRow(BAOSHAN, "2026-09").getOverdueAt()).isEqualTo(LocalDateTime.of(2026, 10, 9, 0, 0));
    Task supervision = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SUPERVISE_OVERDUE).taskCandidateGroup(BAOSHAN_HEAD).singleResult();
    assertThat(Times.toLocal(supervision.getDueDate())).isEqualTo(LocalDateTime.of(2026, 10, 12, 23, 59, 59));
  }

  /** The rule is configurable: with it off the dates are the plain 3rd 09:00 and the end of the 4th. */
  @Test
  void withTheMoveSwitchedOffTheNationalDayDatesStayOnTheThirdAndTheFourth() {
    MonthlyReportService plain = new MonthlyReportService(null, null, null, null, calendar, java.time.Clock.systemUTC(),
        5, 3, "09:00", 2, false);
    assertThat(plain.submissionDue(YearMonth.of(2026, 9))).isEqualTo(LocalDateTime.of(2026, 10, 4, 23, 59, 59));
    assertThat(Times.toLocal(plain.reminderAt("2026-09"))).isEqualTo(LocalDateTime.of(2026, 10, 3, 9, 0));
    assertThat(Times.toLocal(plain.deadline("2026-09"))).isEqualTo(LocalDateTime.of(2026, 10, 5, 0, 0));
    assertThat(reports.submissionDue(YearMonth.of(2026, 9))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
  }

  @Test
  void aDistrictStillMissingWhenTheMonthIsFrozenIsClosedAsNotSubmitted() {
    ProcessInstance pi = openOn(2028, 5);
    long reportId = reportRows.findByMonth("2028-04").orElseThrow().getId();
    at(LocalDateTime.of(2028, 5, 4, 9, 0));
    submitAllBut(pi, BAOSHAN);
    at(LocalDateTime.of(2028, 5, 5, 0, 0));
    runDueJobs(pi);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.SUPERVISE_OVERDUE)
        .taskCandidateGroup(BAOSHAN_HEAD).count()).isOne();

    at(LocalDateTime.of(2028, 5, 8, 11, 0));
    Task review = reviewTasks(pi).get(0);
    taskService.claim(review.getId(), coordinator);
    taskService.complete(review.getId());

    // nothing is left hanging: the district's task and its head's supervision end with the month
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.END_FROZEN).hasNotPassed(Element.END_LATE_REPORTS);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    DistrictReport missing = districtRow(BAOSHAN, "2028-04");
    assertThat(missing.getStatus()).isEqualTo(DistrictReportStatus.NOT_SUBMITTED);
    assertThat(missing.isOverdue()).isTrue();
    assertThat(missing.getOnTime()).isNull();
    assertThat(missing.getSubmittedAt()).isNull();
    assertThat(districtRows.findByReport(reportId)).filteredOn(r -> r.getStatus() == DistrictReportStatus.SUBMITTED)
        .hasSize(DISTRICTS - 1);
    MonthlyReport frozen = reportRows.findById(reportId).orElseThrow();
    assertThat(frozen.getStatus()).isEqualTo(MonthlyReportStatus.FROZEN);
    assertThat(frozen.getReviewRemarks()).isNull();
    assertThat(frozenRows("2028-04")).isEqualTo(DISTRICTS);
    assertThat(jdbc.queryForObject("SELECT submitted_on_time FROM monthly_report_figures WHERE month_code = '2028-04'"
        + " AND unit_code = ?", Boolean.class, BAOSHAN)).isNull();
  }

  @Test
  void theDecemberReportOpensOnTheFirstOfJanuaryAndADistrictAddedInJanuaryJoinsFromTheJanuaryReport() {
    ProcessInstance december = openOn(2029, 1);

    BpmnAwareTests.assertThat(december).hasBusinessKey("YB-2028-12");
    MonthlyReport report = reportRows.findByMonth("2028-12").orElseThrow();
    assertThat(report.getSubmissionDue()).isEqualTo(LocalDateTime.of(2029, 1, 4, 23, 59, 59));
    assertThat(Times.toLocal(submitTask(december, BAOSHAN).getDueDate())).isEqualTo(LocalDateTime.of(2029, 1, 4, 23, 59, 59));
    assertThat(dueDates(december, Element.REMINDER_TIMER)).containsOnly(LocalDateTime.of(2029, 1, 3, 9, 0));
    assertThat(dueDates(december, Element.DEADLINE_TIMER)).containsExactly(LocalDateTime.of(2029, 1, 5, 0, 0));
    assertThat(taskService.getVariable(submitTask(december, BAOSHAN).getId(), Var.MONTH_TEXT.name())).isEqualTo("2028年12月");
    assertThat(Times.toLocal(startJob().getDuedate())).isEqualTo(LocalDateTime.of(2029, 2, 1, 0, 10));

    at(LocalDateTime.of(2029, 1, 10, 10, 0));
    OrgUnit added = new OrgUnit("district-test-report", "测试新区市场监督管理局", UnitKind.DISTRICT, "TESTREPORT", null,
        true, 999);
    added.setUpdatedAt(LocalDateTime.of(2029, 1, 10, 10, 0));
    units.insert(added);
    organization.unitsChanged();
    try {
      // the December report was opened before the district existed: it does not join it
      assertThat(districtRows.findByReport(report.getId())).hasSize(DISTRICTS)
          .noneMatch(r -> r.getUnitCode().equals(added.getCode()));
      assertThat(districtRows.findByUnitAndMonth(added.getCode(), "2028-12")).isEmpty();
      // nor does it enter December's frozen table: the freeze takes the districts asked to report
      runDueJobs(december);
      Task review = reviewTasks(december).get(0);
      taskService.claim(review.getId(), coordinator);
      taskService.complete(review.getId());
      assertThat(frozenRows("2028-12")).isEqualTo(DISTRICTS);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_figures WHERE month_code = '2028-12'"
          + " AND unit_code = ?", Long.class, added.getCode())).isZero();

      ProcessInstance january = openOn(2029, 2);

      BpmnAwareTests.assertThat(january).hasBusinessKey("YB-2029-01");
      MonthlyReport januaryReport = reportRows.findByMonth("2029-01").orElseThrow();
      assertThat(districtRows.findByReport(januaryReport.getId())).hasSize(DISTRICTS + 1)
          .last().satisfies(r -> assertThat(r.getUnitCode()).isEqualTo(added.getCode()));
      Task newTask = submitTask(january, added.getCode());
      assertThat(taskService.getVariableLocal(newTask.getId(), TaskListColumns.NUMBER)).isEqualTo("YB-TESTREPORT-2029-01");
      assertThat(Times.toLocal(newTask.getDueDate())).isEqualTo(LocalDateTime.of(2029, 2, 4, 23, 59, 59));
      assertThat(taskService.createTaskQuery().processInstanceId(december.getId()).taskCandidateGroup(added.getCode())
          .count()).isZero();
    } finally {
      // the database outlives this context: other tests count the organisation's units
      jdbc.update("DELETE FROM org_unit WHERE code = ?", added.getCode());
      organization.unitsChanged();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The start timer fires on the 1st of the given month at 00:10 and opens the month before. */
  private ProcessInstance openOn(int year, int month) {
    at(LocalDateTime.of(year, month, 1, 0, 10));
    execute(startJob());
    String number = MonthlyReport.number(YearMonth.of(year, month).minusMonths(1).toString());
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.PROCESS_KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  private Job startJob() {
    return managementService.createJobQuery().processDefinitionKey(ReportProcess.PROCESS_KEY)
        .activityId(Element.START_MONTHLY).singleResult();
  }

  /** Executes the instance's due timers and async continuations (and those they make due) as the job executor would. */
  private void runDueJobs(ProcessInstance pi) {
    for (int i = 0; i < 100; i++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep coming");
  }

  private List<LocalDateTime> dueDates(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list().stream()
        .map(job -> Times.toLocal(job.getDuedate())).toList();
  }

  private Task submitTask(ProcessInstance pi, String unit) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.SUBMIT_DISTRICT_REPORT)
        .taskCandidateGroup(unit).singleResult();
  }

  private List<Task> reviewTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.REVIEW).list();
  }

  private void submit(ProcessInstance pi, String unit, String user, Map<String, Object> values) {
    Task task = submitTask(pi, unit);
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), values);
  }

  private void submitAllBut(ProcessInstance pi, String... except) {
    List<String> skipped = Arrays.asList(except);
    organization.activeDistricts().stream().map(OrgUnit::getCode).filter(code -> !skipped.contains(code))
        .forEach(code -> submit(pi, code, "officer-of-" + code, Map.of()));
    // each submission continues asynchronously (asyncAfter): the job executor's part
    runDueJobs(pi);
  }

  private DistrictReport districtRow(String unit, String month) {
    return districtRows.findByUnitAndMonth(unit, month).orElseThrow();
  }

  private long frozenRows(String month) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_figures WHERE month_code = ?", Long.class, month);
  }

  private long passed(ProcessInstance pi, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(activityId)
        .finished().count();
  }

  /** Claims and completes the task over /engine-rest as the user, the way Tasklist submits a form. */
  private void completeByRest(String user, String taskId, Map<String, Object> values) throws Exception {
    assertThat(rest(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> done = rest(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
        json.writeValueAsString(Map.of("variables", variables)));
    assertThat(done.getStatusCode()).as(done.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Times.toDate(time));
  }
}
