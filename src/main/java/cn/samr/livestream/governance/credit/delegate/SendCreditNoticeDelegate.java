package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditNoticeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 联合惩戒通报: one department's notice is sent and its feedback deadline starts. */
@Component
public class SendCreditNoticeDelegate implements JavaDelegate {

  private final CreditNoticeService notices;

  public SendCreditNoticeDelegate(CreditNoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.sendNotice(CREDIT_NOTICE_ID.require(execution));
  }
}
