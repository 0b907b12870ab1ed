package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.DepartmentNoticeService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 记录部门反馈: on create the task carries its notice and department (the list shows which department);
 * on complete the feedback is stored with its notice and not kept as a variable (issue 15), so that the next
 * department's form starts empty.
 */
@Component
public class DepartmentFeedbackListener implements TaskListener {

  private final DepartmentNoticeService notices;
  private final IdentityService identityService;

  public DepartmentFeedbackListener(DepartmentNoticeService notices, IdentityService identityService) {
    this.notices = notices;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long noticeId = NOTICE_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      NOTICE_ID.setLocal(task, noticeId);
      DEPARTMENT_NAME.setLocal(task, notices.notice(noticeId).getDepartment().label());
      return;
    }
    notices.recordFeedback(noticeId, FEEDBACK.take(task), Actors.of(task, identityService));
  }
}
