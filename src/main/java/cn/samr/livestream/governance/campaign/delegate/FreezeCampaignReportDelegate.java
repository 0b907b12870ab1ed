package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 定稿专项报告: the figures are frozen and the campaign closed (no more tags). */
@Component
public class FreezeCampaignReportDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public FreezeCampaignReportDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.close(Var.CAMPAIGN_ID.require(execution));
  }
}
