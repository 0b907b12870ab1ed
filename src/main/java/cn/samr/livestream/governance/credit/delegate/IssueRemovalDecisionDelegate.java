package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 作出移出决定: the removal's document number, the register's flags, the lifting notices. */
@Component
public class IssueRemovalDecisionDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public IssueRemovalDecisionDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    listings.issueRemovalDecision(LISTING_ID.require(execution));
  }
}
