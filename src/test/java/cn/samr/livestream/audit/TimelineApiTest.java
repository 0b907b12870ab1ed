package cn.samr.livestream.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.RemedyProcess;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/complaints/{no}/timeline, /api/clues/{no}/timeline and /api/escalations/{no}/timeline over
 * real HTTP: named users work the tasks through the engine's API (so that the user operation log names
 * them), and the timeline answers who decided what, when, without personal data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiTest {

  static final String DISTRICT = "district-310113";
  static final String DISTRICT_HEAD = "district-310113-head";
  static final String COMPLAINANT_NAME = "张三";
  static final String COMPLAINANT_PHONE = "13812345678";
  static final String REPORTER_NAME = "王举报";
  static final String REPORTER_PHONE = "13700001111";
  static final String REPORTER_ID = "310113199001011234";
  static final String REPORTER_ADDRESS = "上海市宝山区某路1号";
  static final String ADMONITION_NO = "沪宝山市监告〔\\d{4}〕\\d+号";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  TestUsers users;
  String centre;
  String officer;
  String colleague;
  String head;
  String pudong;
  String supervisor;
  String corps;
  String coordinator;
  String outsider;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    centre = users.create("timeline-centre-officer", "complaint-centre");
    officer = users.create("timeline-baoshan-officer", DISTRICT);
    colleague = users.create("timeline-baoshan-officer2", DISTRICT);
    head = users.create("timeline-baoshan-head", DISTRICT_HEAD);
    pudong = users.create("timeline-pudong-officer", "district-310115");
    supervisor = users.create("timeline-supervisor", "supervisors");
    corps = users.create("timeline-corps-officer", "enforcement-corps");
    coordinator = users.create("timeline-coordinator", CoordinationProcess.GROUP);
    outsider = users.create("timeline-no-unit");
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aComplaintsTimelineNamesWhoDecidedWhatAndWhenAcrossItsSubProcess() throws Exception {
    JsonNode registered = json.readTree(TestHttp.send(http, centre, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(ComplaintFixtures.baoshanMerchant(receivedAt()))).getBody());
    String complaintNo = registered.get("complaintNo").asText();
    String pi = registered.get("processInstanceId").asText();

    claimAndComplete(officer, DISTRICT, task(complaintNo, ComplaintProcess.Element.ACCEPT_COMPLAINT),
        Map.of(ComplaintProcess.Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    Map<String, Object> findings = new HashMap<>();
    findings.put(ComplaintProcess.Var.SUBSTANTIATED.name(), true);
    findings.put(ComplaintProcess.Var.FACTS.name(), "调取直播回放与订单，宣传进口正品与实物不符");
    findings.put(ComplaintProcess.Var.REMEDY_REFUND.name(), true);
    findings.put(ComplaintProcess.Var.AMOUNT_OWED.name(), 299.0);
    findings.put(ComplaintProcess.Var.OWED_BY_MERCHANT.name(), true);
    findings.put(ComplaintProcess.Var.REMEDY_WORKING_DAYS.name(), 10L);
    findings.put(ComplaintProcess.Var.VIOLATION_CLUE_FOUND.name(), false);
    // the colleague completes without claiming: only the operation log knows it was him
    complete(colleague, DISTRICT, task(complaintNo, ComplaintProcess.Element.VERIFY_COMPLAINT), findings);
    claimAndComplete(officer, DISTRICT, task(complaintNo, RemedyProcess.Element.CONFIRM_FULFILMENT),
        Map.of(RemedyProcess.Var.FULFILMENT_OUTCOME.name(), "FULFILLED", RemedyProcess.Var.FULFILLED_AMOUNT.name(),
            299.0, RemedyProcess.Var.FULFILLED_ON.name(), LocalDate.now(Times.ZONE).toString()));
    // an officer's note that names the complainant: the timeline must not repeat it
    claimAndComplete(officer, DISTRICT, task(complaintNo, ComplaintProcess.Element.CLOSE_COMPLAINT),
        Map.of(ComplaintProcess.Var.REPLIED_ON.name(), LocalDate.now(Times.ZONE).toString(),
            ComplaintProcess.Var.REPLY_METHOD.name(), "PHONE", ComplaintProcess.Var.REPLY_SUMMARY.name(),
            "已致电投诉人" + COMPLAINANT_NAME + "（" + COMPLAINANT_PHONE + "），商家已全额退款"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();

    ResponseEntity<String> answer = get(officer, "/api/complaints/" + complaintNo + "/timeline");

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode timeline = json.readTree(answer.getBody());
    assertThat(timeline.get("kind").asText()).isEqualTo("COMPLAINT");
    assertThat(timeline.get("recordNo").asText()).isEqualTo(complaintNo);
    JsonNode processes = timeline.get("processes");
    assertThat(processes.findValuesAsText("processKey"))
        .containsExactly(ComplaintProcess.PROCESS_KEY, RemedyProcess.PROCESS_KEY);
    assertThat(processes.get(1).get("superProcessInstanceId").asText()).isEqualTo(pi);
    assertThat(processes.findValuesAsText("state")).containsOnly("COMPLETED");

    List<JsonNode> entries = list(timeline.get("entries"));
    assertInTimeOrder(entries);
    // the engine: every completed task with who completed it, the sub-process's task included
    assertThat(actorOf(entries, "TASK", ComplaintProcess.Element.ACCEPT_COMPLAINT)).isEqualTo(officer);
    assertThat(actorOf(entries, "TASK", ComplaintProcess.Element.VERIFY_COMPLAINT)).isEqualTo(colleague);
    assertThat(actorOf(entries, "TASK", RemedyProcess.Element.CONFIRM_FULFILMENT)).isEqualTo(officer);
    assertThat(actorOf(entries, "TASK", ComplaintProcess.Element.CLOSE_COMPLAINT)).isEqualTo(officer);
    JsonNode confirmation = single(entries, "TASK", RemedyProcess.Element.CONFIRM_FULFILMENT);
    assertThat(confirmation.get("processKey").asText()).isEqualTo(RemedyProcess.PROCESS_KEY);
    assertThat(confirmation.get("label").asText()).isEqualTo("确认履行");
    assertThat(confirmation.at("/actor/name").asText()).isEqualTo("测试" + officer);
    // the user operation log: who started the process (registered the complaint) …
    JsonNode started = single(entries, "USER_OPERATION", "Create");
    assertThat(started.at("/actor/id").asText()).isEqualTo(centre);
    assertThat(started.get("label").asText()).isEqualTo("发起流程");
    assertThat(started.get("detail").asText()).isEqualTo("流程实例「投诉处理」");
    // … and the three claims, by the officer, naming the task
    List<JsonNode> claims = all(entries, "USER_OPERATION", "Claim");
    assertThat(claims).hasSize(3).allSatisfy(claim -> {
      assertThat(claim.at("/actor/id").asText()).isEqualTo(officer);
      assertThat(claim.get("label").asText()).isEqualTo("认领任务");
      assertThat(claim.get("detail").asText()).startsWith("任务「").contains("办理人：（空） → " + officer);
    });
    assertThat(claims).extracting(claim -> claim.get("detail").asText()).anyMatch(d -> d.contains("「受理审查」"))
        .anyMatch(d -> d.contains("「确认履行」")).anyMatch(d -> d.contains("「办结（答复投诉人）」"));
    // the domain's decision rows, in the order they were taken
    JsonNode routing = single(entries, "DOMAIN_EVENT", "ROUTING");
    assertThat(routing.at("/actor/name").asText()).isEqualTo("系统");
    assertThat(routing.get("decisionLabel").asText()).isEqualTo("属地区局");
    JsonNode acceptance = single(entries, "DOMAIN_EVENT", "ACCEPTANCE");
    assertThat(acceptance.get("label").asText()).isEqualTo("受理审查");
    assertThat(acceptance.get("decision").asText()).isEqualTo("ACCEPT");
    assertThat(acceptance.get("decisionLabel").asText()).isEqualTo("受理");
    assertThat(acceptance.at("/actor/id").asText()).isEqualTo(officer);
    JsonNode verification = single(entries, "DOMAIN_EVENT", "VERIFICATION");
    assertThat(verification.get("decision").asText()).isEqualTo("SUBSTANTIATED");
    assertThat(verification.at("/actor/id").asText()).isEqualTo(colleague);
    JsonNode closing = single(entries, "DOMAIN_EVENT", "CLOSING");
    assertThat(closing.get("decisionLabel").asText()).isEqualTo("调解成功，已退赔");
    assertThat(closing.get("detail").asText()).contains("已致电投诉人" + Redaction.MASK);
    assertThat(entries.indexOf(routing)).isLessThan(entries.indexOf(acceptance));
    assertThat(entries.indexOf(acceptance)).isLessThan(entries.indexOf(verification));
    assertThat(entries.indexOf(verification)).isLessThan(entries.indexOf(closing));
    assertNotAfter(single(entries, "TASK", ComplaintProcess.Element.ACCEPT_COMPLAINT), confirmation);
    assertThat(entries).noneMatch(e -> e.get("documentNo") != null);

    assertThat(answer.getBody()).doesNotContain(COMPLAINANT_NAME, COMPLAINANT_PHONE);

    // who may read the complaint may read its timeline; others get 404 as for the complaint itself
    assertThat(get(head, "/api/complaints/" + complaintNo + "/timeline").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> city = get(supervisor, "/api/complaints/" + complaintNo + "/timeline");
    assertThat(city.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(city.getBody()).doesNotContain(COMPLAINANT_NAME, COMPLAINANT_PHONE);
    assertThat(get(pudong, "/api/complaints/" + complaintNo + "/timeline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(outsider, "/api/complaints/" + complaintNo + "/timeline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(officer, "/api/complaints/TS-19990101-00001/timeline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aClueRunToAnAdmonitionShowsTheDocumentNumberAndNeverTheReporter() throws Exception {
    JsonNode registered = json.readTree(TestHttp.send(http, officer, HttpMethod.POST, "/api/clues",
        json.writeValueAsString(ClueFixtures.realNameReport(receivedAt()))).getBody());
    String clueNo = registered.get("clueNo").asText();
    String pi = registered.get("processInstanceId").asText();

    claimAndComplete(officer, DISTRICT, clueTask(pi, ClueProcess.Element.VERIFY_CLUE), Map.of(
        ClueProcess.Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS", ClueProcess.Var.SUBSTANTIATED.name(), true,
        ClueProcess.Var.FINDINGS.name(), "经调取回放，宣传内容属实违法；举报人" + REPORTER_NAME + "提供了截图"));
    boolean change = !"ADMONITION".equals(runtimeService.getVariable(pi, ClueProcess.Var.PROPOSED_TIER.name()));
    Map<String, Object> tier = new HashMap<>(Map.of(ClueProcess.Var.TIER.name(), "ADMONITION"));
    if (change) {
      tier.put(ClueProcess.Var.TIER_CHANGE_REASON.name(), "当事人已初步整改，以行政告诫为宜");
    }
    complete(officer, DISTRICT, clueTask(pi, ClueProcess.Element.CONFIRM_TIER), tier);
    if (change) {
      complete(head, DISTRICT_HEAD, clueTask(pi, ClueProcess.Element.APPROVE_TIER_CHANGE), Map.of(
          ClueProcess.Var.TIER_CHANGE_APPROVED.name(), true, ClueProcess.Var.APPROVAL_NOTE.name(), "同意"));
    }
    complete(colleague, DISTRICT, clueTask(pi, ClueProcess.Element.NOTIFY_REPORTER), Map.of(
        ClueProcess.Var.NOTIFIED_ON.name(), LocalDate.now(Times.ZONE).toString(),
        ClueProcess.Var.NOTIFICATION_METHOD.name(), "PHONE"));
    claimAndComplete(officer, DISTRICT, clueTask(pi, ClueProcess.Element.ISSUE_ADMONITION), Map.of(
        ClueProcess.Var.DOCUMENT_KIND.name(), "ADMONITION",
        ClueProcess.Var.DOCUMENT_CONTENT.name(), "告诫你单位立即停止虚假宣传"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();

    ResponseEntity<String> answer = get(officer, "/api/clues/" + clueNo + "/timeline");

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode timeline = json.readTree(answer.getBody());
    assertThat(timeline.get("kind").asText()).isEqualTo("CLUE");
    assertThat(timeline.get("processes").findValuesAsText("processKey")).containsExactly(ClueProcess.PROCESS_KEY);
    List<JsonNode> entries = list(timeline.get("entries"));
    assertInTimeOrder(entries);

    JsonNode admonition = single(entries, "ENFORCEMENT_ACTION", "ADMONITION");
    assertThat(admonition.get("documentNo").asText()).matches(ADMONITION_NO);
    assertThat(admonition.get("label").asText()).isEqualTo("行政告诫书");
    assertThat(admonition.get("decision").asText()).isEqualTo("ISSUED");
    assertThat(admonition.get("decisionLabel").asText()).isEqualTo("已制发");
    assertThat(admonition.at("/actor/id").asText()).isEqualTo(officer);
    assertThat(admonition.at("/actor/name").asText()).isEqualTo("测试" + officer);
    assertThat(single(entries, "ENFORCEMENT_ACTION", "REPORTER_NOTICE").at("/actor/id").asText()).isEqualTo(colleague);

    assertThat(actorOf(entries, "TASK", ClueProcess.Element.VERIFY_CLUE)).isEqualTo(officer);
    assertThat(actorOf(entries, "TASK", ClueProcess.Element.CONFIRM_TIER)).isEqualTo(officer);
    assertThat(actorOf(entries, "TASK", ClueProcess.Element.NOTIFY_REPORTER)).isEqualTo(colleague);
    assertThat(actorOf(entries, "TASK", ClueProcess.Element.ISSUE_ADMONITION)).isEqualTo(officer);
    if (change) {
      assertThat(actorOf(entries, "TASK", ClueProcess.Element.APPROVE_TIER_CHANGE)).isEqualTo(head);
    }
    JsonNode verification = single(entries, "DOMAIN_EVENT", "VERIFICATION");
    assertThat(verification.get("label").asText()).isEqualTo("核查线索");
    assertThat(verification.get("decisionLabel").asText()).isEqualTo("属实");
    assertThat(verification.get("detail").asText()).contains("举报人" + Redaction.MASK);
    JsonNode confirmed = single(entries, "DOMAIN_EVENT", "TIER_CONFIRMED");
    assertThat(confirmed.get("decisionLabel").asText()).isEqualTo("行政告诫");
    assertThat(confirmed.at("/actor/id").asText()).isEqualTo(officer);
    JsonNode closed = single(entries, "DOMAIN_EVENT", "CLOSED");
    assertThat(closed.get("decision").asText()).isEqualTo("ADMONITION");
    assertThat(entries.indexOf(verification)).isLessThan(entries.indexOf(confirmed));
    assertNotAfter(confirmed, admonition);
    assertNotAfter(admonition, closed);

    assertThat(answer.getBody()).doesNotContain(REPORTER_NAME, REPORTER_PHONE, REPORTER_ID, REPORTER_ADDRESS);
    ResponseEntity<String> city = get(corps, "/api/clues/" + clueNo + "/timeline");
    assertThat(city.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(city.getBody()).contains(json.writeValueAsString(admonition.get("documentNo").asText()))
        .doesNotContain(REPORTER_NAME, REPORTER_PHONE, REPORTER_ID, REPORTER_ADDRESS);
    assertThat(get(pudong, "/api/clues/" + clueNo + "/timeline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(centre, "/api/clues/" + clueNo + "/timeline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anEscalationsTimelineShowsTheReportAndTheGroupsClaim() throws Exception {
    ObjectNode request = json.createObjectNode();
    request.put("title", "多个区发现同一主播虚假宣传保健食品");
    request.put("description", "该主播在本区注册，直播间面向全国销售，宣称保健食品可替代药物治疗高血压。");
    request.put("category", "FOOD_SAFETY");
    request.putArray("suggestedDepartments").add("CYBERSPACE");
    JsonNode reported = json.readTree(TestHttp.send(http, officer, HttpMethod.POST, "/api/escalations",
        json.writeValueAsString(request)).getBody());
    String number = reported.get("escalationNo").asText();
    String pi = reported.get("processInstanceId").asText();
    Task triage = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(CoordinationProcess.Element.TRIAGE).singleResult();
    identityService.setAuthentication(coordinator, List.of(CoordinationProcess.GROUP));
    taskService.claim(triage.getId(), coordinator);
    identityService.clearAuthentication();

    ResponseEntity<String> answer = get(officer, "/api/escalations/" + number + "/timeline");

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode timeline = json.readTree(answer.getBody());
    assertThat(timeline.get("processes").findValuesAsText("processKey"))
        .containsExactly(CoordinationProcess.PROCESS_KEY);
    List<JsonNode> entries = list(timeline.get("entries"));
    assertInTimeOrder(entries);
    JsonNode report = single(entries, "DOMAIN_EVENT", "REPORTED");
    assertThat(report.get("label").asText()).isEqualTo("上报");
    assertThat(report.at("/actor/id").asText()).isEqualTo(officer);
    JsonNode claim = single(entries, "USER_OPERATION", "Claim");
    assertThat(claim.at("/actor/id").asText()).isEqualTo(coordinator);
    assertNotAfter(report, claim);
    assertThat(get(coordinator, "/api/escalations/" + number + "/timeline").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(pudong, "/api/escalations/" + number + "/timeline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  // --- helpers

  private Task task(String businessKey, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    return task;
  }

  private Task clueTask(String pi, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    return task;
  }

  /** As Tasklist does: the user claims the task, then submits it; both go to the user operation log. */
  private void claimAndComplete(String user, String group, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void complete(String user, String group, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void assertInTimeOrder(List<JsonNode> entries) {
    assertThat(entries).isNotEmpty();
    List<LocalDateTime> times = entries.stream().map(e -> LocalDateTime.parse(e.get("at").asText())).toList();
    assertThat(times).isSorted();
  }

  /**
   * Entries of different tables or sources are compared by time only: MySQL keeps whole seconds, and
   * within one second the timeline cannot know which of two tables was written first.
   */
  private static void assertNotAfter(JsonNode earlier, JsonNode later) {
    assertThat(LocalDateTime.parse(earlier.get("at").asText()))
        .isBeforeOrEqualTo(LocalDateTime.parse(later.get("at").asText()));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> entries = new ArrayList<>();
    array.forEach(entries::add);
    return entries;
  }

  private static List<JsonNode> all(List<JsonNode> entries, String source, String code) {
    Predicate<JsonNode> matches = e -> e.get("source").asText().equals(source) && e.get("code").asText().equals(code);
    return entries.stream().filter(matches).toList();
  }

  private static JsonNode single(List<JsonNode> entries, String source, String code) {
    List<JsonNode> found = all(entries, source, code);
    assertThat(found).as(source + " " + code + " in " + entries).hasSize(1);
    return found.get(0);
  }

  private static String actorOf(List<JsonNode> entries, String source, String code) {
    return single(entries, source, code).at("/actor/id").asText();
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  private static LocalDateTime receivedAt() {
    return LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
  }
}
