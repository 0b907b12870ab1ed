package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批专项方案, complete: the decision and remarks go to the campaign row; the gateway reads the decision. */
@Component
public class PlanApprovalListener implements TaskListener {

  private final CampaignService campaigns;
  private final IdentityService identityService;

  public PlanApprovalListener(CampaignService campaigns, IdentityService identityService) {
    this.campaigns = campaigns;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    campaigns.decidePlan(Var.CAMPAIGN_ID.require(task), Var.PLAN_APPROVED.take(task), Var.APPROVAL_REMARKS.take(task),
        Actors.of(task, identityService));
  }
}
