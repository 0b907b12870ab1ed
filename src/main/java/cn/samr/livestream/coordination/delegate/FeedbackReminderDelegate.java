package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.NOTICE_ID;

import cn.samr.livestream.coordination.DepartmentNoticeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 反馈期限提醒: two working days before the deadline the department's feedback task moves up the list. */
@Component
public class FeedbackReminderDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final DepartmentNoticeService notices;
  private final TaskService taskService;

  public FeedbackReminderDelegate(DepartmentNoticeService notices, TaskService taskService) {
    this.notices = notices;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = NOTICE_ID.require(execution);
    notices.remindFeedback(noticeId);
    FeedbackTasks.raise(taskService, execution, noticeId, REMINDED_PRIORITY);
  }
}
