package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Read-only users write nothing: the attacks of issue 11 §3, each of which Camunda 7.24 lets through without
 * {@link CommentAttachmentGuard} (200 and stored). A supervisor, a coordination officer and a monitoring-centre
 * officer comment on or attach to a Pudong task they may read but not work, over /engine-rest and over the webapps'
 * /camunda/api/engine with a Cockpit session; and Cockpit's buttons that can only fail answer in Chinese.
 */
@IntegrationTest
class ReadOnlyWritesTest {

  static final String CENTRE = "test-ro-centre";
  static final String PUDONG = "test-ro-pudong";
  static final String SUPERVISOR = "test-ro-supervisor";
  static final String COORDINATION = "test-ro-coordination";
  static final String MONITOR = "test-ro-monitor";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper json;
  TestUsers users;
  Task pudongTask;

  @BeforeEach
  void usersAndATask() throws Exception {
    users = new TestUsers(identityService);
    users.create(CENTRE, "complaint-centre");
    users.create(PUDONG, "district-310115");
    users.create(SUPERVISOR, "supervisors");
    users.create(COORDINATION, "coordination-group");
    users.create(MONITOR, "monitoring-centre");
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    ResponseEntity<String> created = TestHttp.send(http, CENTRE, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(ComplaintFixtures.merchantIn("310115", received)));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String pi = json.readTree(created.getBody()).get("processInstanceId").asText();
    pudongTask = taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    users.removeAll();
  }

  @Test
  void readOnlyUsersCannotCommentOrAttachThroughEngineRest() throws Exception {
    for (String reader : List.of(SUPERVISOR, COORDINATION, MONITOR)) {
      // they may read the task's history, which is all Camunda's REST layer asks
      assertThat(TestHttp.send(http, reader, HttpMethod.GET, "/engine-rest/history/task?taskId=" + pudongTask.getId(),
          null).getBody()).as(reader).contains(pudongTask.getId());

      assertRefused(TestHttp.send(http, reader, HttpMethod.POST,
          "/engine-rest/task/" + pudongTask.getId() + "/comment/create", "{\"message\": \"监督意见\"}"),
          "只有可办理该任务的人");
      assertRefused(http.withBasicAuth(reader, TestUsers.PASSWORD).postForEntity(
          "/engine-rest/task/" + pudongTask.getId() + "/attachment/create", linkAttachment(), String.class),
          "只有可办理该任务的人");
    }
    assertNothingStored();
  }

  @Test
  void readOnlyUsersCannotDeleteTheUnitsAttachments() throws Exception {
    Attachment evidence = taskService.createAttachment("url", pudongTask.getId(), null, "证据", null,
        "https://example.org/evidence");
    assertRefused(TestHttp.send(http, SUPERVISOR, HttpMethod.DELETE,
        "/engine-rest/task/" + pudongTask.getId() + "/attachment/" + evidence.getId(), null), "只有可办理该任务的人");
    assertThat(taskService.getTaskAttachment(pudongTask.getId(), evidence.getId())).isNotNull();

    identityService.setAuthentication(SUPERVISOR, List.of("supervisors"));
    assertThatThrownBy(() -> taskService.deleteAttachment(evidence.getId())).isInstanceOf(AuthorizationException.class);
    evidence.setName("被改名");
    assertThatThrownBy(() -> taskService.saveAttachment(evidence)).isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(taskService.getAttachment(evidence.getId()).getName()).isEqualTo("证据");
  }

  @Test
  void cockpitSessionCannotCommentOrAttachEither() throws Exception {
    WebappSession cockpit = WebappSession.login(http, SUPERVISOR, "cockpit");
    String base = "/camunda/api/engine/engine/default/task/" + pudongTask.getId();

    assertRefused(cockpit.send(HttpMethod.POST, base + "/comment/create", "{\"message\": \"监督意见\"}"),
        "只有可办理该任务的人");
    HttpHeaders multipart = cockpit.headers();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertRefused(http.exchange(base + "/attachment/create", HttpMethod.POST,
        new HttpEntity<>(linkAttachment().getBody(), multipart), String.class), "只有可办理该任务的人");
    assertNothingStored();
  }

