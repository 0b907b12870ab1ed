package cn.samr.livestream.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations view as an attacker and as the operations team meet it, over real HTTP: /actuator is closed to
 * anonymous callers (401) and to every logged-in user outside the operations group (403: officers, heads,
 * supervisors, administrators), whatever the path looks like; the operations user reads the health with its
 * components (database, engine, job executor, holiday calendar) and the Prometheus text with the engine's own
 * metrics, which count what the engine did.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsViewTest {

  static final String OPERATIONS_GROUP = "operations";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  final HttpClient http = HttpClient.newHttpClient();
  String ops;
  String officer;
  String head;
  String supervisor;
  String admin;

  @BeforeAll
  void createUsers(TestUsers users) {
    ops = users.create("opsview-ops", OPERATIONS_GROUP);
    officer = users.create("opsview-baoshan-officer", "district-310113");
    head = users.create("opsview-baoshan-head", "district-310113-head");
    supervisor = users.create("opsview-supervisor", "supervisors");
    admin = users.create("opsview-admin", "camunda-admin");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anonymousCallersGet401WhateverThePathLooksLike() throws Exception {
    for (String path : new String[] {"/actuator", "/actuator/", "/actuator/health", "/actuator/prometheus",
        "/actuator/metrics", "/actuator/metrics/camunda.jobs.due", "/actuator/env", "/actuator/heapdump",
        "/actuator/health/db", "/actuator;x=1/prometheus", "/actuator/prometheus;x=1", "//actuator/prometheus",
        "/actuator/./prometheus", "/actuator/%70rometheus", "/api/../actuator/prometheus"}) {
      HttpResponse<String> answer = get(path, null);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(400, 401);
      assertThat(answer.body()).as(path).doesNotContain("camunda_", "\"status\"");
    }
    // (a wrong password of the operations user itself would delay its next logins: the engine's login delay)
    assertThat(get("/actuator/prometheus", basic("opsview-nobody", "guessed")).statusCode()).isEqualTo(401);
  }

  @Test
  void everyoneButTheOperationsGroupGets403() throws Exception {
    for (String user : new String[] {officer, head, supervisor, admin}) {
      for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/metrics"}) {
        HttpResponse<String> answer = get(path, basic(user, TestUsers.PASSWORD));
        assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(answer.body()).as(user + " " + path).contains("FORBIDDEN", "运维").doesNotContain("camunda_");
      }
    }
  }

  @Test
  void aWebappSessionIsNoWayIn() throws Exception {
    // a session is not even taken for a login there (401): not the operations user's, not an administrator's
    for (WebappSession session : new WebappSession[] {WebappSession.login(port, ops, "welcome"),
        WebappSession.login(port, admin, "admin")}) {
      assertThat(session.send(HttpRequest.newBuilder(session.uri("/actuator/health")).GET()).statusCode())
          .isEqualTo(401);
    }
  }

  @Test
  void theOperationsUserReadsTheHealthWithItsComponents() throws Exception {
    HttpResponse<String> answer = get("/actuator/health", basic(ops, TestUsers.PASSWORD));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    JsonNode health = json.readTree(answer.body());
    assertThat(health.get("status").asText()).isIn("UP", "WARNING");
    JsonNode components = health.get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.at("/processEngine/status").asText()).isEqualTo("UP");
    assertThat(components.at("/processEngine/details/name").asText()).isEqualTo("default");
    assertThat(components.at("/processEngine/details/version").asText()).startsWith("7.24");
    assertThat(components.at("/processEngine/details/historyLevel").asText()).isNotEmpty();
    // the suite runs without a job executor (tests drive the timers): switched off on purpose is not down
    assertThat(components.at("/jobExecutor/status").asText()).isEqualTo("UP");
    assertThat(components.at("/jobExecutor/details/enabled").asBoolean()).isFalse();
    assertThat(components.at("/jobExecutor/details/active").asBoolean()).isFalse();
    assertThat(components.at("/jobExecutor/details").has("dueJobs")).isTrue();
    assertThat(components.has("holidayCalendar")).isTrue();
  }

  @Test
  void theHolidayCalendarComponentSaysWhetherNextYearIsPresent() throws Exception {
    at(2025, 12, 1);
    JsonNode known = health("holidayCalendar");
    assertThat(known.get("status").asText()).isEqualTo("UP");
    assertThat(known.at("/details/nextYear").asInt()).isEqualTo(2026);
    assertThat(known.at("/details/nextYearPresent").asBoolean()).isTrue();

    at(2034, 10, 31);
    JsonNode notYetDue = health("holidayCalendar");
    assertThat(notYetDue.get("status").asText()).as("before 1 November a missing year is expected").isEqualTo("UP");
    assertThat(notYetDue.at("/details/nextYearPresent").asBoolean()).isFalse();

    at(2034, 11, 1);
    JsonNode missing = health("holidayCalendar");
    assertThat(missing.get("status").asText()).isEqualTo("WARNING");
    assertThat(missing.at("/details/nextYearPresent").asBoolean()).isFalse();
    assertThat(missing.at("/details/action").asText()).contains("PUT /api/calendar/2035");
    HttpResponse<String> whole = get("/actuator/health", basic(ops, TestUsers.PASSWORD));
    assertThat(whole.statusCode()).as("a warning is no outage: 200").isEqualTo(200);
    assertThat(json.readTree(whole.body()).get("status").asText()).isEqualTo("WARNING");
    assertThat(value(prometheus(), "livestream_calendar_next_year_present")).isZero();
  }

  @Test
  void prometheusServesTheEnginesOwnMetricsWhichCountWhatTheEngineDid() throws Exception {
    String before = prometheus();
    assertThat(before).contains("# TYPE camunda_activity_instance_start_total counter",
        "camunda_job_successful_total", "camunda_job_failed_total", "camunda_executed_decision_elements_total",
        "camunda_jobs_due{", "camunda_incidents_open{", "jvm_memory_used_bytes", "hikaricp_connections_active",
        "application=\"livestream-supervision\"");
    double started = value(before, "camunda_activity_instance_start_total");

    // a process of a start and an end event: two activity instances
    Deployment deployment = repositoryService.createDeployment().name("operations-metrics-probe")
        .addModelInstance("operations-metrics-probe.bpmn", Bpmn.createExecutableProcess("operations-metrics-probe")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
    try {
      runtimeService.startProcessInstanceByKey("operations-metrics-probe");
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    assertThat(value(prometheus(), "camunda_activity_instance_start_total")).isGreaterThanOrEqualTo(started + 2);

    HttpResponse<String> metric = get("/actuator/metrics/camunda.activity.instance.start", basic(ops, TestUsers.PASSWORD));
    assertThat(metric.statusCode()).isEqualTo(200);
    assertThat(json.readTree(metric.body()).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(started + 2);
  }

  @Test
  void requestMetricsNameTheAddressTemplateNotTheRecord() throws Exception {
    get("/api/complaints/TS-20260101-98765", basic(officer, TestUsers.PASSWORD));
    get("/engine-rest/task/task-98765", basic(officer, TestUsers.PASSWORD));
    String prometheus = prometheus();
    assertThat(prometheus).contains("http_server_requests_seconds_count{");
    // in no label value (quoted); a sample value such as 0.136998765 may contain the digits by chance
    assertThat(Pattern.compile("\"[^\"]*\"").matcher(prometheus).results().map(MatchResult::group))
        .isNotEmpty().noneMatch(label -> label.contains("98765"));
  }

  @Test
  void onlyHealthMetricsAndPrometheusAreServed() throws Exception {
    for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers",
        "/actuator/configprops", "/actuator/threaddump", "/actuator/shutdown", "/actuator/info"}) {
      assertThat(get(path, basic(ops, TestUsers.PASSWORD)).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theOperationsGroupHasNoEngineGrants() {
    // nothing but Camunda's default for every new group: its members read the group itself
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(OPERATIONS_GROUP).list())
        .allSatisfy(grant -> {
          assertThat(grant.getResourceType()).isEqualTo(Resources.GROUP.resourceType());
          assertThat(grant.getResourceId()).isEqualTo(OPERATIONS_GROUP);
        });
  }

  private JsonNode health(String component) throws Exception {
    HttpResponse<String> answer = get("/actuator/health/" + component, basic(ops, TestUsers.PASSWORD));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private String prometheus() throws Exception {
    HttpResponse<String> answer = get("/actuator/prometheus", basic(ops, TestUsers.PASSWORD));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    return answer.body();
  }

  private static double value(String prometheus, String name) {
    Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.E+-]+)$").matcher(prometheus);
    assertThat(line.find()).as(name + " in\n" + prometheus).isTrue();
    return Double.parseDouble(line.group(1));
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant()));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
