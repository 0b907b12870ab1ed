package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SupervisedSubjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * /api/subjects/{id}/credit-class over real HTTP: who reads a subject reads its class and why; only the coordination
 * group and administrators have it computed again; the register filters by class.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditClassApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ComplaintIntakeService intake;
  @Autowired SupervisedSubjectMapper subjects;

  String baoshan;
  String pudong;
  String coordination;
  String supervisor;
  String admin;
  ComplaintRequest complaint;
  long merchantId;

  @BeforeAll
  void setUp(TestUsers users) {
    baoshan = users.create("credit-baoshan-officer", "district-310113");
    pudong = users.create("credit-pudong-officer", "district-310115");
    coordination = users.create("credit-coordination", "coordination-group");
    supervisor = users.create("credit-supervisor", "supervisors");
    admin = users.create("credit-admin", "camunda-admin");
    complaint = ComplaintFixtures.baoshanMerchant(LocalDateTime.now(Times.engineClock()));
    intake.register(complaint, "test");
    merchantId = subjects.findByCreditCode(complaint.subjects().merchant().creditCode()).orElseThrow().getId();
  }

  @Test
  void theDistrictAndTheCityReadTheClassWithItsReasonAndInputsAnotherDistrictDoesNot() throws Exception {
    ResponseEntity<String> own = get(baoshan);

    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(own.getBody());
    assertThat(view.get("creditClass").asText()).isEqualTo("A");
    assertThat(view.get("creditClassLabel").asText()).isEqualTo("A 信用风险低");
    assertThat(view.get("reason").asText()).isEqualTo("无不良记录");
    assertThat(view.at("/changes/0/newClass").asText()).isEqualTo("A");
    assertThat(view.at("/changes/0/inputsJson").asText()).contains("complaintsIn1Year");
    assertThat(own.getBody()).doesNotContain(complaint.complainant().name()).doesNotContain(complaint.complainant().phone());
    assertThat(get(supervisor).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(pudong).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/subjects/" + merchantId + "/credit-class", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(TestHttp.send(http, baoshan, HttpMethod.GET, "/api/subjects/" + Long.MAX_VALUE + "/credit-class", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyTheCoordinationGroupAndAdministratorsRecompute() {
    assertThat(recompute(baoshan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(recompute(supervisor).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(recompute(pudong).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> byGroup = recompute(coordination);
    assertThat(byGroup.getStatusCode()).as(byGroup.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(byGroup.getBody()).contains("\"creditClass\":\"A\"");
    assertThat(recompute(admin).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRegisterFiltersByClass() throws Exception {
    String code = complaint.subjects().merchant().creditCode();
    JsonNode a = json.readTree(TestHttp.send(http, baoshan, HttpMethod.GET,
        "/api/subjects?creditClass=A&creditCode=" + code, null).getBody());
    assertThat(a.get("total").asLong()).isEqualTo(1);
    assertThat(a.at("/items/0/creditClass").asText()).isEqualTo("A");
    JsonNode d = json.readTree(TestHttp.send(http, baoshan, HttpMethod.GET,
        "/api/subjects?creditClass=D&creditCode=" + code, null).getBody());
    assertThat(d.get("total").asLong()).isZero();

    ResponseEntity<String> bad = TestHttp.send(http, baoshan, HttpMethod.GET, "/api/subjects?creditClass=E", null);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("creditClass");
  }

  private ResponseEntity<String> get(String user) {
    return TestHttp.send(http, user, HttpMethod.GET, "/api/subjects/" + merchantId + "/credit-class", null);
  }

  private ResponseEntity<String> recompute(String user) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/subjects/" + merchantId + "/credit-class/recompute", null);
  }
}
