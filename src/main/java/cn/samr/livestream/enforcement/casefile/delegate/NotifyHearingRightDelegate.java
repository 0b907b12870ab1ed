package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知听证权利: the 听证告知书 is numbered; the 5 days to ask for a hearing run from it. */
@Component
public class NotifyHearingRightDelegate implements JavaDelegate {

  private final CaseDecisionService decisions;
  private final IdentityService identityService;

  public NotifyHearingRightDelegate(CaseDecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HEARING_NOTIFIED_AT.set(execution,
        decisions.notifyHearingRight(CASE_ID.require(execution), Actors.current(identityService)));
  }
}
