package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditNoticeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 部门反馈提醒: two working days before the deadline the department's feedback task moves up the list. */
@Component
public class CreditFeedbackReminderDelegate implements JavaDelegate {

  private final CreditNoticeService notices;
  private final TaskService taskService;

  public CreditFeedbackReminderDelegate(CreditNoticeService notices, TaskService taskService) {
    this.notices = notices;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = CREDIT_NOTICE_ID.require(execution);
    notices.remindFeedback(noticeId);
    NoticeFeedbackTasks.raise(taskService, execution, noticeId, NoticeFeedbackTasks.REMINDED_PRIORITY);
  }
}
