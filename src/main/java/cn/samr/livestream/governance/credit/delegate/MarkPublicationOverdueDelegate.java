package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 公示超期: the publication is not recorded within its deadline. */
@Component
public class MarkPublicationOverdueDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public MarkPublicationOverdueDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.markPublicationOverdue(LISTING_ID.require(execution));
  }
}
