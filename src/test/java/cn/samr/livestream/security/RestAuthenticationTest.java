package cn.samr.livestream.security;

import cn.samr.livestream.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class RestAuthenticationTest {

  static final String OFFICER = "test-rest-baoshan-officer";
  static final String PASSWORD = "test-only-Pw-7431";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine processEngine;
  @Autowired CurrentUser currentUser;

  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();
  final List<String> taskIds = new ArrayList<>();
  String baoshanTask;
  String pudongTask;

  @BeforeEach
  void createOfficerAndTasks() {
    User user = identityService.newUser(OFFICER);
    user.setFirstName("测试");
    user.setLastName("宝山");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(OFFICER, "district-310113");
    baoshanTask = newTask("宝山区投诉核查（测试）", "district-310113");
    pudongTask = newTask("浦东新区投诉核查（测试）", "district-310115");
  }

  @AfterEach
  void cleanUp() {
    taskIds.forEach(id -> taskService.deleteTask(id, true));
    identityService.deleteUser(OFFICER);
  }

  @Test
  void engineRestWithoutCredentialsIs401() throws Exception {
    HttpResponse<String> response = get("/engine-rest/task", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    // a wrong password locks the user for a few seconds (login throttling): this user is deleted afterwards
    assertThat(get("/engine-rest/task", basic(OFFICER, "wrong")).statusCode()).isEqualTo(401);
  }

  @Test
  void officerSeesOnlyHisUnitsTasksAndCannotClaimOthers() throws Exception {
    HttpResponse<String> response = get("/engine-rest/task", basic(OFFICER, PASSWORD));
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> visible = new ArrayList<>();
    json.readTree(response.body()).forEach(task -> visible.add(task.get("id").asText()));
    assertThat(visible).contains(baoshanTask).doesNotContain(pudongTask);

    String claim = "{\"userId\":\"" + OFFICER + "\"}";
    assertThat(post("/engine-rest/task/" + pudongTask + "/claim", claim).statusCode()).isBetween(400, 499);
    assertThat(taskService.createTaskQuery().taskId(pudongTask).singleResult().getAssignee()).isNull();

    assertThat(post("/engine-rest/task/" + baoshanTask + "/claim", claim).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(baoshanTask).singleResult().getAssignee()).isEqualTo(OFFICER);
  }

  @Test
  void engineRestAuthenticationClearsAfterTheRequest() throws Exception {
    JsonNode tasks = json.readTree(get("/engine-rest/task?candidateGroup=district-310115",
        basic(OFFICER, PASSWORD)).body());
    assertThat(tasks.isArray()).isTrue();
    assertThat(tasks).isEmpty();
    assertThat(identityService.getCurrentAuthentication()).isNull();
  }

  @Test
  void ownApiWithoutCredentialsIs401AndWithCredentialsPassesTheFilter() throws Exception {
    assertThat(get("/api/anything", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/engine", null).statusCode()).isEqualTo(401);
    // authenticated: reaches Spring MVC, which has no such handler
    assertThat(get("/api/anything", basic(OFFICER, PASSWORD)).statusCode()).isEqualTo(404);
    // last: a wrong password locks the user for a few seconds (Camunda's login throttling)
    assertThat(get("/api/anything", basic(OFFICER, "wrong")).statusCode()).isEqualTo(401);
  }

  @Test
  void apiFilterSetsTheCurrentUserForControllers() throws Exception {
    ApiAuthenticationFilter filter = new ApiAuthenticationFilter(processEngine);
    MockFilterConfig config = new MockFilterConfig();
    config.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    filter.init(config);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/complaints");
    request.setServletPath("/api/complaints");
    request.addHeader("Authorization", basic(OFFICER, PASSWORD));
    AtomicReference<String> userId = new AtomicReference<>();
    AtomicReference<List<String>> groups = new AtomicReference<>();
    AtomicReference<Boolean> member = new AtomicReference<>();

    filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
      userId.set(currentUser.userId());
      groups.set(currentUser.groupIds());
      member.set(currentUser.isMemberOf("district-310113") && !currentUser.isMemberOf("district-310115"));
    });

    assertThat(userId.get()).isEqualTo(OFFICER);
    assertThat(groups.get()).containsExactly("district-310113");
    assertThat(member.get()).isTrue();
    assertThat(currentUser.isAuthenticated()).isFalse();
    assertThat(currentUser.groupIds()).isEmpty();
  }

  private String newTask(String name, String candidateGroup) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), candidateGroup);
    taskIds.add(task.getId());
    return task.getId();
  }

  private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(OFFICER, PASSWORD))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
