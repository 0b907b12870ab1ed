package cn.samr.livestream.governance.credit.delegate;

import static cn.samr.livestream.governance.credit.CreditListingProcess.Var.*;

import cn.samr.livestream.governance.credit.CreditListingService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 陈述申辩: the party's statement, or none once the period has ended; the fields are not kept (issue 15). */
@Component
public class StatementListener implements TaskListener {

  private final CreditListingService listings;
  private final IdentityService identityService;

  public StatementListener(CreditListingService listings, IdentityService identityService) {
    this.listings = listings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    listings.recordStatement(LISTING_ID.require(task), STATEMENT.take(task), Boolean.TRUE.equals(NO_STATEMENT.take(task)),
        Actors.of(task, identityService));
  }
}
