package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 准备: whether the listing has its own notice step and needs the higher approval (the gateways). */
@Component
public class PrepareListingDelegate implements JavaDelegate {

  private final CreditListingService listings;

  public PrepareListingDelegate(CreditListingService listings) {
    this.listings = listings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CreditListingService.Route route = listings.prepare(LISTING_ID.require(execution));
    NOTICE_NEEDED.setForThisCommand(execution, route.noticeNeeded());
    // read after the approval task, in a later command
    HIGHER_APPROVAL_NEEDED.set(execution, route.higherApprovalNeeded());
  }
}
