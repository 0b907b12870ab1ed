package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 移出申请的决定: on create the due date is kept with the request; on complete the decision (the gateway reads it). */
@Component
public class RemovalDecisionListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public RemovalDecisionListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      listings.recordRequestDue(REQUEST_ID.require(task), task.getDueDate());
      return;
    }
    listings.decideRemoval(LISTING_ID.require(task), REQUEST_ID.require(task), REMOVAL_GRANTED.take(task),
        DECISION_NOTE.take(task), Actors.of(task, identityService));
  }
}
