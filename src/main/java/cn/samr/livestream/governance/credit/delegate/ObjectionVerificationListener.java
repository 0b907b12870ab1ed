package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 异议核实: on create the due date is kept with the objection; on complete whether it holds. */
@Component
public class ObjectionVerificationListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public ObjectionVerificationListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      listings.recordRequestDue(REQUEST_ID.require(task), task.getDueDate());
      return;
    }
    listings.verifyObjection(LISTING_ID.require(task), REQUEST_ID.require(task), OBJECTION_UPHELD.take(task),
        DECISION_NOTE.take(task), Actors.of(task, identityService));
  }
}
