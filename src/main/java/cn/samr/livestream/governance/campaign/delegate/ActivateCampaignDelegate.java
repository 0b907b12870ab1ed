package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 专项开始: the campaign is under way, records may be tagged. */
@Component
public class ActivateCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public ActivateCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.activate(Var.CAMPAIGN_ID.require(execution));
  }
}
