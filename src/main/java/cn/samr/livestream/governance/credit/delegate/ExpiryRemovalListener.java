package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 期满核查: removed, or the measures set by law still run until a day (the gateway reads which). */
@Component
public class ExpiryRemovalListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public ExpiryRemovalListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.confirmExpiry(LISTING_ID.require(task), MEASURES_RUNNING.take(task), MEASURES_END_ON.take(task), Actors.of(task, identityService));
  }
}
