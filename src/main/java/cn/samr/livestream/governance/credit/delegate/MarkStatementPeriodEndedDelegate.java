package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 陈述申辩期届满: the statement task may now record that the party stated nothing. */
@Component
public class MarkStatementPeriodEndedDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public MarkStatementPeriodEndedDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.markStatementPeriodEnded(LISTING_ID.require(execution));
  }
}
