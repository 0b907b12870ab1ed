package cn.samr.livestream.governance.credit.delegate;

import cn.samr.livestream.governance.credit.CreditClassDailyRun;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重新计算信用风险分类 (governance-daily): the whole register, in batches. */
@Component("recomputeCreditClassesDelegate")
public class RecomputeCreditClassesDelegate implements JavaDelegate {

  private final CreditClassDailyRun dailyRun;

  public RecomputeCreditClassesDelegate(CreditClassDailyRun dailyRun) {
    this.dailyRun = dailyRun;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dailyRun.recomputeAll();
  }
}
