package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.enforcement.casefile.CaseDecisionService.ListingProposal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提请列入信用名单: the decision proposed a credit listing; message Msg_CreditListingProposed (caseId, kind, ground)
 * starts credit-listing for the case's party (docs/credit.md).
 */
@Component
public class ProposeCreditListingDelegate implements JavaDelegate {

  private final CaseDecisionService decisions;

  public ProposeCreditListingDelegate(CaseDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String started = decisions.proposeCreditListing(CASE_ID.require(execution),
        ListingProposal.of(CREDIT_LISTING_PROPOSAL.get(execution), ABNORMAL_LIST_GROUND.get(execution)));
    CREDIT_LISTING_INSTANCE_ID.set(execution, started);
  }
}
