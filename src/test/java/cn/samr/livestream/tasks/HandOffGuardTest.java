package cn.samr.livestream.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.shared.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HandOffGuard at the engine: the same rules through the Java API and through /engine-rest over real HTTP (as
 * Tasklist's assignee field and delegate): across units refused 400, to a same-unit colleague allowed and recorded
 * via TASKLIST without a reason, a head hands over an unclaimed task, someone not the assignee 403, a claim as before.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandOffGuardTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired TaskHandOffMapper mapper;
  @Autowired JdbcTemplate jdbc;

  HandOffFixture f;

  @BeforeAll
  void users() {
    f = new HandOffFixture(identityService, "guard");
  }

  @AfterAll
  void removeUsers() {
    f.users.removeAll();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aTransferOrDelegationToAnotherUnitIsRefusedThroughTaskService() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    identityService.setAuthentication(f.officer, List.of(HandOffFixture.BAOSHAN));
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), f.pudong))
        .isInstanceOf(ProcessEngineException.class)
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .rootCause().hasMessageContaining("不能转办到其他单位");
    assertThatThrownBy(() -> taskService.delegateTask(task.getId(), f.pudong))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .rootCause().hasMessageContaining("不能转办到其他单位");
    // a head of the same unit is not a member of the officers' candidate group either
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), f.head))
        .rootCause().hasMessageContaining("候选组");
    identityService.clearAuthentication();
    // the application's own code (no user) is held to the same target rule
    assertThatThrownBy(() -> taskService.setAssignee(task.getId(), f.pudong))
        .rootCause().hasMessageContaining("不能转办到其他单位");

    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after.getAssignee()).isEqualTo(f.officer);
    assertThat(after.getDelegationState()).isNull();
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();
  }

  @Test
  void anotherUnitIsRefusedThroughEngineRestAndTheSameUnitPasses() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    ResponseEntity<String> cross = TestHttp.send(http, f.officer, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + f.pudong + "\"}");
    assertThat(cross.getStatusCode().value()).as(cross.getBody()).isEqualTo(400);
    assertThat(cross.getBody()).contains("不能转办到其他单位");
    ResponseEntity<String> delegated = TestHttp.send(http, f.officer, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/delegate", "{\"userId\":\"" + f.pudong + "\"}");
    assertThat(delegated.getStatusCode().value()).as(delegated.getBody()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.officer);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();

    ResponseEntity<String> same = TestHttp.send(http, f.officer, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + f.colleague + "\"}");
    assertThat(same.getStatusCode().value()).as(same.getBody()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo(f.colleague);
    List<HandOff> rows = mapper.findByTask(task.getId());
    assertThat(rows).hasSize(1);
    HandOff row = rows.get(0);
    assertThat(row.kind()).isEqualTo(HandOff.Kind.TRANSFER);
    assertThat(row.via()).isEqualTo(HandOff.Via.TASKLIST);
    assertThat(row.reason()).isNull();
    assertThat(row.fromUser()).isEqualTo(f.officer);
    assertThat(row.toUser()).isEqualTo(f.colleague);
    assertThat(row.byUser()).isEqualTo(f.officer);
    assertThat(row.processInstanceId()).isEqualTo(task.getProcessInstanceId());
    assertThat(row.taskDefinitionKey()).isEqualTo("Task_AcceptComplaint");

    // on the timeline once, as a hand-off made in the task list (Camunda's Assign log entry merged into it)
    ResponseEntity<String> timeline = TestHttp.send(http, f.colleague, HttpMethod.GET,
        "/api/complaints/" + row.businessKey() + "/timeline", null);
    assertThat(timeline.getStatusCode().value()).as(timeline.getBody()).isEqualTo(200);
    var entries = json.readTree(timeline.getBody()).get("entries");
    List<String> sources = new java.util.ArrayList<>();
    entries.forEach(e -> sources.add(e.get("source").asText() + ":" + e.get("code").asText()));
    assertThat(sources).contains("HAND_OFF:TRANSFER").doesNotContain("USER_OPERATION:Assign");
    entries.forEach(e -> {
      if ("HAND_OFF".equals(e.get("source").asText())) {
        assertThat(e.get("detail").asText()).endsWith(HandOffTimeline.IN_TASKLIST);
        assertThat(e.at("/actor/id").asText()).isEqualTo(f.officer);
      }
    });
  }

  @Test
  void aHeadHandsOverAnUnclaimedTaskOfHisUnitButNotOfAnother() throws Exception {
    Task task = f.acceptTask(http, json, taskService);

    ResponseEntity<String> other = TestHttp.send(http, f.pudongHead, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + f.officer + "\"}");
    assertThat(other.getStatusCode().value()).as(other.getBody()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    ResponseEntity<String> answer = TestHttp.send(http, f.head, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + f.officer + "\"}");
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.officer);
    HandOff row = mapper.findByTask(task.getId()).get(0);
    assertThat(row.fromUser()).isNull();
    assertThat(row.toUser()).isEqualTo(f.officer);
    assertThat(row.byUser()).isEqualTo(f.head);
  }

  @Test
  void someoneNotTheAssigneeIsRefused403AndAClaimStaysAsItWas() throws Exception {
    Task unclaimed = f.acceptTask(http, json, taskService);
    // a claim: not a hand-off, nothing recorded
    Task task = f.claimedBy(f.officer, unclaimed, identityService, taskService);
    assertThat(task.getAssignee()).isEqualTo(f.officer);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();

    ResponseEntity<String> taken = TestHttp.send(http, f.colleague, HttpMethod.POST,
        "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + f.colleague + "\"}");
    assertThat(taken.getStatusCode().value()).as(taken.getBody()).isEqualTo(403);
    assertThat(taken.getBody()).contains("只有任务办理人或本单位负责人");
    identityService.setAuthentication(f.colleague, List.of(HandOffFixture.BAOSHAN));
    assertThatThrownBy(() -> taskService.delegateTask(task.getId(), f.colleague))
        .hasRootCauseInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(f.officer);
    assertThat(HandOffFixture.count(jdbc, task.getId())).isZero();
  }

  @Test
  void aDelegationAndItsResolutionAreRecorded() throws Exception {
    Task task = f.claimedBy(f.officer, f.acceptTask(http, json, taskService), identityService, taskService);

    identityService.setAuthentication(f.officer, List.of(HandOffFixture.BAOSHAN));
    taskService.delegateTask(task.getId(), f.colleague);
    identityService.setAuthentication(f.colleague, List.of(HandOffFixture.BAOSHAN));
    taskService.resolveTask(task.getId(), Map.of());
    identityService.clearAuthentication();

    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after.getAssignee()).isEqualTo(f.officer);
    assertThat(after.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(mapper.findByTask(task.getId())).extracting(HandOff::kind, HandOff::fromUser, HandOff::toUser)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HandOff.Kind.DELEGATE, f.officer, f.colleague),
            org.assertj.core.groups.Tuple.tuple(HandOff.Kind.RESOLVE, f.colleague, f.officer));
  }
}
