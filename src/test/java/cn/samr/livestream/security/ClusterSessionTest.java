package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.Application;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database, as behind a load balancer that switches nodes: node A is the suite's
 * application, node B a second Spring context of the same application on its own random port (same profiles, same
 * database). A user logs in to the webapps on A (the real login form, then the CSRF token as a browser gets it) and
 * works on B with that session: B knows the login, reads the user's unit's tasks, accepts A's CSRF token for a
 * write and refuses a write without it (which ends the session, on A too); a logout on B ends the session on A. The session's Camunda authentication
 * is stored serialized in SPRING_SESSION_ATTRIBUTES and reads back as the same user, with no password in it.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterSessionTest {

  static final String TASK_NAME = "集群会话测试任务";
  static final String CURRENT_USER = "/camunda/api/admin/auth/user/default";
  static final String TASK_QUERY = "/camunda/api/engine/engine/default/task";

  @LocalServerPort int portA;
  @Autowired ProcessEngine engineA;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  ConfigurableApplicationContext nodeB;
  JvmWideCamundaState jvmState;
  int portB;
  String officer;
  String taskId;

  @BeforeAll
  void startSecondNode(TestUsers users) {
    officer = users.create("cluster-baoshan-officer", "district-310113");
    Task task = taskService.newTask();
    task.setName(TASK_NAME);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "district-310113");
    taskId = task.getId();
    jvmState = JvmWideCamundaState.save(engineA.getName());
    // the same profiles and database as the suite's context (system properties), a random port of its own (an argument:
    // it must win over application.yaml's server.port)
    nodeB = new SpringApplicationBuilder(Application.class).properties("spring.main.banner-mode=off")
        .run("--server.port=0");
    portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
  }

  @AfterAll
  void stopSecondNode() {
    try {
      if (nodeB != null) {
        nodeB.close();
      }
    } finally {
      if (jvmState != null) {
        jvmState.restore();
      }
      if (taskId != null) {
        taskService.deleteTask(taskId, true);
      }
    }
  }

  @Test
  void aLoginOnOneNodeWorksOnTheOther() throws Exception {
    assertThat(portB).isNotEqualTo(portA);
    WebappSession session = WebappSession.login(portA, officer, "tasklist");

    HttpResponse<String> who = session.send(HttpRequest.newBuilder(session.uriOn(portB, CURRENT_USER)).GET());
    assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
    assertThat(who.body()).contains("\"userId\":\"" + officer + "\"").contains("tasklist");

    // a query is a POST: node B checks node A's CSRF token against the shared session
    HttpResponse<String> tasks = session.send(taskQuery(session, portB));
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.body()).contains(taskId, TASK_NAME);

    // the application's own page API takes the same session on node B
    HttpResponse<String> page = session.send(HttpRequest.newBuilder(session.uriOn(portB, "/api/subjects?q=x")).GET());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);

    // and back on node A, still the same login
    assertThat(session.send(taskQuery(session, portA)).body()).contains(taskId);

    // another session's token is refused on node B
    WebappSession stranger = WebappSession.login(portB, officer, "tasklist");
    assertThat(stranger.sendForged(taskQuery(stranger, portB).header("X-XSRF-TOKEN", session.csrfToken()))
        .statusCode()).as("another session's token").isEqualTo(403);

    // a write without the token on node B is refused, and Camunda ends the session: on node A too
    assertThat(session.sendForged(taskQuery(session, portB)).statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(session.send(HttpRequest.newBuilder(session.uri(CURRENT_USER)).GET()).statusCode()).isNotEqualTo(200);
  }

  @Test
  void theStoredAuthenticationIsTheUsersAndCarriesNoPassword() throws Exception {
    WebappSession.login(portA, officer, "tasklist");
    List<byte[]> stored = jdbc.queryForList("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES "
        + "WHERE ATTRIBUTE_NAME = 'authenticatedUser'", byte[].class);
    assertThat(stored).isNotEmpty();
    boolean found = false;
    for (byte[] bytes : stored) {
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(TestUsers.PASSWORD);
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        UserAuthentication user = (UserAuthentication) ((Authentications) in.readObject())
            .getAuthenticationForProcessEngine("default");
        if (user != null && officer.equals(user.getIdentityId())) {
          found = true;
          assertThat(user.getGroupIds()).contains("district-310113");
          assertThat(user.getAuthorizedApps()).contains("tasklist");
        }
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void aLogoutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
    WebappSession session = WebappSession.login(portA, officer, "tasklist");
    HttpResponse<String> logout = session.send(HttpRequest.newBuilder(
        session.uriOn(portB, "/camunda/api/admin/auth/user/default/logout")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).as(logout.body()).isLessThan(300);
    assertThat(session.send(HttpRequest.newBuilder(session.uri(CURRENT_USER)).GET()).statusCode()).isNotEqualTo(200);
    assertThat(session.send(taskQuery(session, portA)).statusCode()).isIn(401, 403);
  }

  private static HttpRequest.Builder taskQuery(WebappSession session, int port) {
    return HttpRequest.newBuilder(session.uriOn(port, TASK_QUERY)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"nameLike\":\"集群会话%\"}"));
  }

  /**
   * What Camunda keeps per JVM, not per application, which a second node in the same JVM takes over and clears when it
   * stops: the engine registry through which the REST layers find "default" (every test context's engine has that
   * name) and the webapps' runtime delegates. Put back as they were before node B, for the rest of the suite.
   */
  record JvmWideCamundaState(ProcessEngine registered, CockpitRuntimeDelegate cockpit, AdminRuntimeDelegate admin,
      TasklistRuntimeDelegate tasklist, WelcomeRuntimeDelegate welcome) {

    static JvmWideCamundaState save(String engineName) {
      return new JvmWideCamundaState(ProcessEngines.getProcessEngines().get(engineName), Cockpit.getRuntimeDelegate(),
          Admin.getRuntimeDelegate(), Tasklist.getRuntimeDelegate(), Welcome.getRuntimeDelegate());
    }

    void restore() {
      if (registered != null) {
        ProcessEngines.registerProcessEngine(registered);
      }
      Cockpit.setCockpitRuntimeDelegate(cockpit);
      Admin.setAdminRuntimeDelegate(admin);
      Tasklist.setTasklistRuntimeDelegate(tasklist);
      Welcome.setRuntimeDelegate(welcome);
    }
  }
}
