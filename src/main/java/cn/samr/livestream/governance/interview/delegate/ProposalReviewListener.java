package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.governance.interview.InterviewProposals;
import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审查约谈建议: on create the task shows the rule's reason, facts and proposed form (task-local, read-only); on
 * complete the heads' review is stored; proposalAccepted stays for the gateway of this command only, and the form
 * accepted becomes interviewKind, which Gateway_InterviewKind reads (约谈 or the written path).
 */
@Component
public class ProposalReviewListener implements TaskListener {

  private final InterviewProposals proposals;
  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;

  public ProposalReviewListener(InterviewProposals proposals, InterviewWorkflowService workflow,
      IdentityService identityService) {
    this.proposals = proposals;
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long interviewId = INTERVIEW_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      PROPOSAL_REASON.setLocal(task, proposals.reasonText(interviewId));
      PROPOSAL_FACTS.setLocal(task, proposals.factsText(interviewId));
      PROPOSED_KIND.setLocal(task, workflow.interview(interviewId).getKind().label());
      return;
    }
    proposals.review(interviewId, PROPOSAL_ACCEPTED.take(task), ACCEPTED_KIND.take(task), ISSUES.take(task),
        REVIEW_NOTE.take(task), Actors.of(task, identityService))
        .ifPresent(accepted -> INTERVIEW_KIND.set(task.getExecution(), accepted.name()));
  }
}
