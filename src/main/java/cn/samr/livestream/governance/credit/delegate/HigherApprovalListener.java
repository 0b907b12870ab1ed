package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 上级部门同意: the higher department's decision and note; the gateway reads the decision in this command only. */
@Component
public class HigherApprovalListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public HigherApprovalListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.higherApprove(LISTING_ID.require(task), HIGHER_APPROVED.take(task), APPROVAL_NOTE.take(task), Actors.of(task, identityService));
  }
}
