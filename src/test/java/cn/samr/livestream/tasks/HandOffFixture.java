package cn.samr.livestream.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users of two districts and a Baoshan complaint waiting at 受理审查 (candidate group district-310113), registered
 * through POST /api/complaints as the complaint centre does.
 */
final class HandOffFixture {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";
  static final String PUDONG = "district-310115";
  static final String PUDONG_HEAD = "district-310115-head";

  final TestUsers users;
  final String centre;
  final String officer;
  final String colleague;
  final String head;
  final String pudong;
  final String pudongHead;
  final String supervisor;

  HandOffFixture(IdentityService identityService, String prefix) {
    users = new TestUsers(identityService);
    centre = users.create(prefix + "-centre", "complaint-centre");
    officer = users.create(prefix + "-baoshan-officer", BAOSHAN);
    colleague = users.create(prefix + "-baoshan-officer2", BAOSHAN);
    head = users.create(prefix + "-baoshan-head", BAOSHAN_HEAD);
    pudong = users.create(prefix + "-pudong-officer", PUDONG);
    pudongHead = users.create(prefix + "-pudong-head", PUDONG_HEAD);
    supervisor = users.create(prefix + "-supervisor", "supervisors");
  }

  /** A new Baoshan complaint's 受理审查 task, unclaimed. */
  Task acceptTask(TestRestTemplate http, ObjectMapper json, TaskService taskService) throws Exception {
    LocalDateTime receivedAt = LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    var answer = TestHttp.send(http, centre, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(ComplaintFixtures.baoshanMerchant(receivedAt)));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    JsonNode registered = json.readTree(answer.getBody());
    Task task = taskService.createTaskQuery().processInstanceId(registered.get("processInstanceId").asText())
        .taskDefinitionKey(ComplaintProcess.Element.ACCEPT_COMPLAINT).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
    return task;
  }

  /** The task claimed by the officer, as Tasklist does it. */
  Task claimedBy(String user, Task task, IdentityService identityService, TaskService taskService) {
    identityService.setAuthentication(user, List.of(BAOSHAN));
    try {
      taskService.claim(task.getId(), user);
    } finally {
      identityService.clearAuthentication();
    }
    return taskService.createTaskQuery().taskId(task.getId()).singleResult();
  }

  static List<HandOff> rows(TaskHandOffMapper mapper, String taskId) {
    return mapper.findByTask(taskId);
  }

  static int count(JdbcTemplate jdbc, String taskId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM task_hand_off WHERE task_id = ?", Integer.class, taskId);
  }
}
