package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint from POST /api/complaints to closing, worked by real users through /engine-rest exactly as
 * Tasklist does (task list, form variables, deployed Camunda Form, submit-form); and the Tasklist start
 * form, whose personal data must end up in the complainant table and nowhere in the engine.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String centre;
  String officer;
  String otherDistrict;
  String supervisor;

  @BeforeAll
  void createUsers(TestUsers users) {
    centre = users.create("e2e-centre-officer", "complaint-centre");
    officer = users.create("e2e-baoshan-officer", "district-310113");
    otherDistrict = users.create("e2e-pudong-officer", "district-310115");
    supervisor = users.create("e2e-supervisor", "supervisors");
  }

  @Test
  void aComplaintTravelsFromIntakeToClosingThroughTheRestApis() throws Exception {
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
    ResponseEntity<String> created = send(centre, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(ComplaintFixtures.baoshanMerchant(received)));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String complaintNo = json.readTree(created.getBody()).get("complaintNo").asText();

    // another district's officer does not see the task at all
    assertThat(tasks(otherDistrict, complaintNo)).isEmpty();
    // Tasklist's list: the unit's filter shows the task with its number and deadline columns
    assertThat(unitTaskList(officer, complaintNo).toString()).contains(complaintNo).contains("deadlineText")
        .contains("星期");
    assertThat(unitTaskList(otherDistrict, complaintNo).toString()).doesNotContain(complaintNo);

    JsonNode acceptance = singleTask(officer, complaintNo);
    assertThat(acceptance.get("taskDefinitionKey").asText()).isEqualTo(ComplaintProcess.Element.ACCEPT_COMPLAINT);
    assertThat(acceptance.get("due").asText()).isNotBlank();
    JsonNode form = json.readTree(send(officer, HttpMethod.GET,
        "/engine-rest/task/" + acceptance.get("id").asText() + "/deployed-form", null).getBody());
    assertThat(form.get("id").asText()).isEqualTo("complaint-acceptance");
    JsonNode formVariables = json.readTree(send(officer, HttpMethod.GET,
        "/engine-rest/task/" + acceptance.get("id").asText() + "/form-variables", null).getBody());
    assertThat(formVariables.at("/complaintNo/value").asText()).isEqualTo(complaintNo);
    assertThat(formVariables.at("/acceptanceDueText/value").asText()).contains("年").contains("星期");
    assertThat(formVariables.toString()).doesNotContain("13812345678");

    claimAndSubmit(officer, acceptance, Map.of("acceptanceDecision", "ACCEPT"));

    Map<String, Object> findings = new LinkedHashMap<>();
    findings.put("substantiated", true);
    findings.put("facts", "调取直播回放与订单，宣传进口正品与实物不符");
    findings.put("remedyRefund", true);
    findings.put("amountOwed", 299);
    findings.put("owedByMerchant", true);
    findings.put("remedyWorkingDays", 10);
    findings.put("violationClueFound", false);
    claimAndSubmit(officer, singleTask(officer, complaintNo), findings);

    JsonNode confirmation = singleTask(officer, complaintNo);
    assertThat(confirmation.get("taskDefinitionKey").asText()).isEqualTo(RemedyProcess.Element.CONFIRM_FULFILMENT);
    // the supervisor may read but not work it
    ResponseEntity<String> refused = send(supervisor, HttpMethod.POST,
        "/engine-rest/task/" + confirmation.get("id").asText() + "/complete", "{}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    claimAndSubmit(officer, confirmation, Map.of("fulfilmentOutcome", "FULFILLED", "fulfilledAmount", 299,
        "fulfilledOn", LocalDate.now(Times.ZONE).toString()));

    JsonNode closing = singleTask(officer, complaintNo);
    assertThat(closing.get("taskDefinitionKey").asText()).isEqualTo(ComplaintProcess.Element.CLOSE_COMPLAINT);
    claimAndSubmit(officer, closing, Map.of("repliedOn", LocalDate.now(Times.ZONE).toString(),
        "replyMethod", "PHONE", "replySummary", "商家已全额退款，已电话告知投诉人"));

    assertThat(tasks(officer, complaintNo)).isEmpty();
    JsonNode complaint = json.readTree(send(officer, HttpMethod.GET, "/api/complaints/" + complaintNo, null).getBody());
    assertThat(complaint.at("/complaint/status").asText()).isEqualTo("CLOSED");
    assertThat(complaint.at("/complaint/outcome").asText()).isEqualTo("MEDIATED_PAID");
    assertThat(complaint.at("/complaint/closedOnTime").asBoolean()).isTrue();
    assertThat(complaint.at("/remedies/0/fulfilledAmount").decimalValue()).isEqualByComparingTo("299");
    assertThat(complaint.get("events").findValuesAsText("actor")).contains(officer);
    assertThat(complaint.at("/events/0").fieldNames()).toIterable()
        .containsExactly("id", "complaintId", "step", "decision", "detail", "actor", "occurredAt");

    JsonNode history = json.readTree(send(supervisor, HttpMethod.GET,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + complaintNo
            + "&processDefinitionKey=" + ComplaintProcess.PROCESS_KEY, null).getBody());
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void theTasklistStartFormRegistersTheComplaintAndKeepsPersonalDataOutOfTheEngine() throws Exception {
    Map<String, Object> form = ComplaintFixtures.startForm("李四", "13900001111", "直播间宣称可降血糖，收货后无保健食品标志");

    ResponseEntity<String> started = send(centre, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ComplaintProcess.PROCESS_KEY + "/submit-form", variables(form));

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String complaintNo = json.readTree(started.getBody()).get("businessKey").asText();
    assertThat(complaintNo).matches("TS-\\d{8}-\\d{5}");
    assertThat(jdbc.queryForObject("SELECT p.phone FROM complainant p JOIN complaint c ON c.id = p.complaint_id "
        + "WHERE c.complaint_no = ?", String.class, complaintNo)).isEqualTo("13900001111");
    assertThat(singleTask(officer, complaintNo).get("taskDefinitionKey").asText())
        .isEqualTo(ComplaintProcess.Element.ACCEPT_COMPLAINT);
    for (String table : new String[] {"ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL"}) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE NAME_ LIKE 'pii%' OR TEXT_ LIKE ?",
          Long.class, "%13900001111%")).as(table).isZero();
    }
  }

  @Test
  void anInvalidStartFormIsRefusedWithItsFieldErrorsAndLeavesNothing() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    Map<String, Object> form = Map.of("source", "HOTLINE", "receivedDate", LocalDate.now(Times.ZONE).toString(),
        "pii_complainantName", "王五", "pii_complainantPhone", "not-a-phone", "product", "口红", "claimRefund", true,
        "description", "描述");

    ResponseEntity<String> refused = send(centre, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ComplaintProcess.PROCESS_KEY + "/submit-form", variables(form));

    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("complainant.phone").contains("subjects").contains(" / ");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class)).isEqualTo(before);
  }

  private void claimAndSubmit(String user, JsonNode task, Map<String, Object> values) throws Exception {
    String id = task.get("id").asText();
    assertThat(send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> submitted = send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form",
        variables(values));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  /** What Tasklist loads for the filter 本单位待办: tasks with their list variables embedded. */
  /**
   * The filter 本单位待办 as Tasklist lists it, narrowed to the complaint's instance (Tasklist's search adds criteria the
   * same way): the suite's database holds many other tasks of the unit, which a first page need not reach.
   */
  private JsonNode unitTaskList(String user, String complaintNo) throws Exception {
    JsonNode filters = json.readTree(send(user, HttpMethod.GET, "/engine-rest/filter?resourceType=Task", null).getBody());
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals("本单位待办")) {
        filterId = filter.get("id").asText();
      }
    }
    assertThat(filterId).as("filter 本单位待办 visible to " + user).isNotNull();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<String> list = http.withBasicAuth(user, TestUsers.PASSWORD).exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(java.util.Map.of("processInstanceBusinessKey", complaintNo)), headers),
        String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(list.getBody());
  }

  private JsonNode tasks(String user, String businessKey) throws Exception {
    return json.readTree(send(user, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&sortBy=dueDate&sortOrder=asc", null)
        .getBody());
  }

  private JsonNode singleTask(String user, String businessKey) throws Exception {
    JsonNode tasks = tasks(user, businessKey);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }
}
