package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseInvestigationService;
import cn.samr.livestream.enforcement.casefile.DecisionDeadline;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 扣除不计入期限的时间: the period is recorded, the running deadline timer moves by its days. Its fields come with the
 * investigation form in this same command and are recorded in the case, so they are not kept as variables.
 */
@Component
public class ExcludePeriodDelegate implements JavaDelegate {

  private final CaseInvestigationService investigation;
  private final IdentityService identityService;

  public ExcludePeriodDelegate(CaseInvestigationService investigation, IdentityService identityService) {
    this.investigation = investigation;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionDeadline deadline = investigation.excludePeriod(CASE_ID.require(execution),
        EXCLUDED_KIND.take(execution), EXCLUDED_START.take(execution), EXCLUDED_END.take(execution),
        EXCLUDED_NOTE.take(execution), Actors.current(identityService));
    DECISION_PERIOD_DAYS.set(execution, deadline.periodDays());
    DECISION_DEADLINE_TEXT.set(execution, deadline.text());
  }
}
