package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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


/** POST /api/clues, GET /api/clues/{no} and GET /api/subjects/{id}/history over real HTTP with real logins. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueApiTest {

  static final String REPORTER_NAME = "王举报";
  static final String REPORTER_PHONE = "13700001111";
  static final String REPORTER_ID = "310113199001011234";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  String baoshan;
  String baoshanHead;
  String pudong;
  String supervisor;
  String outsider;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshan = users.create("clue-api-baoshan-officer", "district-310113");
    baoshanHead = users.create("clue-api-baoshan-head", "district-310113-head");
    pudong = users.create("clue-api-pudong-officer", "district-310115");
    supervisor = users.create("clue-api-supervisor", "supervisors");
    outsider = users.create("clue-api-no-unit");
  }

  @Test
  void registersAClueAndItWaitsForVerificationByTheDistrict() throws Exception {
    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(reportRequest()));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String clueNo = body.get("clueNo").asText();
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(body.get("clueId").asLong()).isPositive();
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/clues/" + clueNo);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(clueNo)
        .processDefinitionKey(ClueProcess.PROCESS_KEY).singleResult().getId()).isEqualTo(processInstanceId);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Element.VERIFY_CLUE).taskCandidateGroup("district-310113").count()).isOne();
    assertThat(jdbc.queryForObject("SELECT registered_by FROM clue WHERE clue_no = ?", String.class, clueNo))
        .isEqualTo(baoshan);
    assertThat(jdbc.queryForObject("SELECT handling_unit FROM clue WHERE clue_no = ?", String.class, clueNo))
        .isEqualTo("district-310113");
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing source", "source", "{\"source\": null}"),
        Arguments.of("unknown category", "category", "{\"category\": \"GAMBLING\"}"),
        Arguments.of("no subjects", "subjects", "{\"subjects\": []}"),
        Arguments.of("bad credit code", "subjects[0].creditCode",
            "{\"subjects\": [{\"type\": \"ROOM_OPERATOR\", \"name\": \"某公司\", \"creditCode\": \"123\"}]}"),
        Arguments.of("bad reporter phone", "reporter.phone",
            "{\"reporter\": {\"name\": \"王举报\", \"phone\": \"call me\"}}"),
        Arguments.of("bad reporter ID number", "reporter.idNumber",
            "{\"reporter\": {\"name\": \"王举报\", \"idNumber\": \"31011319900101\"}}"),
        Arguments.of("reporter on a monitoring finding", "reporter", "{\"source\": \"MONITORING\"}"),
        Arguments.of("too many evidence items", "evidence",
            "{\"evidence\": [" + String.join(",", java.util.Collections.nCopies(21, "\"截图.png\"")) + "]}"),
        Arguments.of("evidence item too long", "evidence[0]", "{\"evidence\": [\"" + "证".repeat(501) + "\"]}"),
        Arguments.of("receivedAt in the future", "receivedAt", "{\"receivedAt\": \"2099-01-01T10:00:00\"}"),
        Arguments.of("unknown district", "district", "{\"district\": \"999999\"}"),
        Arguments.of("unknown field", "nickname", "{\"nickname\": \"x\"}"),
        Arguments.of("malformed JSON", null, "{\"source\": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesNamingTheFieldAndStoresNothing(String name, String field, String change)
      throws Exception {
    String body;
    if (field == null) {
      body = change;
    } else {
      ObjectNode request = reportRequest();
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
      assertThat(error.get("fieldErrors").get(0).get("message").asText()).contains(" / ");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aRepeatedExternalNumberAnswersWithTheExistingClueButNotItsReporter() throws Exception {
    String body = json.writeValueAsString(reportRequest());
    JsonNode first = json.readTree(post(baoshan, body).getBody());
    Map<String, Long> before = stored();

    ResponseEntity<String> again = post(baoshan, body);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode existing = json.readTree(again.getBody());
    assertThat(existing.get("code").asText()).isEqualTo("DUPLICATE");
    assertThat(existing.get("clueNo").asText()).isEqualTo(first.get("clueNo").asText());
    assertThat(existing.get("processInstanceId").asText()).isEqualTo(first.get("processInstanceId").asText());
    assertThat(again.getBody()).doesNotContain(REPORTER_NAME, REPORTER_PHONE, REPORTER_ID, "reporter");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void whoMayNotStartClueVerificationGets403AndNothingIsStored() throws Exception {
    String body = json.writeValueAsString(reportRequest());
    ResponseEntity<String> anonymous = http.exchange("/api/clues", HttpMethod.POST,
        new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    Map<String, Long> before = stored();
    ResponseEntity<String> readOnly = post(supervisor, body);
    assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored()).isEqualTo(before);

    // nor does a repeated external number, or an invalid body, tell him anything
    assertThat(post(baoshan, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> probe = post(supervisor, body);
    assertThat(probe.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(probe.getBody()).doesNotContain("XS");
    assertThat(post(supervisor, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void onlyTheHandlingUnitsOfficersSeeTheReporter() throws Exception {
    String clueNo = json.readTree(post(baoshan, json.writeValueAsString(reportRequest())).getBody())
        .get("clueNo").asText();

    ResponseEntity<String> handling = get(baoshan, "/api/clues/" + clueNo);
    assertThat(handling.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(handling.getBody());
    assertThat(view.at("/reporter/present").asBoolean()).isTrue();
    assertThat(view.at("/reporter/name").asText()).isEqualTo(REPORTER_NAME);
    assertThat(view.at("/reporter/phone").asText()).isEqualTo(REPORTER_PHONE);
    assertThat(view.at("/reporter/idNumber").asText()).isEqualTo(REPORTER_ID);
    assertThat(view.at("/clue/clueNo").asText()).isEqualTo(clueNo);
    assertThat(view.at("/clue/handlingUnit").asText()).isEqualTo("district-310113");
    assertThat(view.get("subjects")).hasSize(1);
    assertThat(view.get("events")).isNotNull();
    assertThat(view.get("actions")).isEmpty();
    assertThat(view.get("caseFiles")).isEmpty();
    assertThat(view.get("transfers")).isEmpty();

    for (String reader : List.of(baoshanHead, supervisor)) {
      ResponseEntity<String> masked = get(reader, "/api/clues/" + clueNo);
      assertThat(masked.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode reporter = json.readTree(masked.getBody()).get("reporter");
      assertThat(reporter).as(reader).isEqualTo(json.readTree("{\"present\": true}"));
      assertThat(masked.getBody()).as(reader).doesNotContain(REPORTER_NAME, REPORTER_PHONE, REPORTER_ID);
    }

    assertThat(get(pudong, "/api/clues/" + clueNo).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(outsider, "/api/clues/" + clueNo).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(baoshan, "/api/clues/XS-00000000-00000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theSubjectsHistoryShowsAClueRunToAnAdmonition() throws Exception {
    JsonNode registered = json.readTree(post(baoshan, json.writeValueAsString(
        json.valueToTree(ClueFixtures.monitoringFinding(receivedAt())))).getBody());
    String clueNo = registered.get("clueNo").asText();
    String pi = registered.get("processInstanceId").asText();
    long subjectId = jdbc.queryForObject("SELECT subject_id FROM clue_subject WHERE clue_id = ?", Long.class,
        registered.get("clueId").asLong());

    JsonNode before = json.readTree(get(pudong, "/api/subjects/" + subjectId + "/history").getBody());
    assertThat(before.get("firstOffence").asBoolean()).isTrue();
    assertThat(before.get("actions")).isEmpty();

    ClueFixtures.runToAdmonition(runtimeService, taskService, pi);

    ResponseEntity<String> answer = get(pudong, "/api/subjects/" + subjectId + "/history");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode history = json.readTree(answer.getBody());
    assertThat(history.at("/subject/id").asLong()).isEqualTo(subjectId);
    assertThat(history.get("clues")).hasSize(1);
    JsonNode clue = history.get("clues").get(0);
    assertThat(clue.get("clueNo").asText()).isEqualTo(clueNo);
    assertThat(clue.get("tier").asText()).isEqualTo("ADMONITION");
    assertThat(clue.get("outcome").asText()).isEqualTo("ADMONITION");
    assertThat(clue.get("receivedAt").asText()).isNotBlank();
    assertThat(history.get("actions")).hasSize(1);
    JsonNode action = history.get("actions").get(0);
    assertThat(action.get("actionType").asText()).isEqualTo("ADMONITION");
    assertThat(action.get("documentNo").asText()).matches("沪宝山市监告〔\\d{4}〕\\d+号");
    assertThat(action.get("issuedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(action.get("outcome").asText()).isEqualTo("ISSUED");
    assertThat(action.get("clueNo").asText()).isEqualTo(clueNo);
    assertThat(history.get("complaints")).isEmpty();
    assertThat(history.get("sanctions").asLong()).isOne();
    assertThat(history.get("sanctionsInFirstOffenceWindow").asLong()).isOne();
    assertThat(history.get("firstOffence").asBoolean()).isFalse();

    // the clue's own view lists the action with its document number
    JsonNode view = json.readTree(get(baoshan, "/api/clues/" + clueNo).getBody());
    assertThat(view.at("/actions/0/documentNo").asText()).isEqualTo(action.get("documentNo").asText());
    assertThat(view.at("/reporter/present").asBoolean()).isFalse();

    assertThat(get(supervisor, "/api/subjects/" + subjectId + "/history").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(outsider, "/api/subjects/" + subjectId + "/history").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(pudong, "/api/subjects/999999999/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ObjectNode reportRequest() {
    return json.valueToTree(ClueFixtures.realNameReport(receivedAt()));
  }

  private static LocalDateTime receivedAt() {
    return LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
  }

  private Map<String, Long> stored() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("clue", "clue_subject", "clue_reporter", "supervised_subject")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put("process instances", runtimeService.createProcessInstanceQuery().count());
    return counts;
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/clues", body);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

}
