package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/complaints and GET /api/complaints/{no} over real HTTP with real logins. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  String centre;
  String baoshan;
  String pudong;
  String supervisor;

  @BeforeAll
  void createUsers(TestUsers users) {
    centre = users.create("api-centre-officer", "complaint-centre");
    baoshan = users.create("api-baoshan-officer", "district-310113");
    pudong = users.create("api-pudong-officer", "district-310115");
    supervisor = users.create("api-supervisor", "supervisors");
  }

  @Test
  void registersAComplaintAndStartsItsProcess() throws Exception {
    ResponseEntity<String> answer = post(centre, json.writeValueAsString(validRequest()));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    String complaintNo = body.get("complaintNo").asText();
    assertThat(complaintNo).matches("TS-\\d{8}-\\d{5}");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/complaints/" + complaintNo);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNo)
        .processDefinitionKey(ComplaintProcess.PROCESS_KEY).singleResult().getId())
        .isEqualTo(body.get("processInstanceId").asText());
    assertThat(jdbc.queryForObject("SELECT registered_by FROM complaint WHERE complaint_no = ?", String.class,
        complaintNo)).isEqualTo(centre);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing source          | source          | {\"source\": null}",
      "unknown source          | source          | {\"source\": \"WECHAT\"}",
      "receivedAt in future    | receivedAt      | {\"receivedAt\": \"2099-01-01T10:00:00\"}",
      "malformed receivedAt    | receivedAt      | {\"receivedAt\": \"yesterday\"}",
      "bad phone               | complainant.phone | {\"complainant\": {\"name\": \"张三\", \"phone\": \"call me\"}}",
      "no subject              | subjects        | {\"subjects\": {}}",
      "live room unidentified  | subjects.liveRoom | {\"subjects\": {\"liveRoom\": {\"platformName\": \"抖音\"}}}",
      "bad credit code         | subjects.merchant.creditCode | {\"subjects\": {\"merchant\": {\"name\": \"某公司\", \"creditCode\": \"123\"}}}",
      "unknown district        | district        | {\"district\": \"999999\"}",
      "negative amount         | amountPaid      | {\"amountPaid\": -1}",
      "no claim                | claims          | {\"claims\": []}",
      "unknown claim           | claims[0]       | {\"claims\": [\"APOLOGY\"]}",
      "blank description       | description     | {\"description\": \"  \"}",
      "unknown field           | nickname        | {\"nickname\": \"x\"}",
  })
  void rejectsInvalidInputWithFieldErrorsAndStoresNothing(String name, String field, String change) throws Exception {
    ObjectNode request = validRequest();
    request.setAll((ObjectNode) json.readTree(change));
    long complaintsBefore = count("complaint");
    long subjectsBefore = count("supervised_subject");
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<String> answer = post(centre, json.writeValueAsString(request));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(body.get("fieldErrors").findValuesAsText("field")).contains(field);
    assertThat(body.get("fieldErrors").get(0).get("message").asText()).contains(" / ");
    assertThat(count("complaint")).isEqualTo(complaintsBefore);
    assertThat(count("supervised_subject")).isEqualTo(subjectsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void malformedJsonIsA400() {
    ResponseEntity<String> answer = post(centre, "{\"source\": ");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("MALFORMED_JSON");
  }

  @Test
  void aRepeatedExternalNumberAnswersWithTheExistingComplaint() throws Exception {
    String body = json.writeValueAsString(validRequest());
    JsonNode first = json.readTree(post(centre, body).getBody());

    ResponseEntity<String> again = post(baoshan, body);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode existing = json.readTree(again.getBody());
    assertThat(existing.get("complaintNo").asText()).isEqualTo(first.get("complaintNo").asText());
    assertThat(existing.get("processInstanceId").asText()).isEqualTo(first.get("processInstanceId").asText());
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.get("complaintNo").asText()).count()).isEqualTo(1);
  }

  @Test
  void withoutLoginIs401AndWithoutIntakeRightsIs403WithNothingStored() throws Exception {
    String body = json.writeValueAsString(validRequest());
    ResponseEntity<String> anonymous = http.exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>(body, TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    long before = count("complaint");
    ResponseEntity<String> readOnly = post(supervisor, body);

    assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("complaint")).isEqualTo(before);

    // nor does a repeated external number tell him about the existing complaint
    assertThat(post(centre, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> probe = post(supervisor, body);
    assertThat(probe.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(probe.getBody()).doesNotContain("TS-");
  }

  @Test
  void onlyTheHandlingUnitSeesTheComplainantInFull() throws Exception {
    String complaintNo = json.readTree(post(centre, json.writeValueAsString(validRequest())).getBody())
        .get("complaintNo").asText();

    JsonNode handling = json.readTree(get(baoshan, complaintNo).getBody());
    assertThat(handling.at("/complainant/phone").asText()).isEqualTo("13812345678");
    assertThat(handling.at("/complaint/handlingUnit").asText()).isEqualTo("district-310113");

    JsonNode city = json.readTree(get(supervisor, complaintNo).getBody());
    assertThat(city.at("/complainant/phone").asText()).isEqualTo("138****5678");
    assertThat(city.at("/complainant/name").asText()).isEqualTo("张*");

    assertThat(get(pudong, complaintNo).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ObjectNode validRequest() {
    return json.valueToTree(ComplaintFixtures.baoshanMerchant(
        LocalDateTime.now(cn.samr.livestream.shared.Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS)));
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/complaints", body);
  }

  private ResponseEntity<String> get(String user, String complaintNo) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity("/api/complaints/" + complaintNo, String.class);
  }


  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
