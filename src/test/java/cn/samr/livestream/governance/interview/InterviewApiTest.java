package cn.samr.livestream.governance.interview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.BadRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.governance.interview.InterviewProcess.Element;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;
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
 * /api/interviews over real HTTP with real logins: 201 for a head and the coordination group, 401/403 before anything
 * else, 400 naming the field with nothing stored, reading by scope (404 outside it), the list and the timeline.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewApiTest {

  private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SubjectRegistry subjects;

  String baoshanHead;
  String baoshanOfficer;
  String pudongOfficer;
  String coordinator;
  String supervisor;
  long pudongPlatform;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshanHead = users.create("interview-api-baoshan-head", "district-310113-head");
    baoshanOfficer = users.create("interview-api-baoshan-officer", "district-310113");
    pudongOfficer = users.create("interview-api-pudong-officer", "district-310115");
    coordinator = users.create("interview-api-coordinator", "coordination-group");
    supervisor = users.create("interview-api-supervisor", "supervisors");
    pudongPlatform = platform("310115");
  }

  @Test
  void aHeadRequestsAnInterviewAndItWaitsForItsNotices() throws Exception {
    long subject = platform("310113");
    ResponseEntity<String> answer = post(baoshanHead, json.writeValueAsString(request(subject)));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String number = body.get("interviewNo").asText();
    assertThat(number).matches("YT-\\d{8}-\\d{5}");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/interviews/" + number);
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey(InterviewProcess.PROCESS_KEY).singleResult().getId()).isEqualTo(processInstanceId);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Element.ISSUE_NOTICES).taskCandidateGroup("district-310113").count()).isOne();
    assertThat(jdbc.queryForMap("SELECT kind, origin, status, host_unit, requested_by, joint_departments"
        + " FROM interview WHERE interview_no = ?", number))
        .containsEntry("KIND", "INTERVIEW").containsEntry("ORIGIN", "REQUEST").containsEntry("STATUS", "NOTICE")
        .containsEntry("HOST_UNIT", "district-310113").containsEntry("REQUESTED_BY", baoshanHead)
        .containsEntry("JOINT_DEPARTMENTS", "CYBERSPACE");

    // the same subject again while this one is open
    ResponseEntity<String> again = post(coordinator, json.writeValueAsString(request(subject)));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains(number);
  }

  @Test
  void theCoordinationGroupRequestsForAnyDistrictAndItsHeadsApprove() throws Exception {
    ResponseEntity<String> answer = post(coordinator, json.writeValueAsString(request(pudongPlatformOfItsOwn())));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    String processInstanceId = json.readTree(answer.getBody()).get("processInstanceId").asText();
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Element.APPROVE_INTERVIEW).taskCandidateGroup("coordination-group-head").count()).isOne();
  }

  @Test
  void whoMayNotStartTheProcessGets401Or403AndNothingIsStored() throws Exception {
    String body = json.writeValueAsString(request(platform("310113")));
    ResponseEntity<String> anonymous = http.exchange("/api/interviews", HttpMethod.POST,
        new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    long before = stored();
    assertThat(post(baoshanOfficer, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(supervisor, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // asked first: even a malformed body learns nothing else
    assertThat(post(baoshanOfficer, "{\"issues\": null}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored()).isEqualTo(before);
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("missing issues", "issues", "{\"issues\": null}"),
        Arguments.of("issues too long", "issues", "{\"issues\": \"" + "由".repeat(2001) + "\"}"),
        Arguments.of("no subjects", "subjectIds", "{\"subjectIds\": []}"),
        Arguments.of("unknown subject", "subjectIds[0]", "{\"subjectIds\": [999999999]}"),
        Arguments.of("another district's subject", "subjectIds[0]", "{\"subjectIds\": [PUDONG]}"),
        Arguments.of("unknown kind", "kind", "{\"kind\": \"LECTURE\"}"),
        Arguments.of("planned in the past", "plannedDate", "{\"plannedDate\": \"2020-01-01\"}"),
        Arguments.of("another unit hosts", "hostUnit", "{\"hostUnit\": \"district-310115\"}"),
        Arguments.of("unknown department", "jointDepartments[0]", "{\"jointDepartments\": [\"MAGIC\"]}"),
        Arguments.of("unknown field", "nickname", "{\"nickname\": \"x\"}"),
        Arguments.of("malformed JSON", null, "{\"issues\": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedBodiesNamingTheFieldAndStoresNothing(String name, String field, String change) throws Exception {
    String body = BadRequests.body(json, request(platform("310113")), field,
        change.replace("PUDONG", Long.toString(pudongPlatform)));
    long before = stored();

    ResponseEntity<String> answer = post(baoshanHead, body);

    BadRequests.assertRejected(json, answer, field);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theHostTheCoordinationGroupAndTheSupervisorsReadItOtherDistrictsDoNot() throws Exception {
    long subject = platform("310113");
    String number = json.readTree(post(baoshanHead, json.writeValueAsString(request(subject))).getBody())
        .get("interviewNo").asText();

    for (String reader : new String[] {baoshanHead, baoshanOfficer, coordinator, supervisor}) {
      ResponseEntity<String> shown = get(reader, "/api/interviews/" + number);
      assertThat(shown.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode view = json.readTree(shown.getBody());
      assertThat(view.at("/interview/interviewNo").asText()).isEqualTo(number);
      assertThat(view.at("/kindLabel").asText()).isEqualTo("约谈");
      assertThat(view.at("/statusLabel").asText()).isEqualTo("待制发通知书");
      assertThat(view.at("/subjects/0/subjectId").asLong()).isEqualTo(subject);
      assertThat(view.at("/subjects/0/subjectName").asText()).startsWith("接口约谈平台");
      assertThat(view.get("events").findValuesAsText("step")).containsExactly("REQUESTED", "APPROVAL");

      ResponseEntity<String> timeline = get(reader, "/api/interviews/" + number + "/timeline");
      assertThat(timeline.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(timeline.getBody()).findValuesAsText("code")).contains("REQUESTED");

      ResponseEntity<String> list = get(reader, "/api/interviews?subjectId=" + subject);
      assertThat(list.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(list.getBody()).findValuesAsText("interviewNo")).containsExactly(number);
    }
    assertThat(get(pudongOfficer, "/api/interviews/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(pudongOfficer, "/api/interviews/" + number + "/timeline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(get(pudongOfficer, "/api/interviews?subjectId=" + subject).getBody())).isEmpty();
    assertThat(get(coordinator, "/api/interviews/YT-19990101-00001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(coordinator, "/api/interviews?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get(coordinator, "/api/interviews?status=SOMETHING").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private long pudongPlatformOfItsOwn() {
    return platform("310115");
  }

  private long platform(String district) {
    return subjects.resolve(SubjectType.PLATFORM, "接口约谈平台" + NAMES.incrementAndGet(), null, null, null, district)
        .getId();
  }

  private ObjectNode request(long subjectId) {
    ObjectNode request = json.createObjectNode();
    request.putArray("subjectIds").add(subjectId);
    request.put("issues", "平台内商家销售“三无产品”，商品标签标识不规范");
    request.put("basis", "电子商务法第三十八条");
    request.put("category", "PRODUCT_QUALITY");
    request.putArray("jointDepartments").add("CYBERSPACE");
    return request;
  }

  private long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM interview", Long.class);
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/interviews", body);
  }

  private ResponseEntity<String> get(String user, String path) {
    return TestHttp.send(http, user, HttpMethod.GET, path, null);
  }
}
