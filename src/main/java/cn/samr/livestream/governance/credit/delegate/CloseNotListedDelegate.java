package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予列入: the listing ends without a decision. */
@Component
public class CloseNotListedDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public CloseNotListedDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.closeNotListed(LISTING_ID.require(execution));
  }
}
