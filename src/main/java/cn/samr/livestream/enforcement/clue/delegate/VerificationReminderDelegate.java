package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_ID;

import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 核查期限提醒: two working days before the deadline the task moves to the top of the unit's list. */
@Component
public class VerificationReminderDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final ClueService clues;
  private final TaskService taskService;

  public VerificationReminderDelegate(ClueService clues, TaskService taskService) {
    this.clues = clues;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clues.remindVerification(CLUE_ID.require(execution));
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Element.VERIFY_CLUE).list()
        .forEach(task -> taskService.setPriority(task.getId(), REMINDED_PRIORITY));
  }
}
