package cn.samr.livestream.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.BadRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.coordination.CoordinationProcess.Element;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/** POST /api/escalations over real HTTP with real logins: 201, 400 naming the field, 403. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  String baoshan;
  String supervisor;
  String outsider;
  String coordinator;
  String pudong;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshan = users.create("escalation-api-baoshan-officer", "district-310113");
    supervisor = users.create("escalation-api-supervisor", "supervisors");
    outsider = users.create("escalation-api-no-unit");
    coordinator = users.create("escalation-api-coordinator", "coordination-group");
    pudong = users.create("escalation-api-pudong-officer", "district-310115");
  }

  @Test
  void aDistrictReportsAProblemAndTheCoordinationGroupTriagesIt() throws Exception {
    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(request()));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String number = body.get("escalationNo").asText();
    assertThat(number).matches("SB-\\d{8}-\\d{5}");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/escalations/" + number);
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(CoordinationProcess.PROCESS_KEY).singleResult().getId()).isEqualTo(processInstanceId);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Element.TRIAGE)
        .taskCandidateGroup(CoordinationProcess.GROUP).count()).isOne();
    assertThat(jdbc.queryForMap("SELECT source, reporting_unit, reported_by, suggested_departments, status"
        + " FROM escalation WHERE escalation_no = ?", number))
        .containsEntry("SOURCE", "API").containsEntry("REPORTING_UNIT", "district-310113")
        .containsEntry("REPORTED_BY", baoshan).containsEntry("SUGGESTED_DEPARTMENTS", "CYBERSPACE,PUBLIC_SECURITY")
        .containsEntry("STATUS", "TRIAGE");
  }

  @Test
  void theReportingUnitAndTheCoordinationGroupReadTheEscalationOthersDoNot() throws Exception {
    String number = json.readTree(post(baoshan, json.writeValueAsString(request())).getBody())
        .get("escalationNo").asText();

    for (String reader : new String[] {baoshan, coordinator}) {
      ResponseEntity<String> shown = get(reader, "/api/escalations/" + number);
      assertThat(shown.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode view = json.readTree(shown.getBody());
      assertThat(view.at("/escalation/escalationNo").asText()).isEqualTo(number);
      assertThat(view.at("/escalation/reportingUnit").asText()).isEqualTo("district-310113");
      assertThat(view.get("events").findValuesAsText("actor")).contains(baoshan);
      assertThat(view.at("/events/0").fieldNames()).toIterable()
          .containsExactly("id", "escalationId", "step", "decision", "detail", "actor", "occurredAt");
    }
    assertThat(get(pudong, "/api/escalations/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(supervisor, "/api/escalations/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(coordinator, "/api/escalations/SB-19990101-00001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing title", "title", "{\"title\": null}"),
        Arguments.of("blank description", "description", "{\"description\": \" \"}"),
        Arguments.of("title too long", "title", "{\"title\": \"" + "问".repeat(201) + "\"}"),
        Arguments.of("description too long", "description", "{\"description\": \"" + "述".repeat(2001) + "\"}"),
        Arguments.of("missing category", "category", "{\"category\": null}"),
        Arguments.of("unknown category", "category", "{\"category\": \"GAMBLING\"}"),
        Arguments.of("unknown department", "suggestedDepartments[0]", "{\"suggestedDepartments\": [\"MAGIC\"]}"),
        Arguments.of("another district's unit", "reportingUnit", "{\"reportingUnit\": \"district-310115\"}"),
        Arguments.of("unknown field", "nickname", "{\"nickname\": \"x\"}"),
        Arguments.of("malformed JSON", null, "{\"title\": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesNamingTheFieldAndStoresNothing(String name, String field, String change) throws Exception {
    String body = BadRequests.body(json, request(), field, change);
    long before = stored();

    ResponseEntity<String> answer = post(baoshan, body);

    BadRequests.assertRejected(json, answer, field);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void whoMayNotStartTheProcessGets403AndNothingIsStored() throws Exception {
    String body = json.writeValueAsString(request());
    ResponseEntity<String> anonymous = http.exchange("/api/escalations", HttpMethod.POST,
        new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    long before = stored();
    assertThat(post(supervisor, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(outsider, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // asked first: even a malformed body learns nothing else
    assertThat(post(outsider, "{\"title\": null}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored()).isEqualTo(before);
  }

  private ObjectNode request() {
    ObjectNode request = json.createObjectNode();
    request.put("title", "多个区发现同一主播虚假宣传保健食品");
    request.put("description", "该主播在本区注册，直播间面向全国销售，宣称保健食品可替代药物治疗高血压。");
    request.put("category", "FOOD_SAFETY");
    request.putArray("suggestedDepartments").add("CYBERSPACE").add("PUBLIC_SECURITY");
    return request;
  }

  private long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM escalation", Long.class);
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/escalations", body);
  }

}
