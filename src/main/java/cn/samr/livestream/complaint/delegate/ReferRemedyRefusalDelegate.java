package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_ID;

import cn.samr.livestream.complaint.ReferralService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 移送执法（拒不退赔）: deliberate delay or refusal becomes an enforcement matter (seed 000 §二(二)3). */
@Component
public class ReferRemedyRefusalDelegate implements JavaDelegate {

  private final ReferralService referrals;

  public ReferRemedyRefusalDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.referRemedyRefusal(REMEDY_ID.require(execution), Actors.SYSTEM);
  }
}
