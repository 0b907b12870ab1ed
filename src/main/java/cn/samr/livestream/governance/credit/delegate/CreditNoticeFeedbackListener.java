package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditNoticeService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 记录部门反馈: on create the task carries its notice and department (the list shows which); on complete the feedback is stored with the notice, not kept as a variable. */
@Component
public class CreditNoticeFeedbackListener implements TaskListener {

  private final CreditNoticeService notices;
  private final IdentityService identityService;

  public CreditNoticeFeedbackListener(CreditNoticeService notices, IdentityService identityService) {
    this.notices = notices;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      CREDIT_NOTICE_ID.setLocal(task, CREDIT_NOTICE_ID.require(task));
      DEPARTMENT_NAME.setLocal(task, notices.notice(CREDIT_NOTICE_ID.require(task)).getDepartment().label());
      return;
    }
    notices.recordFeedback(CREDIT_NOTICE_ID.require(task), FEEDBACK.take(task), Actors.of(task, identityService));
  }
}
