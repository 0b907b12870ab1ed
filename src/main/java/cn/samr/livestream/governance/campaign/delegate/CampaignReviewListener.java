package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审阅专项工作: on create the review opens and shows the units' summaries; completing it records the remarks. */
@Component
public class CampaignReviewListener implements TaskListener {

  private final CampaignService campaigns;
  private final IdentityService identityService;

  public CampaignReviewListener(CampaignService campaigns, IdentityService identityService) {
    this.campaigns = campaigns;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long campaignId = Var.CAMPAIGN_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Var.SUMMARIES_TEXT.setLocal(task, campaigns.openReview(campaignId));
      return;
    }
    campaigns.review(campaignId, Var.REVIEW_REMARKS.take(task), Actors.of(task, identityService));
  }
}