  @Test
  void aCommentOnOnesOwnTaskCannotBeFiledUnderAnotherInstance() throws Exception {
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    ResponseEntity<String> other = TestHttp.send(http, CENTRE, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(ComplaintFixtures.baoshanMerchant(received)));
    String baoshanInstance = json.readTree(other.getBody()).get("processInstanceId").asText();

    assertRefused(TestHttp.send(http, PUDONG, HttpMethod.POST,
        "/engine-rest/task/" + pudongTask.getId() + "/comment/create",
        "{\"message\": \"放进宝山的案卷\", \"processInstanceId\": \"" + baoshanInstance + "\"}"), "任务所属的流程实例");
    assertThat(taskService.getProcessInstanceComments(baoshanInstance)).isEmpty();

    // as Tasklist sends it (assignProcessInstanceIdToTaskComment): the task's own instance
    ResponseEntity<String> own = TestHttp.send(http, PUDONG, HttpMethod.POST,
        "/engine-rest/task/" + pudongTask.getId() + "/comment/create",
        "{\"message\": \"已电话联系商家\", \"processInstanceId\": \"" + pudongTask.getProcessInstanceId() + "\"}");
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(taskService.getTaskComments(pudongTask.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("已电话联系商家");
  }

  @Test
  void cockpitButtonsThatCanOnlyFailAnswerInChinese() throws Exception {
    WebappSession cockpit = WebappSession.login(http, SUPERVISOR, "cockpit");
    String instance = "/camunda/api/engine/engine/default/process-instance/" + pudongTask.getProcessInstanceId();

    // variable edit, suspend, cancel: Cockpit shows each button to a supervisor; the engine refuses
    List<ResponseEntity<String>> answers = new ArrayList<>();
    answers.add(cockpit.send(HttpMethod.PUT, instance + "/variables/matrixProbe",
        "{\"value\": \"x\", \"type\": \"String\"}"));
    answers.add(cockpit.send(HttpMethod.PUT, instance + "/suspended", "{\"suspended\": true}"));
    answers.add(cockpit.send(HttpMethod.DELETE, instance, null));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      JsonNode error = json.readTree(answer.getBody());
      assertThat(error.get("type").asText()).isEqualTo("AuthorizationException");
      assertThat(error.get("message").asText()).startsWith(EngineAuthorizationErrorFilter.NOT_PERMITTED)
          .contains("does not have");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pudongTask.getProcessInstanceId())
        .active().count()).isOne();
    assertThat(runtimeService.getVariable(pudongTask.getProcessInstanceId(), "matrixProbe")).isNull();
  }

  private void assertRefused(ResponseEntity<String> answer, String chinese) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.path("type").asText()).as("%s %s", answer.getHeaders(), answer.getBody())
        .isEqualTo("AuthorizationException");
    assertThat(error.get("message").asText()).contains(chinese).contains(" / ");
  }

  private void assertNothingStored() {
    assertThat(taskService.getTaskComments(pudongTask.getId())).isEmpty();
    assertThat(taskService.getTaskAttachments(pudongTask.getId())).isEmpty();
    assertThat(taskService.getProcessInstanceComments(pudongTask.getProcessInstanceId())).isEmpty();
  }

  private static HttpEntity<MultiValueMap<String, Object>> linkAttachment() {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("attachment-name", "监督附件");
    parts.add("attachment-type", "url");
    parts.add("url", "https://example.org/evidence");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  /** Logged into a webapp as its login page does: session cookie and CSRF token, as the browser keeps them. */
  record WebappSession(TestRestTemplate http, List<String> cookies, String csrfToken) {

    static WebappSession login(TestRestTemplate http, String user, String app) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
      WebappSession anonymous = new WebappSession(http, cookies(page, List.of()),
          page.getHeaders().getFirst("X-XSRF-TOKEN"));
      HttpHeaders headers = anonymous.headers();
      headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("username", user);
      form.add("password", TestUsers.PASSWORD);
      ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
          HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
      assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
      // the login renews the session, and with it the CSRF token: the next page load fetches it
      List<String> cookies = cookies(login, anonymous.cookies());
      HttpHeaders withSession = new HttpHeaders();
      withSession.put(HttpHeaders.COOKIE, cookies);
      ResponseEntity<String> reload = http.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
          new HttpEntity<>(withSession), String.class);
      return new WebappSession(http, cookies(reload, cookies), reload.getHeaders().getFirst("X-XSRF-TOKEN"));
    }

    /** The cookies the answer set, over the ones kept. */
    private static List<String> cookies(ResponseEntity<?> answer, List<String> kept) {
      List<String> set = answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
          .map(cookie -> cookie.split(";", 2)[0]).toList();
      List<String> all = new ArrayList<>(set);
      kept.stream().filter(k -> set.stream().noneMatch(s -> s.split("=", 2)[0].equals(k.split("=", 2)[0])))
          .forEach(all::add);
      return all;
    }

    HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      headers.put(HttpHeaders.COOKIE, cookies);
      headers.set("X-XSRF-TOKEN", csrfToken);
      return headers;
    }

    ResponseEntity<String> send(HttpMethod method, String path, String body) {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
  }
}
