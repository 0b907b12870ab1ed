package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.NOTICE_ID;

import cn.samr.livestream.coordination.DepartmentNoticeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通报相关部门: one department's notice is sent and its feedback deadline starts. */
@Component
public class SendDepartmentNoticeDelegate implements JavaDelegate {

  private final DepartmentNoticeService notices;

  public SendDepartmentNoticeDelegate(DepartmentNoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.sendNotice(NOTICE_ID.require(execution));
  }
}
