package cn.samr.livestream.governance.campaign.delegate;

import cn.samr.livestream.engine.DistrictMonth;
import cn.samr.livestream.governance.campaign.CampaignProcess.Element;
import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.governance.campaign.CampaignService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 小结提醒: the unit has not submitted; reminded_at is recorded and its task moves to the top of its list. */
@Component
public class SummaryReminderDelegate implements JavaDelegate {

  private final CampaignService campaigns;
  private final TaskService taskService;

  public SummaryReminderDelegate(CampaignService campaigns, TaskService taskService) {
    this.campaigns = campaigns;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long row = campaigns.remind(Var.CAMPAIGN_ID.require(execution), Var.CAMPAIGN_UNIT.require(execution));
    DistrictMonth.remind(taskService, execution, Element.SUBMIT_SUMMARY, Var.CAMPAIGN_UNIT_ID, row);
  }
}
