package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.NOTICE_ID;

import cn.samr.livestream.coordination.DepartmentNoticeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记反馈逾期: the notice is flagged overdue and its feedback task goes to the top. */
@Component
public class FeedbackOverdueDelegate implements JavaDelegate {

  static final int OVERDUE_PRIORITY = 100;

  private final DepartmentNoticeService notices;
  private final TaskService taskService;

  public FeedbackOverdueDelegate(DepartmentNoticeService notices, TaskService taskService) {
    this.notices = notices;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = NOTICE_ID.require(execution);
    notices.markFeedbackOverdue(noticeId);
    FeedbackTasks.raise(taskService, execution, noticeId, OVERDUE_PRIORITY);
  }
}
