package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import cn.samr.livestream.governance.campaign.CampaignService.SummaryTask;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交专项工作小结: on create the task carries its unit's row, name and figures computed now (read-only in the form);
 * completing it records the summary (on time or late).
 */
@Component
public class UnitSummaryListener implements TaskListener {

  private final CampaignService campaigns;
  private final IdentityService identityService;

  public UnitSummaryListener(CampaignService campaigns, IdentityService identityService) {
    this.campaigns = campaigns;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long campaignId = Var.CAMPAIGN_ID.require(task);
    String unit = Var.CAMPAIGN_UNIT.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      SummaryTask shown = campaigns.summaryTask(campaignId, unit);
      Var.CAMPAIGN_UNIT_ID.setLocal(task, shown.rowId());
      // on the unit's own scope, so that the task list's unit column (copied after this listener) names the unit
      Var.HANDLING_UNIT_NAME.setLocal(task.getExecution(), shown.unitName());
      Var.FIGURES_TEXT.setLocal(task, shown.figuresText());
      return;
    }
    campaigns.submitSummary(campaignId, unit, Var.SUMMARY.take(task), Actors.of(task, identityService));
  }
}
