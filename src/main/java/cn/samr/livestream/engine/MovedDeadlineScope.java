package cn.samr.livestream.engine;

import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineMoved;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * For a feature that keeps its own copy of an engine deadline and follows {@link DeadlineMoved}: the process
 * variables as the moved task or timer sees them. A multi-instance body holds one value of its element variable
 * per instance (a department notice's {@code noticeId}); the moved target's own execution says which, where the
 * process instance could not. Runs as the system, in the transaction that moved the deadline.
 */
@Component
public class MovedDeadlineScope {

  private final CommandExecutor executor;

  public MovedDeadlineScope(ProcessEngine engine) {
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  /**
   * Runs {@code work} with the execution of the moved task or timer (its variables are those of its scope and the
   * scopes around it; a variable set on it that no scope has yet lands on the process instance), if the deadline is
   * one of an instance of {@code processKey}: activity ids are only unique within a model, and several models carry
   * the same variables (clueId). Nothing runs when the instance is gone.
   */
  public void run(DeadlineMoved moved, String processKey, Consumer<DelegateExecution> work) {
    executor.execute(context -> context.runWithoutAuthorization(() -> {
      ExecutionEntity execution = executionOf(context, moved);
      if (execution != null && processKey.equals(execution.getProcessDefinition().getKey())) {
        work.accept(execution);
      }
      return null;
    }));
  }

  private static ExecutionEntity executionOf(CommandContext context, DeadlineMoved moved) {
    String executionId = null;
    if (moved.targetId() != null && moved.targetKind() == Deadline.TargetKind.TASK) {
      TaskEntity task = context.getTaskManager().findTaskById(moved.targetId());
      executionId = task == null ? null : task.getExecutionId();
    } else if (moved.targetId() != null && moved.targetKind() == Deadline.TargetKind.TIMER) {
      JobEntity job = context.getJobManager().findJobById(moved.targetId());
      executionId = job == null ? null : job.getExecutionId();
    }
    return context.getExecutionManager()
        .findExecutionById(executionId != null ? executionId : moved.processInstanceId());
  }
}
