package cn.samr.livestream.engine;

import cn.samr.livestream.calendar.DeadlineLedger;
import cn.samr.livestream.calendar.WorkCalendar;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task, as task-local variables, what an officer's task list shows: the business
 * number, the subject (当事人/主体), the violation category, the handling unit and the deadline. Each
 * process sets the process variables of these names it has (a complaint has no category: the column
 * stays empty). Tasklist reads list columns through the variable query,
 * and with authorization checks on an officer may read his task's own variables but not the process
 * instance's; copying the few display values onto the task keeps the instance closed to him.
 */
@Component
public class TaskListColumns extends AbstractProcessEnginePlugin implements TaskListener {

  /** Names of the task-local variables; the Tasklist filters show them as columns. */
  public static final String NUMBER = "complaintNo";
  /** The party or subject: the streamer, merchant or platform name (several: the first, with 等). */
  public static final String SUBJECT = "subjectName";
  /** The Chinese label of the violation category ({@code ViolationCategory#label()}), when there is one. */
  public static final String CATEGORY = "categoryLabel";
  public static final String UNIT = "handlingUnitName";
  public static final String DEADLINE = "deadlineText";

  private static final Set<String> COLUMNS = Set.of(NUMBER, SUBJECT, CATEGORY, UNIT, DEADLINE);

  private final WorkCalendar calendar;

  public TaskListColumns(WorkCalendar calendar) {
    this.calendar = calendar;
  }

  /** One of the column names: as a task-local variable, a display copy (its history is not kept). */
  public static boolean isColumn(String variableName) {
    return COLUMNS.contains(variableName);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.onEveryUserTask(configuration,
        definition -> definition.addTaskListener(EVENTNAME_CREATE, TaskListColumns.this));
  }

  @Override
  public void notify(DelegateTask task) {
    copy(task, NUMBER);
    copy(task, SUBJECT);
    copy(task, CATEGORY);
    copy(task, UNIT);
    task.setVariableLocal(DEADLINE, task.getDueDate() == null ? "—"
        : calendar.deadlineText(task.getDueDate(), DeadlineLedger.provisional(task.getDueDate())));
  }

  private static void copy(DelegateTask task, String name) {
    Object value = task.getExecution().getVariable(name);
    if (value != null) {
      task.setVariableLocal(name, value);
    }
  }
}
