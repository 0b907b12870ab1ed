package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 告知: completing the task issues the notice (告知书) with its number; the statement period starts. */
@Component
public class ListingNoticeListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public ListingNoticeListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.issueNotice(LISTING_ID.require(task), Actors.of(task, identityService));
  }
}
