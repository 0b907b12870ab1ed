package cn.samr.livestream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine's history keeps of variables (issue 15: each variable row costs statements): every process variable
 * with its last value (ACT_HI_VARINST, what Cockpit shows), but no row per change (ACT_HI_DETAIL) and no history of the
 * task-local Tasklist column copies, which the task still carries while it is open.
 */
@IntegrationTest
class VariableHistoryTest {

  @Autowired ClueIntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void processVariablesKeepTheirLastValueButNoDetailsAndColumnCopiesNoHistory() {
    String pi = intake.register(ClueFixtures.monitoringFinding(LocalDateTime.now(Times.ZONE).minusHours(1)), "test")
        .processInstanceId();
    Task verify = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(ClueProcess.Element.VERIFY_CLUE).singleResult();
    // the open task carries its display copies
    assertThat(taskService.getVariablesLocal(verify.getId())).containsKeys(TaskListColumns.NUMBER,
        TaskListColumns.DEADLINE);
    taskService.complete(verify.getId(), Map.of(ClueProcess.Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS",
        ClueProcess.Var.SUBSTANTIATED.name(), true, ClueProcess.Var.FINDINGS.name(), "经调取回放，宣传内容属实违法"));

    List<HistoricVariableInstance> history = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi).list();
    // findings stays a variable (the next task's form shows it); substantiated lives for the completing command only
    assertThat(history).extracting(HistoricVariableInstance::getName)
        .contains(ClueProcess.Var.CLUE_ID.name(), ClueProcess.Var.FINDINGS.name(), TaskListColumns.NUMBER)
        .doesNotContain(ClueProcess.Var.SUBSTANTIATED.name());
    assertThat(history).filteredOn(v -> v.getName().equals(ClueProcess.Var.FINDINGS.name()))
        .extracting(HistoricVariableInstance::getValue).containsExactly("经调取回放，宣传内容属实违法");
    // the process instance's own complaintNo (the column's source) keeps its history; the task's copy does not
    assertThat(history).filteredOn(v -> TaskListColumns.isColumn(v.getName()))
        .allSatisfy(v -> assertThat(v.getTaskId()).isNull());
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", Long.class, pi))
        .isZero();
  }
}
