package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineBasis;
import cn.samr.livestream.calendar.DeadlineUnit;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;


/**
 * Issue 13's acceptance: a complaint accepted in December 2026, before the 2027 holidays are published, gets a
 * provisional mediation limit counted on weekends only; once an administrator enters 2027 through the API, the
 * limit is computed again — task due date, timer, the complaint's record, the task list text — and the timeline
 * shows both. The 2027 arrangement here is test data (New Year's Day, Spring Festival 5–14 February, Saturday 20
 * February worked), not the State Council's notice.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringFestival2027DeadlineTest extends CalendarChangeFixture {

  /** Monday 7 December 2026, 10:00: registered; accepted on Tuesday the 8th. */
  static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final LocalDateTime ACCEPTED = REGISTERED.plusDays(1);

  /**
   * Counted by hand, weekends only in 2027: after Tue 8 Dec 2026 — December 9–11, 14–18, 21–25, 28–31 (17), Friday
   * 1 January (18), the weeks of 4, 11, 18, 25 January and 1 February (43), Monday 8 (44) and Tuesday 9 February (45).
   */
  static final LocalDate PROVISIONAL_LIMIT = LocalDate.of(2027, 2, 9);
  /**
   * With the test arrangement: 1 January off (December 17 days, then 4–29 January 20, so 37), 1–4 February (41),
   * 5–14 February off, Monday 15 to Thursday 18 February (45).
   */
  static final LocalDate RECOMPUTED_LIMIT = LocalDate.of(2027, 2, 18);

  @Autowired ObjectMapper json;
  @Autowired ComplaintIntakeService intake;
  @Autowired ComplaintMapper complaints;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String officer;

  @BeforeAll
  void createOfficer(TestUsers users) {
    officer = users.create("festival-baoshan-officer", "district-310113");
  }

  @Test
  void theProvisionalMediationLimitIsComputedAgainWhen2027IsEnteredAndMediationEndsOnTheNewDay() throws Exception {
    RegisteredComplaint complaint = accepted();

    // before: provisional, on every place that shows it
    Task verification = verification(complaint);
    assertThat(verification.getDueDate()).isEqualTo(endOf(PROVISIONAL_LIMIT));
    assertThat(limitTimer(complaint).getDuedate()).isEqualTo(endOf(PROVISIONAL_LIMIT));
    assertThat(mediationDeadline(complaint)).isEqualTo(endOf(PROVISIONAL_LIMIT));
    assertThat(taskService.getVariableLocal(verification.getId(), TaskListColumns.DEADLINE))
        .isEqualTo("2027年2月9日（星期二）" + WorkCalendar.PROVISIONAL_NOTE);
    Deadline recorded = ledger.of(Deadline.TargetKind.TIMER, limitTimer(complaint).getId()).orElseThrow();
    assertThat(recorded.basis()).isEqualTo(new DeadlineBasis(ACCEPTED.toLocalDate(), 45, DeadlineUnit.WORKING_DAYS));
    assertThat(recorded.isProvisional()).isTrue();
    assertThat(timeline(complaint)).anySatisfy(entry -> {
      assertThat(entry.get("code").asText()).isEqualTo("DEADLINE_PROVISIONAL");
      assertThat(entry.get("detail").asText()).contains("调查核实与调解").contains("2027年2月9日");
    });

    // an administrator enters 2027
    enter2027(LocalDateTime.of(2026, 12, 20, 9, 0));

    // after: computed again from the same basis, everywhere, and no longer provisional
    verification = verification(complaint);
    assertThat(verification.getDueDate()).isEqualTo(endOf(RECOMPUTED_LIMIT));
    assertThat(limitTimer(complaint).getDuedate()).isEqualTo(endOf(RECOMPUTED_LIMIT));
    assertThat(mediationDeadline(complaint)).isEqualTo(endOf(RECOMPUTED_LIMIT));
    assertThat(taskService.getVariableLocal(verification.getId(), TaskListColumns.DEADLINE))
        .isEqualTo("2027年2月18日（星期四）");
    assertThat(ledger.of(Deadline.TargetKind.TASK, verification.getId()).orElseThrow().isProvisional()).isFalse();
    assertThat(timeline(complaint)).anySatisfy(entry -> {
      assertThat(entry.get("code").asText()).isEqualTo("DEADLINE_RECOMPUTED");
      assertThat(entry.get("detail").asText()).contains("调查核实与调解")
          .contains("2027年2月9日（星期二） → 2027年2月18日（星期四）").contains("2027年节假日安排");
      assertThat(entry.at("/actor/id").asText()).isEqualTo(admin);
    });

    // the old day passes without the limit firing; the new one ends mediation
    at(LocalDateTime.of(PROVISIONAL_LIMIT.plusDays(1), LocalTime.of(9, 0)));
    assertThat(dueJobs(complaint)).isEmpty();
    at(LocalDateTime.of(RECOMPUTED_LIMIT.plusDays(1), LocalTime.of(0, 0, 1)));
    List<Job> due = dueJobs(complaint);
    assertThat(due).extracting(Job::getId).containsExactly(limitTimer(complaint).getId());
    managementService.executeJob(due.get(0).getId());
    assertThat(complaints.findEvents(complaint.complaintId()))
        .anySatisfy(e -> assertThat(e.getStep()).isEqualTo(ComplaintStep.MEDIATION_TERMINATED.name()));
  }

  @Test
  void aDueDateAnOfficerChangedByHandIsKeptWhenTheCalendarChanges() throws Exception {
    RegisteredComplaint complaint = accepted();
    Task verification = verification(complaint);
    Date byHand = endOf(LocalDate.of(2027, 1, 29));
    verification.setDueDate(byHand);
    taskService.saveTask(verification);

    enter2027(LocalDateTime.of(2026, 12, 20, 9, 0));

    assertThat(verification(complaint).getDueDate()).as("set by hand, kept").isEqualTo(byHand);
    assertThat(limitTimer(complaint).getDuedate()).as("the statutory limit still moves")
        .isEqualTo(endOf(RECOMPUTED_LIMIT));
  }

  private RegisteredComplaint accepted() {
    at(REGISTERED);
    RegisteredComplaint complaint = intake.register(ComplaintFixtures.baoshanMerchant(REGISTERED), "test");
    at(ACCEPTED);
    Task acceptance = taskService.createTaskQuery().processInstanceId(complaint.processInstanceId()).singleResult();
    // 7 working days from 7 December lie in 2026, which the calendar knows: not provisional
    assertThat(taskService.getVariableLocal(acceptance.getId(), TaskListColumns.DEADLINE))
        .isEqualTo("2026年12月16日（星期三）");
    taskService.complete(acceptance.getId(), Map.of(Var.ACCEPTANCE_DECISION.name(), "ACCEPT"));
    return complaint;
  }

  private Task verification(RegisteredComplaint complaint) {
    return taskService.createTaskQuery().processInstanceId(complaint.processInstanceId())
        .taskDefinitionKey(Element.VERIFY_COMPLAINT).singleResult();
  }

  private Job limitTimer(RegisteredComplaint complaint) {
    return managementService.createJobQuery().processInstanceId(complaint.processInstanceId())
        .activityId(Element.MEDIATION_LIMIT_TIMER).singleResult();
  }

  private List<Job> dueJobs(RegisteredComplaint complaint) {
    return managementService.createJobQuery().processInstanceId(complaint.processInstanceId())
        .duedateLowerThan(ClockUtil.getCurrentTime()).list();
  }

  private Date mediationDeadline(RegisteredComplaint complaint) {
    return Times.toDate(complaints.findById(complaint.complaintId()).orElseThrow().getMediationDeadline());
  }

  private List<JsonNode> timeline(RegisteredComplaint complaint) throws Exception {
    ResponseEntity<String> answer = TestHttp.send(http, officer, HttpMethod.GET, "/api/complaints/{no}/timeline",
        null, complaint.complaintNo());
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(json.readTree(answer.getBody()).get("entries").spliterator(), false).toList();
  }
}
