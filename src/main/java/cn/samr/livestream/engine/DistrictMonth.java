package cn.samr.livestream.engine;

import cn.samr.livestream.shared.ProcessVariable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One district's part of a monthly process: its spot checks (monthly-monitoring) or its report
 * submission (monthly-report). Each feature keeps these rows in its own table; what they share is the
 * number task lists show, how the district's task is prepared and how it is reminded.
 *
 * @param unitCode the district's unit (org_unit.code), whose group works the task
 * @param unitName its name, shown in the task list
 * @param districtCode its division code, e.g. 310113
 * @param monthCode the month, yyyy-MM
 */
public record DistrictMonth(String unitCode, String unitName, String districtCode, String monthCode) {

  /** Priority of the district's task once reminded: the top of its list. */
  public static final int REMINDED_PRIORITY = 80;
  /** The models give the district's tasks to candidateGroups ${handlingUnit}. */
  static final String HANDLING_UNIT = "handlingUnit";

  /** The number task lists show: the feature's prefix, the division code and the month (JC-310113-2026-03). */
  public static String number(String prefix, String districtCode, String monthCode) {
    return prefix + "-" + districtCode + "-" + monthCode;
  }

  public String number(String prefix) {
    return number(prefix, districtCode, monthCode);
  }

  /**
   * Number, unit and unit name of the district's task, as variables of the district's own subprocess
   * instance (multi-instance body): never of the process instance every district shares.
   */
  public void prepareTask(VariableScope districtScope, String prefix) {
    districtScope.setVariableLocal(TaskListColumns.NUMBER, number(prefix));
    districtScope.setVariableLocal(HANDLING_UNIT, unitCode);
    districtScope.setVariableLocal(TaskListColumns.UNIT, unitName);
  }

  /**
   * The reminder: the district's open task (the one whose row id is in {@code row}) moves to the top of
   * its list. Without an open task (done already) nothing changes.
   */
  public static void remind(TaskService taskService, DelegateExecution execution, String taskKey,
      ProcessVariable<Long> row, long rowId) {
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .taskVariableValueEquals(row.name(), rowId).list()
        .forEach(task -> taskService.setPriority(task.getId(), REMINDED_PRIORITY));
  }
}
