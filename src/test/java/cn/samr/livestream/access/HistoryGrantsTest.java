package cn.samr.livestream.access;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintLifecycle;
import cn.samr.livestream.complaint.ComplaintLifecycle.Officer;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What closed complaints leave in ACT_RU_AUTHORIZATION, and who still reads their history: complaints registered by
 * the complaint centre and worked in Tasklist by a Baoshan officer (each task claimed, then completed), to their
 * close. Issue 15: grants that stay for the three years history is kept, a bounded few per complaint; none looked
 * up in the database while granting; the indexes that keep the task list's queries off them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGrantsTest {

  static final String BAOSHAN = "district-310113";
  static final String CENTRE = "complaint-centre";
  static final Officer CENTRE_OFFICER = new Officer("hg-centre", CENTRE);
  static final Officer BAOSHAN_OFFICER = new Officer("hg-baoshan", BAOSHAN);
  static final int COMPLAINTS = 3;
  /** Camunda's lookup of one grant by group or user, resource type and id: the existence SELECT. */
  static final String GRANT_LOOKUP =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizationByParameters";

  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ComplaintIntakeService intake;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  TestUsers users;
  ComplaintLifecycle lifecycle;
  final List<String> closed = new ArrayList<>();

  @BeforeAll
  void closeComplaints() {
    users = new TestUsers(identityService);
    users.create(CENTRE_OFFICER.userId(), CENTRE);
    users.create(BAOSHAN_OFFICER.userId(), BAOSHAN);
    users.create("hg-baoshan2", BAOSHAN);
    users.create("hg-baoshan-head", "district-310113-head");
    users.create("hg-centre-head", "complaint-centre-head");
    users.create("hg-pudong", "district-310115");
    users.create("hg-pudong-head", "district-310115-head");
    users.create("hg-corps", "enforcement-corps");
    users.create("hg-supervisor", "supervisors");
    lifecycle = new ComplaintLifecycle(taskService, runtimeService, identityService);
    for (int i = 0; i < COMPLAINTS; i++) {
      String pi = register();
      lifecycle.closeWithRefund(pi, BAOSHAN_OFFICER);
      closed.add(pi);
    }
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @Test
  void aClosedComplaintKeepsTwoHistoryGrantsPerUnitAndInstanceAndTheOfficersTaskGrants() {
    for (String pi : closed) {
      String remedy = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(pi).singleResult()
          .getId();
      Set<String> tasks = historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(pi).list().stream()
          .map(t -> t.getId()).collect(Collectors.toSet());
      assertThat(tasks).hasSize(4);

      Set<String> expected = new java.util.HashSet<>();
      for (String group : List.of(CENTRE, "complaint-centre-head", BAOSHAN, "district-310113-head")) {
        expected.add(grant(group, Resources.HISTORIC_PROCESS_INSTANCE, pi));
      }
      for (String group : List.of(BAOSHAN, "district-310113-head")) {
        expected.add(grant(group, Resources.HISTORIC_PROCESS_INSTANCE, remedy));
      }
      // the claimer's own, as Camunda gives it: he keeps reading the tasks he worked if he leaves the unit
      tasks.forEach(task -> expected.add("user " + BAOSHAN_OFFICER.userId() + " " + Resources.HISTORIC_TASK.resourceName()
          + " " + task));

      assertThat(grantsOf(pi, remedy, tasks)).as("every grant left on the complaint, its remedy and its tasks")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void closedComplaintsLeaveABoundedNumberOfGrantsEach() {
    long before = authorizationService.createAuthorizationQuery().count();

    String pi = register();
    lifecycle.closeWithRefund(pi, BAOSHAN_OFFICER);

    // 6 on the instances' history (centre and Baoshan, officers and heads), 4 of the claimer on the tasks' history
    assertThat(authorizationService.createAuthorizationQuery().count() - before).isEqualTo(10);
  }

  /**
   * Who reads a closed complaint's history through the engine's REST API (Cockpit's): the units that worked on it
   * (officers and heads, the centre that registered it) and the city-wide readers; no other district, nor the corps.
   */
  @ParameterizedTest(name = "{0} reads the closed complaint''s history: {1}")
  @CsvSource({
      "hg-baoshan, true", "hg-baoshan2, true", "hg-baoshan-head, true", "hg-centre, true", "hg-centre-head, true",
      "hg-supervisor, true", "hg-pudong, false", "hg-pudong-head, false", "hg-corps, false"})
  void theUnitsThatWorkedOnAClosedComplaintStillReadItsHistoryAndNobodyElse(String user, boolean reads)
      throws Exception {
    String pi = closed.get(0);
    String remedy = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(pi).singleResult()
        .getId();

    assertThat(count(user, "/engine-rest/history/process-instance?processInstanceId=" + pi)).isEqualTo(reads ? 1 : 0);
    assertThat(count(user, "/engine-rest/history/process-instance?processInstanceId=" + remedy))
        .isEqualTo(reads && !user.startsWith("hg-centre") ? 1 : 0);
    // the tasks: for a colleague or head who never claimed them, through the unit's grant on the instance
    assertThat(count(user, "/engine-rest/history/task?processInstanceId=" + pi)).isEqualTo(reads ? 3 : 0);
    assertThat(count(user, "/engine-rest/history/task?processInstanceId=" + remedy))
        .isEqualTo(reads && !user.startsWith("hg-centre") ? 1 : 0);
    assertThat(count(user, "/engine-rest/history/variable-instance?processInstanceId=" + pi) > 0).isEqualTo(reads);
    assertThat(count(user, "/engine-rest/history/activity-instance?processInstanceId=" + pi) > 0).isEqualTo(reads);
    // the identity-link log filters by task, not by instance (an unknown parameter would be ignored and count
    // every log the user may read, of other complaints too)
    String task = historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).list().get(0).getId();
    assertThat(count(user, "/engine-rest/history/identity-link-log?taskId=" + task) > 0).isEqualTo(reads);
    assertThat(count(user, "/engine-rest/history/user-operation?processInstanceId=" + pi) > 0).isEqualTo(reads);
  }

  @Test
  void grantingAsksTheDatabaseNothingButForAClaim() {
    Logger lookups = (Logger) LoggerFactory.getLogger(GRANT_LOOKUP);
    ListAppender<ILoggingEvent> statements = new ListAppender<>();
    statements.start();
    Level level = lookups.getLevel();
    lookups.addAppender(statements);
    lookups.setLevel(Level.DEBUG);
    try {
      String unclaimed = register();
      lifecycle.closeWithRefund(unclaimed, null);
      long withoutClaims = prepared(statements);

      statements.list.clear();
      String claimed = register();
      lifecycle.closeWithRefund(claimed, BAOSHAN_OFFICER);
      long withClaims = prepared(statements);

      assertThat(withoutClaims).as("grant lookups of a complaint's life without claims (issue 15: 28)").isZero();
      // a claim may find the user's grant on the task from an earlier claim: Camunda looks up its task and history
      // grants
      assertThat(withClaims).as("grant lookups with the 4 tasks claimed").isEqualTo(8);
    } finally {
      lookups.detachAppender(statements);
      lookups.setLevel(level);
    }
  }

  @Test
  void theTaskListsGrantIndexesExist() {
    assertThat(GrantIndexes.ensure(dataSource, GrantIndexes.TABLE, true)).as("created at start, none missing")
        .isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private String register() {
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    return lifecycle.as(CENTRE_OFFICER, () -> intake.register(ComplaintFixtures.baoshanMerchant(received),
        CENTRE_OFFICER.userId())).processInstanceId();
  }

  private static String grant(String group, Resources resource, String resourceId) {
    return "group " + group + " " + resource.resourceName() + " " + resourceId;
  }

  /** Every grant on the instances or their tasks, described as group/user, resource type and id. */
  private List<String> grantsOf(String pi, String remedy, Set<String> tasks) {
    List<String> found = new ArrayList<>();
    List<String> ids = new ArrayList<>(tasks);
    ids.add(pi);
    ids.add(remedy);
    for (String id : ids) {
      for (Authorization a : authorizationService.createAuthorizationQuery().resourceId(id).list()) {
        Resources resource = resource(a.getResourceType());
        found.add(a.getGroupId() != null ? grant(a.getGroupId(), resource, id)
            : "user " + a.getUserId() + " " + resource.resourceName() + " " + id);
      }
    }
    return found;
  }

  private static Resources resource(int type) {
    for (Resources r : Resources.values()) {
      if (r.resourceType() == type) {
        return r;
      }
    }
    throw new IllegalArgumentException("resource type " + type);
  }

  private int count(String user, String path) throws Exception {
    ResponseEntity<String> response = TestHttp.send(http, user, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode rows = json.readTree(response.getBody());
    return rows.size();
  }

  private static long prepared(ListAppender<ILoggingEvent> statements) {
    return statements.list.stream().filter(e -> e.getFormattedMessage().contains("Preparing:")).count();
  }
}
