package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The four Tasklist start paths read their forms with one {@link StartFormReader}: submitted the way
 * Tasklist does (engine REST submit-form), a form with unreadable fields is a 400 that names every one of
 * them at once, in Chinese and English, and nothing is stored or started.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartFormReaderTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  String officer;

  @BeforeAll
  void users(TestUsers users) {
    officer = users.create("start-form-reader-baoshan", "district-310113");
  }

  static Stream<Arguments> unreadableForms() {
    return Stream.of(
        Arguments.of(ComplaintProcess.PROCESS_KEY, "complaint",
            Map.of("source", "NO_SUCH_SOURCE", "receivedDate", "昨天", "description", "直播间虚假宣传"),
            List.of("source", "receivedDate")),
        Arguments.of(ClueProcess.PROCESS_KEY, "clue",
            Map.of("source", "NO_SUCH_SOURCE", "receivedDate", "2026-13-45", "category", "NO_SUCH_CATEGORY"),
            List.of("source", "receivedDate", "category")),
        Arguments.of(CoordinationProcess.PROCESS_KEY, "escalation",
            Map.of("title", "跨部门问题", "description", "需要网信部门配合", "category", "NO_SUCH_CATEGORY"),
            List.of("category")),
        Arguments.of(SpotCheckEntryProcess.PROCESS_KEY, "spot_check",
            Map.of(SpotCheckEntryProcess.Form.CHECK_DATE.name(), "last week",
                SpotCheckEntryProcess.Form.RESULT.name(), "NO_SUCH_RESULT",
                SpotCheckEntryProcess.Form.FOCUS_AREA.name(), "NO_SUCH_AREA"),
            List.of(SpotCheckEntryProcess.Form.CHECK_DATE.name(), SpotCheckEntryProcess.Form.RESULT.name(),
                SpotCheckEntryProcess.Form.FOCUS_AREA.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableForms")
  void everyUnreadableFieldIsToldAtOnceAndNothingIsStored(String processKey, String table,
      Map<String, String> form, List<String> unreadable) throws Exception {
    long rows = count(table);
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count();
    ObjectNode variables = json.createObjectNode();
    form.forEach((name, value) -> variables.putObject(name).put("value", value).put("type", "String"));
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);

    ResponseEntity<String> answer = TestHttp.send(http, officer, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + processKey + "/submit-form", body.toString());

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("type").asText()).isEqualTo("InvalidInputException");
    List<String> fields = new ArrayList<>();
    error.get("fieldErrors").forEach(e -> {
      fields.add(e.get("field").asText());
      assertThat(e.get("message").asText()).matches(".*\\p{IsHan}.* / .*[A-Za-z].*");
    });
    assertThat(fields).containsExactlyInAnyOrderElementsOf(unreadable);
    assertThat(count(table)).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count())
        .isEqualTo(instances);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
