package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.shared.EngineCalls;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** 送达超期督办: the case is flagged and the open service task goes to the top of the list. */
@Component
public class ServiceOverdueDelegate implements JavaDelegate {

  static final int OVERDUE_PRIORITY = 90;

  private final CaseDecisionService decisions;

  public ServiceOverdueDelegate(CaseDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.markServiceOverdue(CASE_ID.require(execution));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    EngineCalls.asSystem(() -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(CaseProcess.Element.SERVE_DECISION).list()) {
        tasks.setPriority(task.getId(), OVERDUE_PRIORITY);
      }
      return null;
    });
  }
}
