package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 列入决定超期: the listing decision is past its deadline. */
@Component
public class MarkListingOverdueDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public MarkListingOverdueDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.markListingOverdue(LISTING_ID.require(execution));
  }
}
