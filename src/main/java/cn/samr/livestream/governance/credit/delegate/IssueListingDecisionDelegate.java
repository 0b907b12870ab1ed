package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 作出列入决定: the decision's document number, the day of listing, the register's flags. */
@Component
public class IssueListingDecisionDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public IssueListingDecisionDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.issueDecision(LISTING_ID.require(execution));
  }
}
