package cn.samr.livestream.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.transfer.TransferProcess;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 002's Baoshan case, end to end through the REST APIs as the officers would work it: a platform
 * reports a live room selling counterfeit LV goods; verification finds an illegal turnover above the
 * 500,000-yuan threshold; response-tier.dmn proposes CRIMINAL_TRANSFER; two officers report the
 * transfer, the head approves, it goes to the police, the police accept and the clue closes as
 * transferred.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaoshanCounterfeitCaseTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String officer;
  String colleague;
  String head;

  @BeforeAll
  void createUsers(TestUsers users) {
    officer = users.create("bs-case-officer-1", "district-310113");
    colleague = users.create("bs-case-officer-2", "district-310113");
    head = users.create("bs-case-head", "district-310113-head");
  }

  @Test
  void counterfeitLuxuryGoodsAboveTheThresholdAreTransferredToThePolice() throws Exception {
    Map<String, Object> clue = new LinkedHashMap<>();
    clue.put("source", "PLATFORM");
    clue.put("externalNo", "PT-LV-" + System.nanoTime());
    clue.put("receivedAt", LocalDateTime.now(Times.ZONE).minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString());
    clue.put("category", "INTELLECTUAL_PROPERTY");
    clue.put("district", "310113");
    clue.put("subjects", List.of(Map.of("type", "ROOM_OPERATOR", "name", "上海某网络科技有限公司",
        "creditCode", ComplaintFixtures.uniqueCreditCode("310113"), "platformName", "某直播平台",
        "accountId", "lv-outlet-" + System.nanoTime(), "district", "310113")));
    clue.put("facts", "平台协同共治系统报送：直播间以“正品折扣”名义销售LV箱包，经品牌权利人鉴定为假冒");
    clue.put("evidence", List.of("权利人鉴定意见.pdf", "直播回放链接"));
    ResponseEntity<String> created = send(officer, HttpMethod.POST, "/api/clues", json.writeValueAsString(clue));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String clueNo = json.readTree(created.getBody()).get("clueNo").asText();

    submit(officer, clueNo, ClueProcess.Element.VERIFY_CLUE, Map.of(
        "verificationAction", "SUBMIT_FINDINGS", "substantiated", true, "illegalTurnover", 560000,
        "findings", "调取平台后台数据，涉案直播间销售假冒LV商品违法经营额56万元"));

    JsonNode confirm = task(officer, clueNo, ClueProcess.Element.CONFIRM_TIER);
    JsonNode proposal = json.readTree(send(officer, HttpMethod.GET,
        "/engine-rest/task/" + confirm.get("id").asText() + "/form-variables", null).getBody());
    assertThat(proposal.at("/proposedTier/value").asText()).isEqualTo("CRIMINAL_TRANSFER");
    submit(officer, clueNo, ClueProcess.Element.CONFIRM_TIER, Map.of("tier", "CRIMINAL_TRANSFER"));

    // the called criminal-transfer's tasks show the clue's columns, read as Tasklist does
    JsonNode report = task(officer, clueNo, TransferProcess.Element.REPORT_TRANSFER);
    JsonNode columns = json.readTree(send(officer, HttpMethod.GET,
        "/engine-rest/task/" + report.get("id").asText() + "/localVariables", null).getBody());
    assertThat(columns.at("/" + TaskListColumns.NUMBER + "/value").asText()).isEqualTo(clueNo);
    assertThat(columns.at("/" + TaskListColumns.SUBJECT + "/value").asText()).isEqualTo("上海某网络科技有限公司");
    assertThat(columns.at("/" + TaskListColumns.CATEGORY + "/value").asText()).isEqualTo("侵犯知识产权");
    assertThat(columns.at("/" + TaskListColumns.UNIT + "/value").asText()).isEqualTo("宝山区市场监督管理局");

    submit(officer, clueNo, TransferProcess.Element.REPORT_TRANSFER, Map.of("officer1", officer, "officer2", colleague,
        "suspectedOffence", "销售假冒注册商标的商品罪", "reportFacts", "违法经营额56万元，达到刑事立案追诉标准",
        "illegalTurnover", 560000));
    submit(head, clueNo, TransferProcess.Element.APPROVE_TRANSFER, Map.of("approvalDecision", TransferProcess.APPROVE,
        "approvalNote", "同意移送公安机关"));
    submit(officer, clueNo, TransferProcess.Element.TRANSFER_TO_POLICE, Map.of("policeUnit", "上海市公安局宝山分局"));
    submit(officer, clueNo, TransferProcess.Element.RECORD_POLICE_DECISION, Map.of("policeDecision", "ACCEPTED"));

    assertThat(tasks(officer, clueNo)).isEmpty();
    Map<String, Object> closed = jdbc.queryForMap("SELECT status, tier, outcome FROM clue WHERE clue_no = ?", clueNo);
    assertThat(closed).containsEntry("STATUS", "CLOSED").containsEntry("TIER", "CRIMINAL_TRANSFER")
        .containsEntry("OUTCOME", "TRANSFERRED_TO_POLICE");
    Map<String, Object> transfer = jdbc.queryForMap("SELECT t.status, t.transfer_no, t.reporting_officers "
        + "FROM criminal_transfer t JOIN clue c ON c.id = t.clue_id WHERE c.clue_no = ?", clueNo);
    assertThat((String) transfer.get("TRANSFER_NO")).matches("沪宝山市监移〔\\d{4}〕\\d+号");
    assertThat((String) transfer.get("REPORTING_OFFICERS")).contains(officer).contains(colleague);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_action a JOIN clue c ON c.id = a.clue_id "
        + "WHERE c.clue_no = ? AND a.action_type = 'CRIMINAL_TRANSFER'", Long.class, clueNo)).isEqualTo(1);

    JsonNode record = json.readTree(send(officer, HttpMethod.GET, "/api/clues/" + clueNo, null).getBody());
    assertThat(record.toString()).contains("TRANSFERRED_TO_POLICE").contains((String) transfer.get("TRANSFER_NO"));

    // the room operator's record in the register shows the transfer and where it stands
    long subjectId = jdbc.queryForObject("SELECT t.subject_id FROM criminal_transfer t JOIN clue c ON c.id = t.clue_id "
        + "WHERE c.clue_no = ?", Long.class, clueNo);
    JsonNode history = json.readTree(send(officer, HttpMethod.GET, "/api/subjects/" + subjectId + "/history", null)
        .getBody());
    assertThat(history.get("transfers").findValuesAsText("transferNo")).containsExactly((String) transfer.get("TRANSFER_NO"));
    assertThat(history.get("transfers").findValuesAsText("statusLabel")).containsExactly("公安机关已立案");
  }

  private void submit(String user, String businessKey, String taskKey, Map<String, Object> values) throws Exception {
    JsonNode task = task(user, businessKey, taskKey);
    String id = task.get("id").asText();
    assertThat(send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> done = send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form",
        json.writeValueAsString(Map.of("variables", variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private JsonNode task(String user, String businessKey, String taskKey) throws Exception {
    for (JsonNode task : tasks(user, businessKey)) {
      if (task.get("taskDefinitionKey").asText().equals(taskKey)) {
        return task;
      }
    }
    throw new AssertionError(user + " has no task " + taskKey + " for " + businessKey + ": " + tasks(user, businessKey));
  }

  private JsonNode tasks(String user, String businessKey) throws Exception {
    return json.readTree(send(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null)
        .getBody());
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }
}
