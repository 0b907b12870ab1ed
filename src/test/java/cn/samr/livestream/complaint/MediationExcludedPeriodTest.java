package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Testing, inspection and appraisal time is not counted in the 45 working days of mediation (投诉举报处理暂行办法
 * Art.21(五)): POST /api/complaints/{no}/excluded-periods over real HTTP, the clock moved by ClockUtil.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediationExcludedPeriodTest {

  /** Monday 2 March 2026, 10:00 Beijing time: registered then, accepted the next day. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  /**
   * Hand-counted: 45 working days after Tuesday 3 March 2026 — March 20 (4th–31st), April 21 (Qingming: 6 April
   * off), May 6, 7, 8 and the make-up Saturday 9 May (1–5 May off) — end on Saturday 9 May 2026.
   */
  static final LocalDate LIMIT = LocalDate.of(2026, 5, 9);
  /** Appraisal Wednesday 18 to Tuesday 24 March: 18, 19, 20, 23, 24 = 5 working days (the weekend not counted). */
  static final LocalDate APPRAISAL_START = LocalDate.of(2026, 3, 18);
  static final LocalDate APPRAISAL_END = LocalDate.of(2026, 3, 24);
  /** 5 working days after Saturday 9 May: Monday 11 to Friday 15 May. */
  static final LocalDate MOVED_LIMIT = LocalDate.of(2026, 5, 15);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired ComplaintIntakeService intake;
  @Autowired ComplaintMapper complaints;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String baoshan;
  String pudong;
  String supervisor;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshan = users.create("period-baoshan-officer", "district-310113");
    pudong = users.create("period-pudong-officer", "district-310115");
    supervisor = users.create("period-supervisor", "supervisors");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAppraisalPeriodMovesTheMediationDeadlineTheTimerAndTheTaskByItsWorkingDays() throws Exception {
    RegisteredComplaint complaint = accepted();
    Date limit = endOf(LIMIT);
    assertThat(timer(complaint, Element.MEDIATION_LIMIT_TIMER).getDuedate()).isEqualTo(limit);
    assertThat(deadline(complaint)).isEqualTo(limit);

    at(LocalDateTime.of(2026, 3, 25, 9, 0));
    ResponseEntity<String> answer = post(baoshan, complaint, APPRAISAL_START, APPRAISAL_END);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.at("/period/workingDays").asInt()).isEqualTo(5);
    assertThat(body.at("/mediationDeadline").asText()).isEqualTo("2026-05-15T23:59:59");
    Date moved = endOf(MOVED_LIMIT);
    assertThat(deadline(complaint)).isEqualTo(moved);
    assertThat(timer(complaint, Element.MEDIATION_LIMIT_TIMER).getDuedate()).isEqualTo(moved);
    assertThat(verification(complaint).getDueDate()).isEqualTo(moved);
    assertThat(complaints.findEvents(complaint.complaintId())).anySatisfy(e -> {
      assertThat(e.getStep()).isEqualTo(ComplaintStep.MEDIATION_PERIOD_EXCLUDED.name());
      assertThat(e.getDetail()).contains("扣除5个工作日").contains("2026年5月15日");
    });

    // the remedy enforcement that follows keeps the moved limit: its timer reads it from the complaint
    taskService.complete(verification(complaint).getId(), ComplaintLifecycle.refundOwedByMerchant());
    assertThat(timer(complaint, Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER).getDuedate()).isEqualTo(moved);
  }

  @Test
  void invalidPeriodsAre400WithTheFieldAndStoreNothing() throws Exception {
    RegisteredComplaint complaint = accepted();
    at(LocalDateTime.of(2026, 3, 25, 9, 0));
    assertRejected(post(baoshan, complaint, APPRAISAL_END, APPRAISAL_START), "endDate", "结束日期不能早于开始日期");
    assertRejected(post(baoshan, complaint, LocalDate.of(2026, 3, 2), APPRAISAL_END), "startDate", "受理日期");
    assertRejected(post(baoshan, complaint, APPRAISAL_START, LocalDate.of(2026, 3, 30)), "endDate", "今天");
    assertRejected(TestHttp.send(http, baoshan, HttpMethod.POST, "/api/complaints/{no}/excluded-periods",
        "{\"startDate\":\"2026-03-32\",\"endDate\":\"\"}", complaint.complaintNo()), "startDate", "日期");
    assertThat(count(complaint)).isZero();
    assertThat(deadline(complaint)).isEqualTo(endOf(LIMIT));
    assertThat(timer(complaint, Element.MEDIATION_LIMIT_TIMER).getDuedate()).isEqualTo(endOf(LIMIT));

    assertThat(post(baoshan, complaint, APPRAISAL_START, APPRAISAL_END).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertRejected(post(baoshan, complaint, LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25)), "startDate", "重叠");
    assertThat(count(complaint)).isEqualTo(1);
    assertThat(deadline(complaint)).isEqualTo(endOf(MOVED_LIMIT));
  }

  @Test
  void onlyWhileInMediation() throws Exception {
    at(MONDAY);
    RegisteredComplaint complaint = intake.register(ComplaintFixtures.baoshanMerchant(MONDAY), "test");
    assertRejected(post(baoshan, complaint, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)), "startDate",
        "不在调解期间");
    assertThat(count(complaint)).isZero();
  }

  @Test
  void otherUnitsGet404AndReadersWhoDoNotHandleItGet403() throws Exception {
    RegisteredComplaint complaint = accepted();
    at(LocalDateTime.of(2026, 3, 25, 9, 0));
    assertThat(post(pudong, complaint, APPRAISAL_START, APPRAISAL_END).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(supervisor, complaint, APPRAISAL_START, APPRAISAL_END).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count(complaint)).isZero();
    assertThat(deadline(complaint)).isEqualTo(endOf(LIMIT));
  }

  private RegisteredComplaint accepted() {
    at(MONDAY);
    RegisteredComplaint complaint = intake.register(ComplaintFixtures.baoshanMerchant(MONDAY), "test");
    at(MONDAY.plusDays(1));
    Task acceptance = taskService.createTaskQuery().processInstanceId(complaint.processInstanceId()).singleResult();
    taskService.complete(acceptance.getId(), Map.of(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    assertThat(verification(complaint)).isNotNull();
    return complaint;
  }

  private Task verification(RegisteredComplaint complaint) {
    return taskService.createTaskQuery().processInstanceId(complaint.processInstanceId())
        .taskDefinitionKey(Element.VERIFY_COMPLAINT).singleResult();
  }

  private Job timer(RegisteredComplaint complaint, String activityId) {
    return managementService.createJobQuery().processInstanceId(complaint.processInstanceId())
        .activityId(activityId).singleResult();
  }

  private Date deadline(RegisteredComplaint complaint) {
    return Times.toDate(complaints.findById(complaint.complaintId()).orElseThrow().getMediationDeadline());
  }

  private long count(RegisteredComplaint complaint) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_excluded_period WHERE complaint_id = ?", Long.class,
        complaint.complaintId());
  }

  private ResponseEntity<String> post(String user, RegisteredComplaint complaint, LocalDate start, LocalDate end)
      throws Exception {
    String body = json.writeValueAsString(Map.of("startDate", start.toString(), "endDate", end.toString(),
        "note", "委托第三方机构对商品进行鉴定"));
    return TestHttp.send(http, user, HttpMethod.POST, "/api/complaints/{no}/excluded-periods", body,
        complaint.complaintNo());
  }

  private void assertRejected(ResponseEntity<String> answer, String field, String reason) throws Exception {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("\"" + field + "\"").contains(reason);
  }

  private static Date endOf(LocalDate day) {
    return Times.toDate(LocalDateTime.of(day, LocalTime.of(23, 59, 59)));
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
