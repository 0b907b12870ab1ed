package cn.samr.livestream.governance.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.BadRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
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

/**
 * /api/department-transfers over real HTTP with real logins: 201, 400 naming the field (the police without
 * 「不涉嫌犯罪」 among them) with nothing stored, 401, 403; reading: the sending unit, the coordination group and
 * the supervisors (read only) 200, another district 404; the list and its filters; the timeline.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentTransferApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SubjectRegistry subjects;

  String baoshan;
  String baoshanHead;
  String supervisor;
  String outsider;
  String coordinator;
  String monitor;
  String pudong;
  long platform;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshan = users.create("transfer-api-baoshan-officer", "district-310113");
    baoshanHead = users.create("transfer-api-baoshan-head", "district-310113-head");
    supervisor = users.create("transfer-api-supervisor", "supervisors");
    outsider = users.create("transfer-api-no-unit");
    coordinator = users.create("transfer-api-coordinator", "coordination-group");
    monitor = users.create("transfer-api-monitor", "monitoring-centre");
    pudong = users.create("transfer-api-pudong-officer", "district-310115");
    platform = subjects.resolve(SubjectType.PLATFORM, "移送接口测试平台有限公司",
        ComplaintFixtures.uniqueCreditCode("310113"), null, null, "310113").getId();
  }

  @Test
  void aDistrictRequestsATransferAndItsHeadApprovesIt() throws Exception {
    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(request()));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String number = body.get("transferNo").asText();
    assertThat(number).matches("BM-\\d{8}-\\d{5}");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/department-transfers/" + number);
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(DepartmentTransferProcess.PROCESS_KEY).singleResult().getId())
        .isEqualTo(processInstanceId);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Element.APPROVE)
        .taskCandidateGroup("district-310113-head").count()).isOne();
    assertThat(jdbc.queryForMap("SELECT department, sender_unit, requested_by, status, via_coordination,"
        + " feedback_working_days FROM department_transfer WHERE transfer_no = ?", number))
        .containsEntry("DEPARTMENT", "CYBERSPACE").containsEntry("SENDER_UNIT", "district-310113")
        .containsEntry("REQUESTED_BY", baoshan).containsEntry("STATUS", "AWAITING_APPROVAL")
        .containsEntry("VIA_COORDINATION", true).containsEntry("FEEDBACK_WORKING_DAYS", 20);
    assertThat(jdbc.queryForList("SELECT s.subject_id FROM department_transfer_subject s JOIN department_transfer t"
        + " ON t.id = s.transfer_id WHERE t.transfer_no = ?", Long.class, number)).containsExactly(platform);
  }

  @Test
  void theCoordinationGroupRequestsItsOwnTransferWhichGoesOutDirectly() throws Exception {
    ObjectNode request = request();
    request.put("department", "PUBLIC_SECURITY");
    request.put("notCriminal", true);
    ResponseEntity<String> answer = post(coordinator, json.writeValueAsString(request));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = json.readTree(answer.getBody()).get("transferNo").asText();
    assertThat(jdbc.queryForMap("SELECT sender_unit, via_coordination, not_criminal FROM department_transfer"
        + " WHERE transfer_no = ?", number)).containsEntry("SENDER_UNIT", "coordination-group")
        .containsEntry("VIA_COORDINATION", false).containsEntry("NOT_CRIMINAL", true);
  }

  @Test
  void theSendingUnitTheGroupAndTheSupervisorsReadATransferAnotherDistrictDoesNot() throws Exception {
    String number = requested();

    for (String reader : new String[] {baoshan, baoshanHead, coordinator, supervisor}) {
      ResponseEntity<String> shown = get(reader, "/api/department-transfers/" + number);
      assertThat(shown.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode view = json.readTree(shown.getBody());
      assertThat(view.at("/transfer/transferNo").asText()).isEqualTo(number);
      assertThat(view.at("/transfer/senderUnit").asText()).isEqualTo("district-310113");
      assertThat(view.get("departmentLabel").asText()).isEqualTo("网信部门");
      assertThat(view.get("statusLabel").asText()).isEqualTo("待负责人审批");
      assertThat(view.at("/subjectIds/0").asLong()).isEqualTo(platform);
      assertThat(view.get("events").findValuesAsText("step")).containsExactly("REQUESTED");
      ResponseEntity<String> timeline = get(reader, "/api/department-transfers/" + number + "/timeline");
      assertThat(timeline.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(timeline.getBody()).get("recordNo").asText()).isEqualTo(number);
    }
    for (String stranger : new String[] {pudong, monitor, outsider}) {
      assertThat(get(stranger, "/api/department-transfers/" + number).getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(stranger, "/api/department-transfers/" + number + "/timeline").getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(get(coordinator, "/api/department-transfers/BM-19990101-00001").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theListShowsTheCallersTransfersByFilter() throws Exception {
    String number = requested();

    assertThat(numbers(baoshan, "?subjectId=" + platform)).contains(number);
    assertThat(numbers(baoshan, "?department=CYBERSPACE&overdue=false")).contains(number);
    assertThat(numbers(baoshan, "?department=DRUGS")).doesNotContain(number);
    assertThat(numbers(baoshan, "?overdue=true")).doesNotContain(number);
    assertThat(numbers(supervisor, "")).contains(number);
    assertThat(numbers(coordinator, "?subjectId=" + platform)).contains(number);
    assertThat(numbers(pudong, "")).doesNotContain(number);
    assertThat(numbers(outsider, "")).isEmpty();
    assertThat(get(baoshan, "/api/department-transfers?department=MAGIC").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theSubjectsPageListsItsTransfersWithoutTheirFacts() throws Exception {
    String number = requested();

    ResponseEntity<String> history = get(coordinator, "/api/subjects/" + platform + "/history");
    assertThat(history.getStatusCode()).as(history.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode entries = json.readTree(history.getBody()).get("departmentTransfers");
    JsonNode entry = null;
    for (JsonNode e : entries) {
      if (e.get("transferNo").asText().equals(number)) {
        entry = e;
      }
    }
    assertThat(entry).as(history.getBody()).isNotNull();
    assertThat(entry.get("departmentLabel").asText()).isEqualTo("网信部门");
    assertThat(entry.get("statusLabel").asText()).isEqualTo("待负责人审批");
    assertThat(entry.get("overdue").asBoolean()).isFalse();
    assertThat(entry.has("sentAt")).isTrue();
    assertThat(history.getBody()).doesNotContain("公序良俗");
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing department", "department", "{\"department\": null}"),
        Arguments.of("unknown department", "department", "{\"department\": \"MAGIC\"}"),
        Arguments.of("police without 不涉嫌犯罪", "notCriminal", "{\"department\": \"PUBLIC_SECURITY\"}"),
        Arguments.of("police with 涉嫌犯罪", "notCriminal",
            "{\"department\": \"PUBLIC_SECURITY\", \"notCriminal\": false}"),
        Arguments.of("regulator elsewhere without its name", "recipientName",
            "{\"department\": \"MARKET_REGULATION_ELSEWHERE\"}"),
        Arguments.of("missing reason", "reason", "{\"reason\": null}"),
        Arguments.of("blank facts", "facts", "{\"facts\": \" \"}"),
        Arguments.of("facts too long", "facts", "{\"facts\": \"" + "事".repeat(2001) + "\"}"),
        Arguments.of("feedback deadline too short", "feedbackWorkingDays", "{\"feedbackWorkingDays\": 2}"),
        Arguments.of("feedback deadline too long", "feedbackWorkingDays", "{\"feedbackWorkingDays\": 61}"),
        Arguments.of("unknown subject", "subjectIds[0]", "{\"subjectIds\": [999999999]}"),
        Arguments.of("unknown clue", "clueNo", "{\"clueNo\": \"XS-19990101-00001\"}"),
        Arguments.of("unknown case", "caseNo", "{\"caseNo\": \"AJ-19990101-00001\"}"),
        Arguments.of("another district's unit", "senderUnit", "{\"senderUnit\": \"district-310115\"}"),
        Arguments.of("unknown field", "nickname", "{\"nickname\": \"x\"}"),
        Arguments.of("malformed JSON", null, "{\"department\": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesNamingTheFieldAndStoresNothing(String name, String field, String change)
      throws Exception {
    String body = BadRequests.body(json, request(), field, change);
    long before = stored();

    ResponseEntity<String> answer = post(baoshan, body);

    BadRequests.assertRejected(json, answer, field);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void whoMayNotStartTheProcessGets401Or403AndNothingIsStored() throws Exception {
    String body = json.writeValueAsString(request());
    ResponseEntity<String> anonymous = http.exchange("/api/department-transfers", HttpMethod.POST,
        new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/department-transfers", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    long before = stored();
    // supervisors read (above) but do nothing
    assertThat(post(supervisor, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(monitor, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(outsider, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // asked first: even a malformed body learns nothing else
    assertThat(post(outsider, "{\"department\": null}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored()).isEqualTo(before);
  }

  private String requested() throws Exception {
    ResponseEntity<String> answer = post(baoshan, json.writeValueAsString(request()));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(answer.getBody()).get("transferNo").asText();
  }

  private java.util.List<String> numbers(String user, String query) throws Exception {
    ResponseEntity<String> answer = get(user, "/api/department-transfers" + query);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody()).findValuesAsText("transferNo");
  }

  private ObjectNode request() {
    ObjectNode request = json.createObjectNode();
    request.put("department", "CYBERSPACE");
    request.put("reason", "OTHER_DEPARTMENT_ACTION");
    request.put("facts", "某直播间长期发布违反公序良俗的直播内容并借此带货，需网信部门依职责处理。");
    request.put("materials", "直播回放截图12张");
    request.put("basis", "《网络直播营销管理办法（试行）》");
    request.put("feedbackWorkingDays", 20);
    request.putArray("subjectIds").add(platform);
    return request;
  }

  private long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM department_transfer", Long.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/department-transfers", body);
  }
}
