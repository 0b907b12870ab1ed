package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.governance.campaign.CampaignProcess.Element;
import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The campaign keeps the units' summary deadline (N working days after the last day) in campaign.summary_due and
 * campaign_unit.summary_due; the engine holds it in each unit's summary task and overdue timer. When the calendar
 * changes and the engine's are computed again, the copies follow in the same transaction (the unit told by its own
 * execution's campaignUnit).
 */
@Component
class CampaignDeadlineSync {

  static final Set<String> SUMMARY_DUE = Set.of(Element.SUBMIT_SUMMARY, Element.OVERDUE_TIMER);

  private final CampaignService campaigns;
  private final MovedDeadlineScope scope;

  CampaignDeadlineSync(CampaignService campaigns, MovedDeadlineScope scope) {
    this.campaigns = campaigns;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    if (!SUMMARY_DUE.contains(moved.activityId())) {
      return;
    }
    scope.run(moved, CampaignProcess.PROCESS_KEY, execution -> {
      Long campaignId = Var.CAMPAIGN_ID.get(execution);
      if (campaignId != null) {
        campaigns.moveSummaryDue(campaignId, Var.CAMPAIGN_UNIT.get(execution), moved.newDue());
      }
    });
  }
}
