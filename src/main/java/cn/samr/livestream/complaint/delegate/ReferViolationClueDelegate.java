package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;

import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 移送违法线索: a violation found during verification becomes a clue for clue-verification. */
@Component
public class ReferViolationClueDelegate implements JavaDelegate {

  private final ReferralService referrals;

  public ReferViolationClueDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.referViolationClue(COMPLAINT_ID.require(execution), Actors.SYSTEM);
  }
}
