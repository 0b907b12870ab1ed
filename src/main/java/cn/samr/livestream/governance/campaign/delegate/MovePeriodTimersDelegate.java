package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重设开始与结束计时器: the period changed before the campaign began; the waiting timer moves. */
@Component
public class MovePeriodTimersDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public MovePeriodTimersDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.moveTimers(execution.getProcessInstanceId(), Var.CAMPAIGN_ID.require(execution));
  }
}
