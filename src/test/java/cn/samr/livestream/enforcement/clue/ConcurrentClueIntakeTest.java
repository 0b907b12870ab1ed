package cn.samr.livestream.enforcement.clue;

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
 * The same clue sent many times at once: one is registered, every other copy answers 409 with the
 * existing clue (never 500, never a deadlock), nothing is stored twice; the 409 names the clue only to
 * who may read it, and never its reporter.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClueIntakeTest extends ConcurrentIntakeFixture {

  static final String BAOSHAN_NAME = "宝山区市场监督管理局";

  String baoshan;
  String corps;
  String pudong;
  String monitor;

  @BeforeAll
  void createUsers(TestUsers users) {
    baoshan = users.create("concurrent-clue-baoshan-officer", "district-310113");
    corps = users.create("concurrent-clue-corps-officer", "enforcement-corps");
    pudong = users.create("concurrent-clue-pudong-officer", "district-310115");
    monitor = users.create("concurrent-clue-monitor", "monitoring-centre");
  }

  @Test
  void twentyCopiesAtOnceRegisterOneClueAndAnswerEveryOtherWith409() throws Exception {
    ClueRequest request = ClueFixtures.realNameReport(receivedAt());
    long instancesBefore = startedInstances(ClueProcess.PROCESS_KEY);

    List<Answer> answers = ConcurrentRequests.post(port, "/api/clues", baoshan, json.writeValueAsString(request),
        CALLERS);

    ConcurrentRequests.assertOneCreatedTheRestConflicting(answers);
    JsonNode created = json.readTree(ConcurrentRequests.created(answers));
    String clueNo = created.get("clueNo").asText();
    for (Answer duplicate : answers.stream().filter(a -> a.status() == 409).toList()) {
      JsonNode body = json.readTree(duplicate.body());
      assertThat(body.get("code").asText()).isEqualTo("DUPLICATE");
      assertThat(body.get("clueNo").asText()).isEqualTo(clueNo);
      assertThat(body.get("processInstanceId").asText()).isEqualTo(created.get("processInstanceId").asText());
      assertThat(duplicate.body()).doesNotContain(ClueApiTest.REPORTER_NAME, ClueApiTest.REPORTER_PHONE);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue WHERE source = ? AND external_no = ?", Long.class,
        request.source().name(), request.externalNo())).isEqualTo(1);
    long id = created.get("clueId").asLong();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue_reporter WHERE clue_id = ?", Long.class, id))
        .isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(clueNo).count()).isEqualTo(1);
    assertThat(startedInstances(ClueProcess.PROCESS_KEY)).as("no other clue-verification instance was started")
        .isEqualTo(instancesBefore + 1);
    ConcurrentRequests.assertSequenceStandsAt(jdbc, clueNo);
  }

  @Test
  void theConflictNamesTheClueOnlyToWhoMayReadIt() throws Exception {
    String body = json.writeValueAsString(ClueFixtures.monitoringFinding(receivedAt()));
    ResponseEntity<String> registered = post(baoshan, body);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json.readTree(registered.getBody());
    String clueNo = created.get("clueNo").asText();
    long clues = jdbc.queryForObject("SELECT COUNT(*) FROM clue", Long.class);

    // the enforcement corps reads every clue, and so learns its number
    ResponseEntity<String> reader = post(corps, body);
    assertThat(reader.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(reader.getBody()).get("clueNo").asText()).isEqualTo(clueNo);

    // who may register clues but not read this one learns who registered it, nothing more
    for (String user : List.of(pudong, monitor)) {
      ResponseEntity<String> other = post(user, body);
      assertThat(other.getStatusCode()).as(user).isEqualTo(HttpStatus.CONFLICT);
      JsonNode answer = json.readTree(other.getBody());
      assertThat(answer.get("code").asText()).isEqualTo("DUPLICATE");
      assertThat(answer.get("message").asText()).contains("已由" + BAOSHAN_NAME + "登记", " / ",
          "already registered by " + BAOSHAN_NAME);
      assertThat(answer.get("registeredBy").asText()).isEqualTo(BAOSHAN_NAME);
      assertThat(answer.has("clueNo")).isFalse();
      assertThat(answer.has("clueId")).isFalse();
      assertThat(answer.has("processInstanceId")).isFalse();
      assertThat(other.getBody()).doesNotContain(clueNo, created.get("processInstanceId").asText(), "XS-");
      assertThat(TestHttp.send(http, user, HttpMethod.GET, "/api/clues/{no}", null, clueNo).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue", Long.class)).isEqualTo(clues);
  }

  private static LocalDateTime receivedAt() {
    return LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
  }

  private ResponseEntity<String> post(String user, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, "/api/clues", body);
  }

}
