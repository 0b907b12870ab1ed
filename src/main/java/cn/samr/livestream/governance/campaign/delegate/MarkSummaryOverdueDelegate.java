package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记小结逾期: the unit has not submitted by the deadline; it still may, marked overdue. */
@Component
public class MarkSummaryOverdueDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public MarkSummaryOverdueDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.markOverdue(Var.CAMPAIGN_ID.require(execution), Var.CAMPAIGN_UNIT.require(execution));
  }
}
