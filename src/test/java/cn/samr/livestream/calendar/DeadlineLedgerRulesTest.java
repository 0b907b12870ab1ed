package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.calendar.DeadlineComputations.Computation;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the ledger tells which calendar computation gave a due date: only the newest computation of the engine command,
 * only if it gave exactly that date, and each task or timer creation consumes what was computed before it; nothing is
 * noted outside a command. First on {@link DeadlineComputations} itself, then through the engine with two tiny
 * models deployed by the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineLedgerRulesTest {

  /** Monday 2 March 2026; 5 working days: Monday 9 March, 3 working days: Thursday 5 March. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final Date FIVE_DAYS = WorkCalendar.endOfDay(LocalDate.of(2026, 3, 9));
  static final Date THREE_DAYS = WorkCalendar.endOfDay(LocalDate.of(2026, 3, 5));

  static final String NEWEST_ONLY = "ledger-rules-newest-only";
  static final String CONSUMED = "ledger-rules-consumed";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired WorkCalendar calendar;
  @Autowired DeadlineLedger ledger;

  CommandExecutor executor;
  Deployment deployment;

  @BeforeAll
  void deployModels() {
    executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    // a figure of 5 working days, then one of 3, then a task due on the figure: the newest computation gave 3
    BpmnModelInstance newestOnly = Bpmn.createExecutableProcess(NEWEST_ONLY).camundaHistoryTimeToLive(1)
        .startEvent()
        .camundaExecutionListenerExpression("end",
            "${execution.setVariable('figure', workCalendar.addWorkingDays(startedAt, 5))}")
        .camundaExecutionListenerExpression("end",
            "${execution.setVariable('other', workCalendar.addWorkingDays(startedAt, 3))}")
        .userTask("Task_DueOnTheFigure").camundaDueDate("${figure}")
        .endEvent().done();
    // two tasks created in one command: the first computes its date, the second is due the same day by a copy
    BpmnModelInstance consumed = Bpmn.createExecutableProcess(CONSUMED).camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("Gateway_Fork")
        .userTask("Task_Computed").camundaDueDate("${workCalendar.addWorkingDays(startedAt, 5)}").endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_SameDayByCopy").camundaDueDate("${copiedDue}").endEvent()
        .done();
    deployment = repositoryService.createDeployment().name("deadline ledger rules (test)")
        .addModelInstance(NEWEST_ONLY + ".bpmn", newestOnly).addModelInstance(CONSUMED + ".bpmn", consumed).deploy();
  }

  @AfterAll
  void undeployModels() {
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  // ---------------------------------------------------------------- DeadlineComputations

  @Test
  void onlyTheNewestComputationOfTheCommandIsTaken() {
    Optional<Computation> taken = inCommand(() -> {
      calendar.addWorkingDays(date(MONDAY), 5);
      calendar.addWorkingDays(date(MONDAY), 3);
      return DeadlineComputations.take(FIVE_DAYS);
    });
    assertThat(taken).as("the 5 days were computed, but not last").isEmpty();
  }

  @Test
  void theNewestIsTakenOnlyForExactlyTheDateItGave() {
    assertThat(inCommand(() -> {
      calendar.addWorkingDays(date(MONDAY), 5);
      return DeadlineComputations.take(THREE_DAYS);
    })).isEmpty();
    assertThat(inCommand(() -> {
      calendar.addWorkingDays(date(MONDAY), 5);
      return DeadlineComputations.take(null);
    })).as("a creation without a due date").isEmpty();
  }

  @Test
  void eachCreationConsumesWhatWasComputedBeforeIt() {
    List<Optional<Computation>> takes = inCommand(() -> {
      calendar.addWorkingDays(date(MONDAY), 5);
      Optional<Computation> first = DeadlineComputations.take(FIVE_DAYS);
      return List.of(first, DeadlineComputations.take(FIVE_DAYS));
    });
    assertThat(takes.get(0)).hasValueSatisfying(computation -> {
      assertThat(computation.basis()).isEqualTo(new DeadlineBasis(MONDAY, 5, DeadlineUnit.WORKING_DAYS));
      assertThat(computation.lastDay()).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(computation.provisional()).isFalse();
    });
    assertThat(takes.get(1)).as("a second creation on the same date in the same command").isEmpty();
  }

  @Test
  void computationsOutsideACommandOrInAnEarlierOneAreNotDeadlines() {
    calendar.addWorkingDays(date(MONDAY), 5);
    assertThat(inCommand(() -> DeadlineComputations.take(FIVE_DAYS))).as("computed outside any command").isEmpty();
    inCommand(() -> calendar.addWorkingDays(date(MONDAY), 5));
    assertThat(inCommand(() -> DeadlineComputations.take(FIVE_DAYS))).as("computed in an earlier command").isEmpty();
  }

  @Test
  void theTakenComputationStillSaysWhetherItWasProvisional() {
    // 2031 has no holiday calendar: counted on weekends only, Monday 3 March 2031 + 5 = Monday 10 March
    LocalDate start = LocalDate.of(2031, 3, 3);
    Date due = WorkCalendar.endOfDay(LocalDate.of(2031, 3, 10));
    boolean[] provisional = inCommand(() -> {
      calendar.addWorkingDays(date(start), 5);
      boolean before = DeadlineComputations.provisional(due);
      Optional<Computation> taken = DeadlineComputations.take(due);
      // a task's create listeners ask after its history event consumed the computation
      return new boolean[] {before, taken.orElseThrow().provisional(), DeadlineComputations.provisional(due)};
    });
    assertThat(provisional).containsExactly(true, true, true);
  }

  // ---------------------------------------------------------------- through the engine

  @Test
  void aTaskDueOnAnEarlierFigureOfTheCommandIsNotRecorded() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(NEWEST_ONLY,
        Map.of("startedAt", date(MONDAY)));
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(FIVE_DAYS);
    assertThat(ledger.of(Deadline.TargetKind.TASK, task.getId())).isEmpty();
  }

  @Test
  void theComputedDueDateIsRecordedAndASecondTaskOnTheSameDayIsNot() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("startedAt", date(MONDAY));
    variables.put("copiedDue", FIVE_DAYS);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CONSUMED, variables);

    Task computed = task(pi, "Task_Computed");
    Task copy = task(pi, "Task_SameDayByCopy");
    assertThat(computed.getDueDate()).isEqualTo(FIVE_DAYS);
    assertThat(copy.getDueDate()).isEqualTo(FIVE_DAYS);
    Deadline recorded = ledger.of(Deadline.TargetKind.TASK, computed.getId()).orElseThrow();
    assertThat(recorded.basis()).isEqualTo(new DeadlineBasis(MONDAY, 5, DeadlineUnit.WORKING_DAYS));
    assertThat(Times.toDate(recorded.getDueAt())).isEqualTo(FIVE_DAYS);
    assertThat(ledger.of(Deadline.TargetKind.TASK, copy.getId())).as("a date typed or copied has no basis").isEmpty();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private <T> T inCommand(Supplier<T> work) {
    return executor.execute(context -> work.get());
  }

  private static Date date(LocalDate day) {
    return Times.toDate(LocalDateTime.of(day, LocalTime.of(10, 0)));
  }
}
