package cn.samr.livestream.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.ConcurrentRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/tasks/{id}/transfer, /delegation, /resolution and GET /hand-off-options over real HTTP: 200 and the row
 * via API with the reason, the same request again 200 with the same row, 400 with the field, 403, 404, a concurrent
 * pair never 500, and the transfer with its reason on the complaint's timeline (Camunda's own log entry of the same
 * assignment not listed twice).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskTransferApiTest {

  static final String REASON = "本人出差一周，转同事办理";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired TaskHandOffMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  HandOffFixture f;

  @BeforeAll
  void users() {
    f = new HandOffFixture(identityService, "transfer");
  }

  @AfterAll
  void removeUsers() {
    f.users.removeAll();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, path, body);
  }

  private String transferBody(String to, String reason) throws Exception {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("toUser", to);
    body.put("reason", reason);
    return json.writeValueAsString(body);
  }

  @Test
  void theAssigneeTransfersToAColleagueAndTheSameRequestAgainIsIdempotent() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    ResponseEntity<String> answer = post(f.officer, "/api/tasks/" + task.getId() + "/transfer",
        transferBody(f.colleague, REASON));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    JsonNode result = json.readTree(answer.getBody());
    assertThat(result.get("taskId").asText()).isEqualTo(task.getId());
    assertThat(result.get("assignee").asText()).isEqualTo(f.colleague);
    long handOffId = result.get("handOffId").asLong();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.colleague);
    List<HandOff> rows = mapper.findByTask(task.getId());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).id()).isEqualTo(handOffId);
    assertThat(rows.get(0).kind()).isEqualTo(HandOff.Kind.TRANSFER);
    assertThat(rows.get(0).via()).isEqualTo(HandOff.Via.API);
    assertThat(rows.get(0).reason()).isEqualTo(REASON);
    assertThat(rows.get(0).fromUser()).isEqualTo(f.officer);
    assertThat(rows.get(0).toUser()).isEqualTo(f.colleague);
    assertThat(rows.get(0).businessKey()).startsWith("TS-");

    // the same request again (a retry): 200, the same row, nothing new — though the officer no longer holds it
    ResponseEntity<String> again = post(f.officer, "/api/tasks/" + task.getId() + "/transfer",
        transferBody(f.colleague, REASON));
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
    assertThat(json.readTree(again.getBody()).get("handOffId").asLong()).isEqualTo(handOffId);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isEqualTo(1);

    // the former assignee may not hand it on now: 403, nothing changed
    ResponseEntity<String> notHis = post(f.officer, "/api/tasks/" + task.getId() + "/transfer",
        transferBody(f.officer, REASON));
    assertThat(notHis.getStatusCode().value()).as(notHis.getBody()).isEqualTo(403);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isEqualTo(1);
  }

  @Test
  void theColleagueIsNotifiedInTheAppAndARefusedTransferNotifiesNobody() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);
    assertThat(post(f.officer, "/api/tasks/" + task.getId() + "/transfer", transferBody(f.pudong, REASON))
        .getStatusCode().value()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ?", Long.class, f.pudong))
        .as("the refused transfer rolled back its notice with it").isZero();

    assertThat(post(f.officer, "/api/tasks/" + task.getId() + "/transfer", transferBody(f.colleague, REASON))
        .getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> inbox = TestHttp.send(http, f.colleague, HttpMethod.GET, "/api/notifications?unread=true",
        null);
    assertThat(inbox.getStatusCode().value()).as(inbox.getBody()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    json.readTree(inbox.getBody()).get("items").forEach(items::add);
    assertThat(items).filteredOn(n -> n.get("link").asText().endsWith("?task=" + task.getId())).singleElement()
        .satisfies(n -> assertThat(n.get("title").asText()).contains("受理审查").contains("转办给您"))
        .satisfies(n -> assertThat(n.get("event").asText()).isEqualTo("TASK_ASSIGNED_TO_ME"));
  }

  @Test
  void theTransferShowsOnTheComplaintsTimelineWithItsReasonOnce() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);
    assertThat(post(f.officer, "/api/tasks/" + task.getId() + "/transfer", transferBody(f.colleague, REASON))
        .getStatusCode().value()).isEqualTo(200);
    String complaintNo = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();

    ResponseEntity<String> answer = TestHttp.send(http, f.colleague, HttpMethod.GET,
        "/api/complaints/" + complaintNo + "/timeline", null);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    json.readTree(answer.getBody()).get("entries").forEach(entries::add);
    List<JsonNode> handOffs = entries.stream().filter(e -> "HAND_OFF".equals(e.get("source").asText())).toList();
    assertThat(handOffs).hasSize(1);
    JsonNode entry = handOffs.get(0);
    assertThat(entry.get("code").asText()).isEqualTo("TRANSFER");
    assertThat(entry.get("label").asText()).isEqualTo("转办");
    assertThat(entry.get("detail").asText()).contains("受理审查").contains("→").contains("理由：" + REASON);
    assertThat(entry.at("/actor/id").asText()).isEqualTo(f.officer);
    // Camunda's log entry of the same assignment is not listed besides; the claim still is
    assertThat(entries).noneMatch(e -> "USER_OPERATION".equals(e.get("source").asText())
        && "Assign".equals(e.get("code").asText()));
    assertThat(entries).anyMatch(e -> "USER_OPERATION".equals(e.get("source").asText())
        && "Claim".equals(e.get("code").asText()));
  }

  @Test
  void badRequestsAre400WithTheField() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);
    String path = "/api/tasks/" + task.getId() + "/transfer";

    assertField(post(f.officer, path, transferBody(f.colleague, null)), "reason", "理由");
    assertField(post(f.officer, path, transferBody(f.colleague, "  ")), "reason", "理由");
    assertField(post(f.officer, path, transferBody(f.colleague, "理".repeat(501))), "reason", "500");
    assertField(post(f.officer, path, transferBody(null, REASON)), "toUser", "必填");
    assertField(post(f.officer, path, transferBody(f.pudong, REASON)), "toUser", "不能转办到其他单位");
    assertField(post(f.officer, path, transferBody(f.head, REASON)), "toUser", "候选组");
    assertField(post(f.officer, path, transferBody("no-such-user-17", REASON)), "toUser", "不存在");
    assertField(post(f.officer, path, transferBody(f.officer, REASON)), "toUser", "已是该任务的办理人");
    assertField(post(f.officer, "/api/tasks/" + task.getId() + "/delegation", transferBody(f.pudong, null)),
        "toUser", "不能转办到其他单位");
    assertField(post(f.officer, "/api/tasks/" + task.getId() + "/resolution", "{}"), "taskId", "未被委托");

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.officer);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();
  }

  private void assertField(ResponseEntity<String> answer, String field, String message) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode errors = json.readTree(answer.getBody()).get("fieldErrors");
    assertThat(errors).as(answer.getBody()).isNotNull();
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(message).contains(" / ");
  }

  @Test
  void someoneElse403AndATaskNotSeen404() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);
    String path = "/api/tasks/" + task.getId() + "/transfer";

    assertThat(post(f.colleague, path, transferBody(f.colleague, REASON)).getStatusCode().value()).isEqualTo(403);
    assertThat(post(f.colleague, "/api/tasks/" + task.getId() + "/delegation", transferBody(f.colleague, null))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(post(f.pudong, path, transferBody(f.pudong, REASON)).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> otherHead = post(f.pudongHead, path, transferBody(f.pudong, REASON));
    assertThat(otherHead.getStatusCode().value()).as(otherHead.getBody()).isEqualTo(404);
    // the supervisors read every task (READ_TASK on the definitions) but change none: 403
    assertThat(post(f.supervisor, path, transferBody(f.colleague, REASON)).getStatusCode().value()).isEqualTo(403);
    assertThat(post(f.officer, "/api/tasks/no-such-task/transfer", transferBody(f.colleague, REASON))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(TestHttp.send(http, f.pudong, HttpMethod.GET, "/api/tasks/" + task.getId() + "/hand-off-options",
        null).getStatusCode().value()).isEqualTo(404);
    assertThat(http.postForEntity("/api/tasks/" + task.getId() + "/transfer", null, String.class)
        .getStatusCode().value()).isEqualTo(401);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.officer);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();
  }

  @Test
  void aHeadTransfersAnUnclaimedTaskAndSeesHisOptions() throws Exception {
    Task task = f.acceptTask(http, json, taskService);

    ResponseEntity<String> options = TestHttp.send(http, f.head, HttpMethod.GET,
        "/api/tasks/" + task.getId() + "/hand-off-options", null);
    assertThat(options.getStatusCode().value()).as(options.getBody()).isEqualTo(200);
    JsonNode body = json.readTree(options.getBody());
    assertThat(body.get("actions").toString()).isEqualTo("[\"TRANSFER\"]");
    List<String> ids = new ArrayList<>();
    body.get("colleagues").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains(f.officer, f.colleague).doesNotContain(f.pudong, f.head);
    assertThat(body.get("colleagues").get(0).fieldNames()).toIterable().containsExactly("id", "name");

    ResponseEntity<String> answer = post(f.head, "/api/tasks/" + task.getId() + "/transfer",
        transferBody(f.colleague, "按分工交由李宝山执法员二办理"));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    HandOff row = mapper.findByTask(task.getId()).get(0);
    assertThat(row.fromUser()).isNull();
    assertThat(row.byUser()).isEqualTo(f.head);
    assertThat(row.via()).isEqualTo(HandOff.Via.API);

    // an officer of the unit who does not hold it: no actions, still sees it (candidate)
    JsonNode officerOptions = json.readTree(TestHttp.send(http, f.officer, HttpMethod.GET,
        "/api/tasks/" + task.getId() + "/hand-off-options", null).getBody());
    assertThat(officerOptions.get("actions")).isEmpty();
    JsonNode holderOptions = json.readTree(TestHttp.send(http, f.colleague, HttpMethod.GET,
        "/api/tasks/" + task.getId() + "/hand-off-options", null).getBody());
    assertThat(holderOptions.get("actions").toString()).isEqualTo("[\"TRANSFER\",\"DELEGATE\"]");
  }

  @Test
  void aDelegationComesBackResolvedThroughTheApi() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    ResponseEntity<String> delegated = post(f.officer, "/api/tasks/" + task.getId() + "/delegation",
        transferBody(f.colleague, "请协助核对材料"));
    assertThat(delegated.getStatusCode().value()).as(delegated.getBody()).isEqualTo(200);
    Task pending = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(pending.getAssignee()).isEqualTo(f.colleague);
    assertThat(pending.getOwner()).isEqualTo(f.officer);
    assertThat(pending.getDelegationState()).isEqualTo(DelegationState.PENDING);
    // again: idempotent
    assertThat(post(f.officer, "/api/tasks/" + task.getId() + "/delegation", transferBody(f.colleague, "请协助核对材料"))
        .getStatusCode().value()).isEqualTo(200);
    // only the delegate resolves
    assertThat(post(f.officer, "/api/tasks/" + task.getId() + "/resolution", "{}").getStatusCode().value())
        .isEqualTo(403);

    ResponseEntity<String> resolved = post(f.colleague, "/api/tasks/" + task.getId() + "/resolution",
        "{\"variables\":{\"handOffNote\":{\"value\":\"材料已核对\",\"type\":\"String\"}}}");
    assertThat(resolved.getStatusCode().value()).as(resolved.getBody()).isEqualTo(200);
    assertThat(json.readTree(resolved.getBody()).get("assignee").asText()).isEqualTo(f.officer);
    Task back = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(back.getAssignee()).isEqualTo(f.officer);
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(taskService.getVariable(task.getId(), "handOffNote")).isEqualTo("材料已核对");
    List<HandOff> rows = mapper.findByTask(task.getId());
    assertThat(rows).extracting(HandOff::kind).containsExactly(HandOff.Kind.DELEGATE, HandOff.Kind.RESOLVE);
    assertThat(rows).extracting(HandOff::via).containsOnly(HandOff.Via.API);
    assertThat(rows.get(0).reason()).isEqualTo("请协助核对材料");
  }

  @Test
  void theTasklistPluginsSessionTransfersWithTheCsrfTokenOnly() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);
    WebappSession session = WebappSession.login(port, f.officer, "tasklist");
    java.util.function.Supplier<HttpRequest.Builder> transfer = () -> HttpRequest.newBuilder(
            session.uri("/api/tasks/" + task.getId() + "/transfer"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"toUser\":\"" + f.colleague + "\",\"reason\":\"" + REASON + "\"}"));

    HttpResponse<String> forged = session.sendForged(transfer.get());
    assertThat(forged.statusCode()).as(forged.body()).isIn(401, 403);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();

    HttpResponse<String> options = session.send(HttpRequest.newBuilder(
        session.uri("/api/tasks/" + task.getId() + "/hand-off-options")).GET());
    assertThat(options.statusCode()).as(options.body()).isEqualTo(200);
    HttpResponse<String> done = session.send(transfer.get());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.colleague);
  }

  @Test
  void aConcurrentPairIsNever500AndTransfersOnce() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    List<ConcurrentRequests.Answer> answers = ConcurrentRequests.post(port,
        "/api/tasks/" + task.getId() + "/transfer", f.officer, transferBody(f.colleague, REASON), 2);

    assertThat(answers).extracting(ConcurrentRequests.Answer::status).as(answers.toString()).containsOnly(200, 409)
        .contains(200);
    // a second 200 is the same hand-off answered as a retry: the one row's id, never none
    assertThat(answers).filteredOn(a -> a.status() == 200).extracting(ConcurrentRequests.Answer::body)
        .allSatisfy(body -> assertThat(json.readTree(body).get("handOffId").isNumber()).as(body).isTrue());
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.colleague);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isEqualTo(1);
  }
}
