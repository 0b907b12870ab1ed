package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditNoticeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 部门反馈超期: the notice is flagged overdue and its feedback task goes to the top. */
@Component
public class CreditFeedbackOverdueDelegate implements JavaDelegate {

  private final CreditNoticeService notices;
  private final TaskService taskService;

  public CreditFeedbackOverdueDelegate(CreditNoticeService notices, TaskService taskService) {
    this.notices = notices;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = CREDIT_NOTICE_ID.require(execution);
    notices.markFeedbackOverdue(noticeId);
    NoticeFeedbackTasks.raise(taskService, execution, noticeId, NoticeFeedbackTasks.OVERDUE_PRIORITY);
  }
}
