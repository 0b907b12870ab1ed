package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 停止公示: on create the due date is kept with the listing; on complete the day publicity stopped. */
@Component
public class PublicityStoppedListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public PublicityStoppedListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      listings.recordPublicityStopDue(LISTING_ID.require(task), task.getDueDate());
      return;
    }
    listings.recordPublicityStopped(LISTING_ID.require(task), PUBLICITY_STOPPED_ON.take(task), Actors.of(task, identityService));
  }
}
