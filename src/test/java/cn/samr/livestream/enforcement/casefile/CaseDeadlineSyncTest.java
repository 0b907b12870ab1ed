package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Element;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Var;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file's copies of engine deadlines across Spring Festival 2027 (CaseDeadlineSync): the service (7 working
 * days) and publication (20 working days) of a decision made on Monday 1 February 2027, before the year is entered,
 * are provisional; entered, the tasks, the timer and the case file move to the recomputed day, and the service and
 * publication records state it. The 2027 arrangement is test data: 5–14 February off, Saturday 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDeadlineSyncTest extends CalendarChangeFixture {

  /** Filed, investigated and decided on Monday 1 February 2027. */
  static final LocalDateTime DECIDED = LocalDateTime.of(2027, 2, 1, 10, 0);
  static final AtomicInteger CLUES = new AtomicInteger();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseFilingService cases;
  @Autowired EnforcementRecords records;

  @Test
  void theServiceDeadlineMovesOnTheCaseFileAndTheServiceRecord() {
    ProcessInstance pi = decided();
    // 7 working days after Mon 1 February, weekends only: 2–5 Feb (4), 8, 9, 10 Feb (7)
    LocalDate provisional = LocalDate.of(2027, 2, 10);
    // with 2027 entered: 2, 3, 4 Feb (3), 5–14 Feb off, 15, 16, 17, 18 Feb (7)
    LocalDate recomputed = LocalDate.of(2027, 2, 18);
    Task service = task(pi, Element.SERVE_DECISION);
    assertThat(service.getDueDate()).isEqualTo(endOf(provisional));
    assertThat(timer(pi, Element.SERVICE_OVERDUE_TIMER).getDuedate()).isEqualTo(endOf(provisional));
    assertThat(caseFile(pi).getServiceDue()).isEqualTo(endOfDay(provisional));
    assertThat(provisional(Deadline.TargetKind.TASK, service.getId())).isTrue();

    enter2027(DECIDED.plusDays(1));

    assertThat(task(pi, Element.SERVE_DECISION).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(timer(pi, Element.SERVICE_OVERDUE_TIMER).getDuedate()).isEqualTo(endOf(recomputed));
    assertThat(caseFile(pi).getServiceDue()).isEqualTo(endOfDay(recomputed));
    // served after the old day, within the new one: the record states the limit it was served within
    at(LocalDateTime.of(2027, 2, 16, 10, 0));
    taskService.complete(task(pi, Element.SERVE_DECISION).getId(), Map.of(Var.SERVED_ON.name(), "2027-02-16",
        Var.SERVICE_METHOD.name(), "DIRECT"));
    assertThat(action(pi, ActionType.SERVICE).getDeadline()).isEqualTo(endOfDay(recomputed));
  }

  @Test
  void thePublicationDeadlineMovesOnTheCaseFile() {
    ProcessInstance pi = decided();
    taskService.complete(task(pi, Element.SERVE_DECISION).getId(), Map.of(Var.SERVED_ON.name(), "2027-02-01",
        Var.SERVICE_METHOD.name(), "DIRECT"));
    // 20 working days after Mon 1 February, weekends only: 2–5 Feb (4), 8–12 (9), 15–19 (14), 22–26 (19), Mon 1 Mar (20)
    LocalDate provisional = LocalDate.of(2027, 3, 1);
    // with 2027 entered: 2–4 Feb (3), 5–14 Feb off, 15–19 (8), Sat 20 (9), 22–26 (14), 1–5 Mar (19), Mon 8 Mar (20)
    LocalDate recomputed = LocalDate.of(2027, 3, 8);
    assertThat(task(pi, Element.PUBLISH_PENALTY).getDueDate()).isEqualTo(endOf(provisional));
    assertThat(caseFile(pi).getPublicationDue()).isEqualTo(endOfDay(provisional));

    enter2027(DECIDED.plusDays(1));

    assertThat(task(pi, Element.PUBLISH_PENALTY).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(caseFile(pi).getPublicationDue()).isEqualTo(endOfDay(recomputed));
  }

  /**
   * The 90 days are calendar days whose last day, a holiday or rest day, moves to the next working day (期间 rule):
   * filed on Monday 9 November 2026, day 90 is Sunday 7 February 2027 — Monday 8 February on weekends only
   * (provisional); with 2027 entered, 5–14 February are off and the limit is Monday 15 February, on the timer, the
   * investigation task, the case file and the forms' text.
   */
  @Test
  void theNinetyDaysEndingInSpringFestival2027MoveWithTheCalendar() {
    LocalDateTime filedAt = LocalDateTime.of(2026, 11, 9, 10, 0);
    at(filedAt);
    ProcessInstance pi = filed(filedAt);
    LocalDate provisional = LocalDate.of(2027, 2, 8);
    LocalDate recomputed = LocalDate.of(2027, 2, 15);
    Job deadline = timer(pi, Element.DECISION_DEADLINE_TIMER);
    assertThat(deadline.getDuedate()).isEqualTo(endOf(provisional));
    assertThat(task(pi, Element.INVESTIGATE).getDueDate()).isEqualTo(endOf(provisional));
    assertThat(caseFile(pi).getDecisionDue()).isEqualTo(endOfDay(provisional));
    assertThat(provisional(Deadline.TargetKind.TIMER, deadline.getId())).isTrue();

    enter2027(LocalDateTime.of(2026, 12, 20, 9, 0));

    assertThat(timer(pi, Element.DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(endOf(recomputed));
    assertThat(task(pi, Element.INVESTIGATE).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(caseFile(pi).getDecisionDue()).isEqualTo(endOfDay(recomputed));
    assertThat(runtimeService.getVariable(pi.getId(), Var.DECISION_DEADLINE_TEXT.name()))
        .isEqualTo("2027年2月15日（星期一）");
    assertThat(provisional(Deadline.TargetKind.TIMER, deadline.getId())).isFalse();
  }

  /** Filed at {@code filedAt} (a case-investigation started as clue-verification calls it). */
  private ProcessInstance filed(LocalDateTime filedAt) {
    String clueNo = "XS-20270201-" + String.format("%05d", 80000 + CLUES.incrementAndGet());
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at) "
        + "VALUES (?, 'MONITORING', ?, 'ECOMMERCE', '直播间销售假冒口红', 'VERIFIED', ?)", clueNo, filedAt, filedAt);
    Long clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CLUE_ID.name(), clueId);
    variables.put(Var.CLUE_NO.name(), clueNo);
    variables.put(Var.SUBJECT_ID.name(), null);
    variables.put(Var.HANDLING_UNIT.name(), "district-310113");
    variables.put(Var.HANDLING_UNIT_HEAD.name(), "district-310113-head");
    variables.put(Var.HANDLING_UNIT_NAME.name(), "宝山区市场监督管理局");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CaseProcess.PROCESS_KEY, clueNo, variables);
    taskService.complete(task(pi, Element.APPROVE_FILING).getId(), Map.of(Var.FILING_APPROVED.name(), true));
    return pi;
  }

  /** Filed, concluded with a small fine (no hearing) and decided on Monday 1 February 2027. */
  private ProcessInstance decided() {
    at(DECIDED);
    ProcessInstance pi = filed(DECIDED);
    taskService.complete(task(pi, Element.INVESTIGATE).getId(), Map.of(Var.INVESTIGATION_ACTION.name(), "CONCLUDE",
        Var.FINDINGS.name(), "经查，当事人在直播间销售假冒口红", Var.PARTY_INDIVIDUAL.name(), false,
        Var.PLANNED_FINE_AMOUNT.name(), 5000.0, Var.PLANNED_WARNING.name(), true));
    taskService.complete(task(pi, Element.DECIDE_PENALTY).getId(), Map.of(Var.FINE_AMOUNT.name(), 5000L,
        Var.CONFISCATION_AMOUNT.name(), 0L, Var.WARNING.name(), true, Var.PUBLICATION.name(), true,
        Var.SERIOUS_VIOLATION_LIST.name(), false));
    return pi;
  }

  private Task task(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private CaseFile caseFile(ProcessInstance pi) {
    Long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE process_instance_id = ?", Long.class, pi.getId());
    return cases.caseFile(caseId);
  }

  private EnforcementAction action(ProcessInstance pi, ActionType type) {
    return records.ofCase(caseFile(pi).getId()).stream().filter(a -> a.getActionType() == type).findFirst()
        .orElseThrow();
  }
}
