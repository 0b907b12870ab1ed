package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启单位小结: the campaign ended; the summaries' deadline is set. */
@Component
public class OpenUnitSummariesDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public OpenUnitSummariesDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.openSummaries(Var.CAMPAIGN_ID.require(execution));
  }
}
