package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 列入满三年审查 (经营异常名录): the review's conclusion; the next review after the interval. */
@Component
public class SeriousListReviewListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public SeriousListReviewListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.reviewForSeriousList(LISTING_ID.require(task), REVIEW_NOTE.take(task), Actors.of(task, identityService));
  }
}
