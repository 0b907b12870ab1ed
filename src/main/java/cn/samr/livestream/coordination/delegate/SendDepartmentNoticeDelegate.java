package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.NOTICE_ID;

import cn.samr.livestream.coordination.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通报相关部门: one department's notice is sent and its feedback deadline starts. */
@Component
public class SendDepartmentNoticeDelegate implements JavaDelegate {

  private final EscalationService escalations;

  public SendDepartmentNoticeDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.sendNotice(NOTICE_ID.require(execution));
  }
}
