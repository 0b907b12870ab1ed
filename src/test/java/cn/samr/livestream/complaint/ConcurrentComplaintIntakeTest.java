package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.ConcurrentIntakeFixture;
import cn.samr.livestream.ConcurrentRequests;
import cn.samr.livestream.ConcurrentRequests.Answer;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A 12315 feed that sends the same complaint many times at once: one is registered, every other copy
 * answers 409 with the existing complaint (never 500, never a deadlock), and nothing is stored twice. The
 * 409 names the complaint only to who may read it.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentComplaintIntakeTest extends ConcurrentIntakeFixture {

  static final String CENTRE_NAME = "市局投诉举报中心";

  String centre;
  String baoshan;
  String pudong;

  @BeforeAll
  void createUsers(TestUsers users) {
    centre = users.create("concurrent-centre-officer", "complaint-centre");
    baoshan = users.create("concurrent-baoshan-officer", "district-310113");
    pudong = users.create("concurrent-pudong-officer", "district-310115");
  }

  @Test
  void twentyCopiesAtOnceRegisterOneComplaintAndAnswerEveryOtherWith409() throws Exception {
    ComplaintRequest request = request();
    long instancesBefore = startedInstances(ComplaintProcess.PROCESS_KEY);

    List<Answer> answers = ConcurrentRequests.post(port, "/api/complaints", centre, json.writeValueAsString(request),
        CALLERS);

    ConcurrentRequests.assertOneCreatedTheRestConflicting(answers);
    JsonNode created = json.readTree(ConcurrentRequests.created(answers));
    String complaintNo = created.get("complaintNo").asText();
    for (Answer duplicate : answers.stream().filter(a -> a.status() == 409).toList()) {
      JsonNode body = json.readTree(duplicate.body());
      assertThat(body.get("code").asText()).isEqualTo("DUPLICATE");
      assertThat(body.get("complaintNo").asText()).isEqualTo(complaintNo);
      assertThat(body.get("processInstanceId").asText()).isEqualTo(created.get("processInstanceId").asText());
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE source = ? AND external_no = ?", Long.class,
        request.source().name(), request.externalNo())).isEqualTo(1);
    long id = created.get("complaintId").asLong();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complainant WHERE complaint_id = ?", Long.class, id))
        .isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNo).count())
        .isEqualTo(1);
    assertThat(startedInstances(ComplaintProcess.PROCESS_KEY)).as("no other complaint-handling instance was started")
        .isEqualTo(instancesBefore + 1);
    ConcurrentRequests.assertSequenceStandsAt(jdbc, complaintNo);
  }

  @Test
  void theConflictNamesTheComplaintOnlyToWhoMayReadIt() throws Exception {
    String body = json.writeValueAsString(request());
    ResponseEntity<String> registered = post(centre, body);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json.readTree(registered.getBody());
    String complaintNo = created.get("complaintNo").asText();
    long complaints = count("complaint");

    // the handling unit reads the complaint, and so learns its number
    ResponseEntity<String> handling = post(baoshan, body);
    assertThat(handling.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(handling.getBody()).get("complaintNo").asText()).isEqualTo(complaintNo);

    // another district may register complaints but not read this one: it learns who registered it, nothing more
    ResponseEntity<String> other = post(pudong, body);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode answer = json.readTree(other.getBody());
    assertThat(answer.get("code").asText()).isEqualTo("DUPLICATE");
    assertThat(answer.get("message").asText()).contains("已由" + CENTRE_NAME + "登记", " / ",
        "already registered by " + CENTRE_NAME);
    assertThat(answer.get("registeredBy").asText()).isEqualTo(CENTRE_NAME);
    assertThat(answer.has("complaintNo")).isFalse();
    assertThat(answer.has("complaintId")).isFalse();
    assertThat(answer.has("processInstanceId")).isFalse();
    assertThat(other.getBody()).doesNotContain(complaintNo, created.get("processInstanceId").asText(), "TS-",
        "district-310113", "宝山");
    assertThat(TestHttp.send(http, pudong, HttpMethod.GET, "/api/complaints/{no}", null, complaintNo)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(count("complaint")).isEqualTo(complaints);
  }

  private ComplaintRequest request() {
    return ComplaintFixtures.baoshanMerchant(LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS));
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/complaints", body);
  }

}
