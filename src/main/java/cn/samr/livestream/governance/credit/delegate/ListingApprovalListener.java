package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 负责人审批: the decision, its note and the departments added to the joint-punishment notices; the gateway reads the decision in this command only. */
@Component
public class ListingApprovalListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public ListingApprovalListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.approve(LISTING_ID.require(task), LISTING_APPROVED.take(task), APPROVAL_NOTE.take(task),
        EXTRA_DEPARTMENTS.take(task), Actors.of(task, identityService));
  }
}
