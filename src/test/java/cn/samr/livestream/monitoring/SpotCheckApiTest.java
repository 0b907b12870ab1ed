package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/spot-checks over real HTTP with real logins. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpotCheckApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired MonitoringService monitoring;
  @Autowired SpotCheckAssignmentMapper assignments;

  String baoshan;
  String pudong;
  String supervisor;
  String monitor;
  String centreOfficer;
  long assignmentId;
  LocalDate today;

  @BeforeAll
  void setUp(TestUsers users) {
    baoshan = users.create("spot-api-baoshan-officer", "district-310113");
    pudong = users.create("spot-api-pudong-officer", "district-310115");
    supervisor = users.create("spot-api-supervisor", "supervisors");
    monitor = users.create("spot-api-monitor", "monitoring-centre");
    centreOfficer = users.create("spot-api-centre-officer", "complaint-centre");
    today = LocalDate.now(Times.engineClock());
    YearMonth month = YearMonth.from(today);
    monitoring.openMonth(month, null);
    assignmentId = assignments.findByUnitAndMonth("district-310113", month.toString()).orElseThrow().getId();
  }

  @Test
  void recordsANormalCheckAgainstTheQuota() throws Exception {
    int before = monitoring.checksRecorded(assignmentId);

    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(normal()));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    long checkId = body.get("checkId").asLong();
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/spot-checks/" + checkId);
    assertThat(body.get("clueId").isNull()).isTrue();
    assertThat(body.get("progressText").asText()).isEqualTo("已抽查 " + (before + 1) + " / 10");
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM spot_check WHERE id = ?", checkId);
    assertThat(row.get("RECORDED_BY")).isEqualTo(baoshan);
    assertThat(row.get("CHECK_RESULT")).isEqualTo("NORMAL");
    assertThat(row.get("FOCUS_AREA")).isEqualTo("COSMETICS");
    assertThat(row.get("CLUE_ID")).isNull();
  }

  @Test
  void aSuspectedViolationStartsClueVerificationFromMonitoring() throws Exception {
    ObjectNode request = normal();
    request.put("result", "SUSPECTED_VIOLATION").put("violationCategory", "FOOD_SAFETY")
        .put("focusArea", "FOOD").put("productOrService", "某品牌婴幼儿辅食")
        .put("description", "标签标注生产日期晚于直播日期").put("samplingDone", true).put("samplingResult", "UNQUALIFIED");

    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(request));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    long clueId = body.get("clueId").asLong();
    String clueNo = body.get("clueNo").asText();
    assertThat(jdbc.queryForObject("SELECT clue_id FROM spot_check WHERE id = ?", Long.class,
        body.get("checkId").asLong())).isEqualTo(clueId);
    Map<String, Object> clue = jdbc.queryForMap("SELECT source, category, handling_unit, registered_by FROM clue WHERE id = ?",
        clueId);
    assertThat(clue).containsEntry("SOURCE", "MONITORING").containsEntry("CATEGORY", "FOOD_SAFETY")
        .containsEntry("HANDLING_UNIT", "district-310113").containsEntry("REGISTERED_BY", baoshan);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ClueProcess.PROCESS_KEY)
        .processInstanceBusinessKey(clueNo).singleResult().getId()).isEqualTo(body.get("clueProcessInstanceId").asText());

    // the live room's record in the register lists the check beside the clue it raised
    long subjectId = jdbc.queryForObject("SELECT subject_id FROM clue_subject WHERE clue_id = ?", Long.class, clueId);
    JsonNode history = json.readTree(TestHttp.send(http, baoshan, HttpMethod.GET,
        "/api/subjects/" + subjectId + "/history", null).getBody());
    assertThat(history.get("clues").findValuesAsText("clueNo")).contains(clueNo);
    assertThat(history.get("spotChecks").findValuesAsText("productOrService")).contains("某品牌婴幼儿辅食");
    assertThat(history.get("spotChecks").findValuesAsText("platform")).containsOnly("抖音");
  }

  @Test
  void theMonitoringCentreRecordsForAnyDistrict() throws Exception {
    ObjectNode request = normal();
    request.put("result", "SUSPECTED_VIOLATION").put("violationCategory", "ADVERTISING")
        .put("description", "宣称“医用级美白”");

    ResponseEntity<String> answer = post(monitor, json.writeValueAsString(request));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM spot_check WHERE id = ?", String.class,
        body.get("checkId").asLong())).isEqualTo(monitor);
    assertThat(jdbc.queryForObject("SELECT handling_unit FROM clue WHERE id = ?", String.class,
        body.get("clueId").asLong())).isEqualTo("district-310113");
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing platform", "platform", "{\"platform\": null}"),
        Arguments.of("unknown focus area", "focusArea", "{\"focusArea\": \"GAMBLING\"}"),
        Arguments.of("unknown result", "result", "{\"result\": \"MAYBE\"}"),
        Arguments.of("live room too long", "liveRoom", "{\"liveRoom\": \"" + "直".repeat(201) + "\"}"),
        Arguments.of("not a date", "checkDate", "{\"checkDate\": \"yesterday\"}"),
        Arguments.of("date outside the month", "checkDate", "{\"checkDate\": \"2020-01-15\"}"),
        Arguments.of("date in the future", "checkDate", "{\"checkDate\": \"2099-01-01\"}"),
        Arguments.of("violation without category", "violationCategory", "{\"result\": \"SUSPECTED_VIOLATION\", \"description\": \"虚假宣传\"}"),
        Arguments.of("category on a normal check", "violationCategory", "{\"violationCategory\": \"PRICE\"}"),
        Arguments.of("sampling without result", "samplingResult", "{\"samplingDone\": true}"),
        Arguments.of("unknown assignment", "assignmentId", "{\"assignmentId\": 987654321}"),
        Arguments.of("unknown field", "nickname", "{\"nickname\": \"x\"}"),
        Arguments.of("malformed JSON", null, "{\"platform\": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesNamingTheFieldAndStoresNothing(String name, String field, String change) throws Exception {
    String body;
    if (field == null) {
      body = change;
    } else {
      ObjectNode request = normal();
      request.setAll((ObjectNode) json.readTree(change));
      body = json.writeValueAsString(request);
    }
    Map<String, Long> before = stored();

    ResponseEntity<String> answer = post(baoshan, body);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    if (field == null) {
      assertThat(error.get("code").asText()).isEqualTo("MALFORMED_JSON");
    } else {
      assertThat(error.get("code").asText()).isEqualTo("VALIDATION_FAILED");
      assertThat(error.get("fieldErrors").findValuesAsText("field")).as(answer.getBody()).contains(field);
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aSupervisorTheComplaintCentreOrAnotherDistrictGets403AndNothingIsStored() throws Exception {
    String body = json.writeValueAsString(normal());
    Map<String, Long> before = stored();

    assertThat(post(supervisor, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(supervisor, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(pudong, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(centreOfficer, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.exchange("/api/spot-checks", HttpMethod.POST, new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stored()).isEqualTo(before);
  }

  private ObjectNode normal() {
    ObjectNode request = json.createObjectNode();
    request.put("assignmentId", assignmentId).put("checkDate", today.toString()).put("platform", "抖音")
        .put("liveRoom", "某某美妆直播间").put("accountId", "dy-100200").put("productOrService", "美白面霜")
        .put("focusArea", "COSMETICS").put("result", "NORMAL").put("samplingDone", false);
    return request;
  }

  private Map<String, Long> stored() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("spot_check", "clue", "clue_subject")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put("process instances", runtimeService.createProcessInstanceQuery().count());
    return counts;
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/spot-checks", body);
  }

}
