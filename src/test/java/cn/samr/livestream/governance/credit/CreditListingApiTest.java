package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.governance.credit.CreditListingProcess.Element;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.subject.SubjectRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * /api/credit-listings over real HTTP with real logins: a head proposes (201, Location), an officer may not (403),
 * a bad proposal is 400 naming its fields and stores nothing, a second open listing 409; the listing unit, the
 * subject's district, the coordination group and the supervisors read it, another district gets 404; the
 * register answers ?listed=; the party's removal application is recorded by the listing unit (201), 403 for a
 * reader that is not the unit, 409 before the listing waits for it; anonymous 401.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditListingApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired SubjectRegistry subjects;
  @Autowired CreditListingMapper listings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  String head;
  String officer;
  String pudongHead;
  String supervisor;
  String coordinator;

  @BeforeAll
  void createUsers(TestUsers users) {
    head = users.create("credit-api-baoshan-head", "district-310113-head");
    officer = users.create("credit-api-baoshan-officer", "district-310113");
    pudongHead = users.create("credit-api-pudong-head", "district-310115-head");
    supervisor = users.create("credit-api-supervisor", "supervisors");
    coordinator = users.create("credit-api-coordinator", "coordination-group");
  }

  @Test
  void aHeadProposesAnAbnormalListingWhichItsReadersSeeAndOthersDoNot() throws Exception {
    long subjectId = CreditFixtures.company(subjects, "上海某API测试公司", "310113");
    ResponseEntity<String> created = post(head, "/api/credit-listings", abnormal(subjectId));

    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String number = body.get("listingNo").asText();
    assertThat(number).matches("XY-\\d{8}-\\d{5}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/credit-listings/" + number);
    assertThat(taskService.createTaskQuery().processInstanceId(body.get("processInstanceId").asText())
        .taskDefinitionKey(Element.APPROVE_LISTING).taskCandidateGroup("district-310113-head").count()).isOne();

    for (String reader : new String[] {head, officer, supervisor, coordinator}) {
      ResponseEntity<String> read = get(reader, "/api/credit-listings/" + number);
      assertThat(read.getStatusCode()).as(reader + " " + read.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode view = json.readTree(read.getBody());
      assertThat(view.at("/listing/kind").asText()).isEqualTo("ABNORMAL");
      assertThat(view.at("/kindLabel").asText()).isEqualTo("经营异常名录");
      assertThat(view.at("/events/0/step").asText()).isEqualTo("PROPOSED");
    }
    assertThat(get(pudongHead, "/api/credit-listings/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(pudongHead, "/api/credit-listings/XY-20000101-00000").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(officer, "/api/credit-listings/" + number + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(get(officer, "/api/credit-listings?subjectId=" + subjectId).getBody())
        .findValuesAsText("listingNo")).containsExactly(number);
    assertThat(json.readTree(get(pudongHead, "/api/credit-listings?subjectId=" + subjectId).getBody())).isEmpty();
    assertThat(get(officer, "/api/credit-listings?kind=GREY").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // the same listing again while this one is open: 409, nothing stored
    ResponseEntity<String> again = post(head, "/api/credit-listings", abnormal(subjectId));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains(number);
    assertThat(listings.findBySubjects(java.util.List.of(subjectId))).hasSize(1);

    // not yet listed: a removal application finds nothing to decide
    ResponseEntity<String> early = post(officer, "/api/credit-listings/" + number + "/removal-applications",
        party(LocalDate.now(Times.ZONE), "已恢复联系"));
    assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theListingUnitRecordsARemovalApplicationAndTheRegisterShowsTheListing() throws Exception {
    long subjectId = CreditFixtures.company(subjects, "上海某API移出公司", "310113");
    JsonNode body = json.readTree(post(head, "/api/credit-listings", abnormal(subjectId)).getBody());
    String number = body.get("listingNo").asText();
    String pi = body.get("processInstanceId").asText();
    taskService.complete(task(pi).getId(), Map.of(Var.LISTING_APPROVED.name(), true));
    taskService.complete(task(pi).getId(), Map.of(Var.PUBLISHED_ON.name(), LocalDate.now(Times.ZONE).toString()));

    JsonNode listed = json.readTree(get(officer, "/api/subjects?listed=ABNORMAL&q=上海某API移出公司").getBody());
    assertThat(listed.findValuesAsText("id")).contains(String.valueOf(subjectId));
    assertThat(get(officer, "/api/subjects?listed=GREY").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode history = json.readTree(get(officer, "/api/subjects/" + subjectId).getBody());
    assertThat(history.findValuesAsText("listingNo")).contains(number);

    String path = "/api/credit-listings/" + number + "/removal-applications";
    assertThat(post(supervisor, path, party(LocalDate.now(Times.ZONE), "已恢复联系")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(pudongHead, path, party(LocalDate.now(Times.ZONE), "已恢复联系")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> bad = post(officer, path, party(LocalDate.now(Times.ZONE).plusDays(3), " "));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("receivedOn", "grounds");
    assertThat(post(officer, "/api/credit-listings/" + number + "/revocation", party(LocalDate.now(Times.ZONE), "撤销"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> applied = post(officer, path, party(LocalDate.now(Times.ZONE), "已办理住所变更登记"));
    assertThat(applied.getStatusCode()).as(applied.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(Element.DECIDE_REMOVAL);
    // a second application while the first is decided: 409
    assertThat(post(officer, path, party(LocalDate.now(Times.ZONE), "再次申请")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anOfficerMayNotProposeABadProposalIsRefusedAndAnonymousCallersAreNotServed() throws Exception {
    long subjectId = CreditFixtures.company(subjects, "上海某API校验公司", "310113");
    assertThat(post(officer, "/api/credit-listings", abnormal(subjectId)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(supervisor, "/api/credit-listings", abnormal(subjectId)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    Map<String, Object> bad = new HashMap<>();
    bad.put("kind", "ABNORMAL");
    bad.put("subjectId", subjectId);
    bad.put("ground", "UNREACHABLE");
    bad.put("reason", " ");
    bad.put("foundOn", LocalDate.now(Times.ZONE).plusDays(1).toString());
    ResponseEntity<String> refused = post(head, "/api/credit-listings", json.writeValueAsString(bad));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("reason", "foundOn");
    Map<String, Object> serious = new HashMap<>(Map.of("kind", "SERIOUS_ILLEGAL", "caseNo", "不存在的案件",
        "reason", "较重行政处罚"));
    ResponseEntity<String> noCase = post(head, "/api/credit-listings", json.writeValueAsString(serious));
    assertThat(noCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCase.getBody()).contains("caseNo");
    assertThat(post(head, "/api/credit-listings", "{\"kind\":\"GREY\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(listings.findBySubjects(java.util.List.of(subjectId))).isEmpty();

    ResponseEntity<String> anonymous = http.exchange("/api/credit-listings", HttpMethod.POST,
        new HttpEntity<>(abnormal(subjectId), TestHttp.jsonHeaders()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/credit-listings?subjectId=" + subjectId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private Task task(String pi) {
    return taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }

  private String abnormal(long subjectId) throws Exception {
    return json.writeValueAsString(Map.of("kind", "ABNORMAL", "subjectId", subjectId, "ground", "UNREACHABLE",
        "reason", "通过登记的住所无法联系（两次实地核查）", "foundOn", LocalDate.now(Times.ZONE).toString()));
  }

  private String party(LocalDate receivedOn, String grounds) throws Exception {
    return json.writeValueAsString(Map.of("receivedOn", receivedOn.toString(), "grounds", grounds));
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, path, body);
  }
}
