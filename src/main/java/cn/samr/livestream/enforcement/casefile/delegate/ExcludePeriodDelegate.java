package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import cn.samr.livestream.shared.Actors;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 扣除不计入期限的时间: the period is recorded, the running deadline timer moves by its days. */
@Component
public class ExcludePeriodDelegate implements JavaDelegate {

  private final CaseService cases;
  private final IdentityService identityService;

  public ExcludePeriodDelegate(CaseService cases, IdentityService identityService) {
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CASE_ID.require(execution);
    Date due = cases.excludePeriod(caseId, EXCLUDED_KIND.get(execution), EXCLUDED_START.get(execution),
        EXCLUDED_END.get(execution), EXCLUDED_NOTE.get(execution), Actors.current(identityService));
    DECISION_PERIOD_DAYS.set(execution, cases.decisionPeriodDays(caseId));
    DECISION_DEADLINE_TEXT.set(execution, cases.formatDeadline(due));
  }
}
