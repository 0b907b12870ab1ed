package cn.samr.livestream.governance.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.engine.DistrictMonth;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.governance.campaign.CampaignProcess.Element;
import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * special-campaign (专项整治, docs/campaign.md): plan through the API, approval or rejection, the begin and end timers
 * (moved by a period change before the start), each unit's summary with its reminder and overdue timers over the
 * National Day holiday of 2026, the review that freezes the report; a district's own campaign.
 */
@ProcessTest(covers = CampaignProcess.PROCESS_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecialCampaignProcessTest {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";
  static final String PUDONG = "district-310115";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CampaignMapper campaigns;
  @Autowired CampaignReportService reports;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  TestUsers users;
  String coordinator;
  String coordinationHead;
  String baoshanOfficer;
  String baoshanHead;
  String pudongOfficer;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    coordinator = users.create("zx-coordinator", CityGroups.COORDINATION);
    coordinationHead = users.create("zx-coordination-head", CityGroups.COORDINATION_HEADS);
    baoshanOfficer = users.create("zx-baoshan-officer", BAOSHAN);
    baoshanHead = users.create("zx-baoshan-head", BAOSHAN_HEAD);
    pudongOfficer = users.create("zx-pudong-officer", PUDONG);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @BeforeEach
  void setUp() {
    init(engine);
    at(LocalDateTime.of(2026, 8, 10, 10, 0));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over", true));
  }

  @Test
  void aRejectedPlanEndsTheCampaignAndNothingWaits() throws Exception {
    Campaign campaign = plan(cityPlan("2026-09-01", "2026-09-30"));
    ProcessInstance pi = instance(campaign);
    BpmnAwareTests.assertThat(pi).hasBusinessKey(campaign.getCode()).isWaitingAt(Element.APPROVE_PLAN);
    Task approval = task(pi, Element.APPROVE_PLAN);
    BpmnAwareTests.assertThat(approval).hasCandidateGroup(CityGroups.COORDINATION_HEADS);
    assertThat(taskService.getVariables(approval.getId())).containsEntry(TaskListColumns.NUMBER, campaign.getCode())
        .containsEntry(TaskListColumns.SUBJECT, "2026网剑行动")
        .containsEntry(Var.PERIOD_TEXT.name(), "2026-09-01 至 2026-09-30");

    // the decision is required: nothing recorded, the task stays
    taskService.claim(approval.getId(), coordinationHead);
    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("planApproved");
    taskService.complete(approval.getId(), Map.of(Var.PLAN_APPROVED.name(), false,
        Var.APPROVAL_REMARKS.name(), "重点类别不明确"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.END_REJECTED).hasNotPassed(Element.BEGINS_TIMER);
    Campaign rejected = campaigns.findById(campaign.getId()).orElseThrow();
    assertThat(rejected.getStatus()).isEqualTo(CampaignStatus.REJECTED);
    assertThat(rejected.getApprovedBy()).isEqualTo(coordinationHead);
    assertThat(rejected.getApprovalRemarks()).isEqualTo("重点类别不明确");
    // the form's fields lived for their command only: the decision and remarks are in the campaign row
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(Var.APPROVAL_REMARKS.name()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(Var.PLAN_APPROVED.name()).count()).isZero();
    // a rejected campaign's period is fixed
    assertThat(rest(coordinator, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/period",
        "{\"periodFrom\":\"2026-09-02\",\"periodTo\":\"2026-09-30\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anApprovedCampaignBeginsAndEndsByItsTimersEachUnitSummarisesAndTheReviewFreezesTheReport() throws Exception {
    Campaign campaign = plan(cityPlan("2026-09-01", "2026-09-30"));
    ProcessInstance pi = instance(campaign);
    approve(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.BEGINS_TIMER);
    assertThat(dueDates(pi, Element.BEGINS_TIMER)).containsExactly(LocalDateTime.of(2026, 9, 1, 0, 0));
    assertThat(status(campaign)).isEqualTo(CampaignStatus.PLANNED);

    // before the start the owner moves the period: the waiting begin timer moves with it
    ResponseEntity<String> moved = rest(coordinator, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/period",
        "{\"periodFrom\":\"2026-09-02\",\"periodTo\":\"2026-09-30\"}");
    assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(dueDates(pi, Element.BEGINS_TIMER)).containsExactly(LocalDateTime.of(2026, 9, 2, 0, 0));
    assertThat(passed(pi, Element.MOVE_TIMERS)).isOne();
    // a district officer does not own the city campaign
    assertThat(rest(baoshanOfficer, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/period",
        "{\"periodFrom\":\"2026-09-03\",\"periodTo\":\"2026-09-30\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    at(LocalDateTime.of(2026, 9, 2, 0, 0));
    runDueJobs(pi);
    BpmnAwareTests.assertThat(pi).hasPassed(Element.ACTIVATE).isWaitingAt(Element.ENDS_TIMER);
    assertThat(status(campaign)).isEqualTo(CampaignStatus.ACTIVE);
    assertThat(dueDates(pi, Element.ENDS_TIMER)).containsExactly(LocalDateTime.of(2026, 10, 1, 9, 0));
    // once begun, the period and quotas are fixed: 409
    assertThat(rest(coordinator, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/period",
        "{\"periodFrom\":\"2026-09-03\",\"periodTo\":\"2026-09-30\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(rest(coordinator, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/quotas", "[]")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    at(LocalDateTime.of(2026, 10, 1, 9, 0));
    runDueJobs(pi);
    BpmnAwareTests.assertThat(pi).hasPassed(Element.OPEN_SUMMARIES).isWaitingAt(Element.SUBMIT_SUMMARY);
    assertThat(status(campaign)).isEqualTo(CampaignStatus.SUMMARISING);
    // 5 working days after 30 September over the National Day holiday (1-7 October off, Saturday 10 October worked):
    // 8, 9, 10, 12, 13 October; the reminder 2 working days before, on the 10th at 9:00 (内部)
    LocalDateTime due = LocalDateTime.of(2026, 10, 13, 23, 59, 59);
    assertThat(campaigns.findById(campaign.getId()).orElseThrow().getSummaryDue()).isEqualTo(due);
    assertThat(dueDates(pi, Element.REMINDER_TIMER)).hasSize(2).containsOnly(LocalDateTime.of(2026, 10, 10, 9, 0));
    assertThat(dueDates(pi, Element.OVERDUE_TIMER)).hasSize(2).containsOnly(due);
    Task baoshan = summaryTask(pi, BAOSHAN);
    Task pudong = summaryTask(pi, PUDONG);
    assertThat(Times.toLocal(baoshan.getDueDate())).isEqualTo(due);
    Map<String, Object> local = taskService.getVariablesLocal(baoshan.getId());
    assertThat(local).containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
    assertThat((String) local.get(Var.FIGURES_TEXT.name())).startsWith("抽查监测数 0，涉嫌违法数 0，线索数 0")
        .contains("抽查监测目标 20", "抽查监测完成率 0.0%");

    // 宝山 submits on time; the summary is required and at most 2000 characters
    taskService.claim(baoshan.getId(), baoshanOfficer);
    assertThatThrownBy(() -> taskService.complete(baoshan.getId(), Map.of(Var.SUMMARY.name(), "长".repeat(2001))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("2000");
    taskService.complete(baoshan.getId(), Map.of(Var.SUMMARY.name(), "宝山区开展直播带货专项检查。"));
    runDueJobs(pi);

    at(LocalDateTime.of(2026, 10, 10, 9, 0));
    runDueJobs(pi);
    assertThat(passed(pi, Element.SEND_REMINDER)).isOne();
    assertThat(unitRow(campaign, PUDONG).getRemindedAt()).isEqualTo(LocalDateTime.of(2026, 10, 10, 9, 0));
    assertThat(unitRow(campaign, BAOSHAN).getRemindedAt()).isNull();
    assertThat(taskService.createTaskQuery().taskId(pudong.getId()).singleResult().getPriority())
        .isEqualTo(DistrictMonth.REMINDED_PRIORITY);

    at(LocalDateTime.of(2026, 10, 14, 0, 0));
    runDueJobs(pi);
    assertThat(passed(pi, Element.MARK_OVERDUE)).isOne();
    assertThat(unitRow(campaign, PUDONG).isOverdue()).isTrue();
    assertThat(unitRow(campaign, BAOSHAN).isOverdue()).isFalse();

    // late, still taken; then the review opens for the coordination group
    taskService.claim(pudong.getId(), pudongOfficer);
    taskService.complete(pudong.getId(), Map.of(Var.SUMMARY.name(), "浦东新区补交小结。"));
    runDueJobs(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.REVIEW);
    assertThat(status(campaign)).isEqualTo(CampaignStatus.REVIEW);
    Task review = task(pi, Element.REVIEW);
    BpmnAwareTests.assertThat(review).hasCandidateGroup(CityGroups.COORDINATION);
    assertThat((String) taskService.getVariableLocal(review.getId(), Var.SUMMARIES_TEXT.name()))
        .contains("宝山区市场监督管理局：宝山区开展直播带货专项检查。", "浦东新区市场监督管理局（逾期提交）：浦东新区补交小结。");

    // before the freeze the report is live: a clue tagged now counts
    long clueId = insertClue("XS-ZX-PROC-1", BAOSHAN, LocalDateTime.of(2026, 9, 15, 10, 0));
    jdbc.update("INSERT INTO campaign_tag (campaign_id, record_kind, record_id, unit, tagged_by, tagged_at, via)"
        + " VALUES (?, 'CLUE', ?, ?, 'test', ?, 'LATER')", campaign.getId(), clueId, BAOSHAN, LocalDateTime.now());
    assertThat(cluesOf(campaign, BAOSHAN)).isEqualTo(1);

    taskService.claim(review.getId(), coordinator);
    taskService.complete(review.getId(), Map.of(Var.REVIEW_REMARKS.name(), "各单位按期开展。"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.FREEZE, Element.END_CLOSED);
    Campaign closed = campaigns.findById(campaign.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(closed.getReviewedBy()).isEqualTo(coordinator);
    assertThat(closed.getReviewRemarks()).isEqualTo("各单位按期开展。");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_report_figures WHERE campaign_id = ?", Long.class,
        campaign.getId())).isEqualTo(2);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(Var.SUMMARY.name()).count()).isZero();

    // after the freeze the report reads the snapshot: a tag added behind its back changes nothing
    long later = insertClue("XS-ZX-PROC-2", BAOSHAN, LocalDateTime.of(2026, 9, 16, 10, 0));
    jdbc.update("INSERT INTO campaign_tag (campaign_id, record_kind, record_id, unit, tagged_by, tagged_at, via)"
        + " VALUES (?, 'CLUE', ?, ?, 'test', ?, 'LATER')", campaign.getId(), later, BAOSHAN, LocalDateTime.now());
    JsonNode report = json.readTree(rest(coordinator, HttpMethod.GET, "/api/campaigns/" + campaign.getCode()
        + "/report", null).getBody());
    assertThat(report.get("frozen").asBoolean()).isTrue();
    assertThat(report.get("units").get(0).get("values").get("clues").asInt()).isEqualTo(1);
    // and tagging the frozen campaign is refused: 409
    assertThat(rest(baoshanOfficer, HttpMethod.POST, "/api/campaigns/" + campaign.getCode() + "/tags",
        "{\"kind\":\"CLUE\",\"number\":\"XS-ZX-PROC-2\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(events(campaign)).containsExactly("PLANNED", "PLAN_APPROVAL", "PERIOD_CHANGED", "ACTIVATED",
        "SUMMARIES_OPENED", "UNIT_SUMMARY", "SUMMARY_REMINDER", "SUMMARY_OVERDUE", "UNIT_SUMMARY", "REVIEWED", "FROZEN");
  }

  @Test
  void aPeriodChangedWhileThePlanAwaitsApprovalTakesEffectWhenTheBeginTimerIsCreated() throws Exception {
    Campaign campaign = plan(cityPlan("2026-09-01", "2026-09-30"));
    ProcessInstance pi = instance(campaign);
    assertThat(rest(coordinator, HttpMethod.PUT, "/api/campaigns/" + campaign.getCode() + "/period",
        "{\"periodFrom\":\"2026-09-10\",\"periodTo\":\"2026-10-20\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    BpmnAwareTests.assertThat(pi).hasPassed(Element.MOVE_TIMERS, Element.END_TIMERS_MOVED)
        .isWaitingAt(Element.APPROVE_PLAN);
    approve(pi);
    assertThat(dueDates(pi, Element.BEGINS_TIMER)).containsExactly(LocalDateTime.of(2026, 9, 10, 0, 0));
    at(LocalDateTime.of(2026, 9, 10, 0, 0));
    runDueJobs(pi);
    assertThat(dueDates(pi, Element.ENDS_TIMER)).containsExactly(LocalDateTime.of(2026, 10, 21, 9, 0));
  }

  @Test
  void aDistrictHeadPlansTheDistrictsOwnCampaignApprovedByItsHeadsAndReviewedByTheDistrict() throws Exception {
    ResponseEntity<String> refused = rest(baoshanOfficer, HttpMethod.POST, "/api/campaigns", districtPlan());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> other = rest(baoshanHead, HttpMethod.POST, "/api/campaigns",
        districtPlan().replace("\"units\":[\"" + BAOSHAN + "\"]", "\"units\":[\"" + BAOSHAN + "\",\"" + PUDONG + "\"]"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody()).contains("units", "区级专项的参加单位仅限本区局");

    ResponseEntity<String> created = rest(baoshanHead, HttpMethod.POST, "/api/campaigns", districtPlan());
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    Campaign campaign = campaigns.findByCode(json.readTree(created.getBody()).get("code").asText()).orElseThrow();
    assertThat(campaign.getLevel()).isEqualTo(CampaignLevel.DISTRICT);
    ProcessInstance pi = instance(campaign);
    BpmnAwareTests.assertThat(task(pi, Element.APPROVE_PLAN)).hasCandidateGroup(BAOSHAN_HEAD);
    approve(pi);
    at(LocalDateTime.of(2026, 9, 1, 0, 0));
    runDueJobs(pi);
    at(LocalDateTime.of(2026, 9, 16, 9, 0));
    runDueJobs(pi);
    Task summary = summaryTask(pi, BAOSHAN);
    taskService.complete(summary.getId(), Map.of(Var.SUMMARY.name(), "区级专项小结。"));
    runDueJobs(pi);
    BpmnAwareTests.assertThat(task(pi, Element.REVIEW)).hasCandidateGroup(BAOSHAN);
    assertThat(new EngineVariableRows(jdbc).runtime(pi.getId())).doesNotContain(Var.SUMMARY.name());
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  static String cityPlan(String from, String to) {
    return "{\"name\":\"2026网剑行动\",\"level\":\"CITY\",\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to + "\","
        + "\"focusCategories\":[\"ECOMMERCE\",\"PRODUCT_QUALITY\"],\"productAreas\":[\"FOOD\",\"COSMETICS\"],"
        + "\"description\":\"集中整治直播带货中的三无产品与虚假宣传。\",\"jointDepartments\":\"网信、公安\","
        + "\"units\":[\"" + BAOSHAN + "\",\"" + PUDONG + "\"],"
        + "\"quotas\":[{\"unit\":\"" + BAOSHAN + "\",\"metric\":\"SPOT_CHECKS\",\"target\":20}]}";
  }

  static String districtPlan() {
    return "{\"name\":\"宝山区直播带货专项治理\",\"level\":\"DISTRICT\",\"ownerUnit\":\"" + BAOSHAN + "\","
        + "\"periodFrom\":\"2026-09-01\",\"periodTo\":\"2026-09-15\",\"units\":[\"" + BAOSHAN + "\"]}";
  }

  private Campaign plan(String body) throws Exception {
    ResponseEntity<String> created = rest(coordinator, HttpMethod.POST, "/api/campaigns", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return campaigns.findByCode(json.readTree(created.getBody()).get("code").asText()).orElseThrow();
  }

  private ProcessInstance instance(Campaign campaign) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.PROCESS_KEY)
        .processInstanceBusinessKey(campaign.getCode()).singleResult();
  }

  private void approve(ProcessInstance pi) {
    Task approval = task(pi, Element.APPROVE_PLAN);
    taskService.complete(approval.getId(), Map.of(Var.PLAN_APPROVED.name(), true));
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private Task summaryTask(ProcessInstance pi, String unit) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.SUBMIT_SUMMARY)
        .taskCandidateGroup(unit).singleResult();
  }

  private CampaignStatus status(Campaign campaign) {
    return campaigns.findById(campaign.getId()).orElseThrow().getStatus();
  }

  private CampaignUnit unitRow(Campaign campaign, String unit) {
    return campaigns.findUnits(campaign.getId()).stream().filter(u -> u.getUnit().equals(unit)).findFirst()
        .orElseThrow();
  }

  private int cluesOf(Campaign campaign, String unit) {
    return reports.read(campaigns.findById(campaign.getId()).orElseThrow()).units().stream()
        .filter(u -> u.unit().equals(unit)).findFirst().orElseThrow().values().get("clues").intValue();
  }

  private List<String> events(Campaign campaign) {
    return jdbc.queryForList("SELECT step FROM governance_event WHERE record_kind = 'CAMPAIGN' AND record_id = ?"
        + " ORDER BY occurred_at, id", String.class, campaign.getId());
  }

  private long insertClue(String number, String unit, LocalDateTime receivedAt) {
    return CampaignTestData.clue(jdbc, number, unit, receivedAt);
  }

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

  private long passed(ProcessInstance pi, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(activityId)
        .finished().count();
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Times.toDate(time));
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
