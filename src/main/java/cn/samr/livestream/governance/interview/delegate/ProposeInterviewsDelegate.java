package cn.samr.livestream.governance.interview.delegate;

import cn.samr.livestream.governance.interview.InterviewProposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 生成约谈建议 (governance-daily): the parties with records in the window against interview-proposal.dmn, in batches;
 * each proposal starts administrative-interview at 审查约谈建议.
 */
@Component("proposeInterviewsDelegate")
public class ProposeInterviewsDelegate implements JavaDelegate {

  private final InterviewProposals proposals;

  public ProposeInterviewsDelegate(InterviewProposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.proposeAll();
  }
}
