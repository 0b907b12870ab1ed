package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseDecisionService;
import cn.samr.livestream.enforcement.casefile.CaseDecisionService.ListingProposal;
import cn.samr.livestream.enforcement.casefile.CaseDecisionService.Penalty;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Times;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处罚决定 completed: the decision is numbered; service and publication run from it; the credit listing proposal
 * (提请列入信用名单) is kept for the gateway and Task_ProposeCreditListing.
 */
@Component
public class PenaltyDecisionListener implements TaskListener {

  private final CaseDecisionService decisions;
  private final IdentityService identityService;

  public PenaltyDecisionListener(CaseDecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    ListingProposal proposal = ListingProposal.of(CREDIT_LISTING_PROPOSAL.take(task), ABNORMAL_LIST_GROUND.take(task));
    CaseFile caseFile = decisions.decide(CASE_ID.require(task), new Penalty(FINE_AMOUNT.take(task),
            CONFISCATION_AMOUNT.take(task), WARNING.take(task), PUBLICATION.take(task), SERIOUS_VIOLATION_LIST.take(task)),
        proposal, DECISION_NOTE.take(task), Actors.of(task, identityService));
    CREDIT_LISTING_PROPOSAL.set(task.getExecution(), proposal.kind().name());
    ABNORMAL_LIST_GROUND.set(task.getExecution(), proposal.ground() == null ? null : proposal.ground().name());
    DECIDED_AT.set(task.getExecution(), Times.toDate(caseFile.getDecidedAt()));
    DECISION_NO.set(task.getExecution(), caseFile.getDecisionNo());
  }
}
