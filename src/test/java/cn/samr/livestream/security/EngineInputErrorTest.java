package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A form that a listener rejects reaches the caller of the engine REST API as 400 with the field
 * errors in Chinese and English, not as Camunda's 500 with engine text; nothing is stored.
 */
@IntegrationTest
class EngineInputErrorTest {

  static final String OFFICER = "test-input-baoshan";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  TestUsers users;

  @BeforeEach
  void users() {
    users = new TestUsers(identityService);
    users.create(OFFICER, "district-310113");
  }

  @AfterEach
  void removeUsers() {
    users.removeAll();
  }

  @Test
  void aRejectedStartFormIsA400WithFieldErrors() throws Exception {
    long complaints = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY).count();

    ResponseEntity<String> answer = TestHttp.send(http, OFFICER, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ComplaintProcess.PROCESS_KEY + "/submit-form",
        "{\"variables\":{\"source\":{\"value\":\"NO_SUCH_SOURCE\",\"type\":\"String\"}}}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("type").asText()).isEqualTo("InvalidInputException");
    assertThat(error.get("message").asText()).doesNotContain("ENGINE-").contains(" / ");
    assertThat(error.get("fieldErrors")).isNotEmpty();
    assertThat(error.get("fieldErrors").get(0).get("message").asText()).matches(".*\\p{IsHan}.* / .*[A-Za-z].*");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class)).isEqualTo(complaints);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY).count())
        .isEqualTo(instances);
  }

  @Test
  void otherEngineErrorsKeepCamundasAnswer() throws Exception {
    ResponseEntity<String> answer = TestHttp.send(http, OFFICER, HttpMethod.POST,
        "/engine-rest/process-definition/key/no-such-process/submit-form", "{\"variables\":{}}");
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(answer.getBody()).get("type").asText()).isNotEqualTo("InvalidInputException");
  }
}
