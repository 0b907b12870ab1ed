package cn.samr.livestream.governance.campaign;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The campaign's internal targets (内部, not statutory; application.yaml livestream.campaign), checked at start-up:
 * the summaries' working days after the last day, the reminder's working days before that, and the days after the
 * last day during which records may still be tagged.
 */
@Component
public class CampaignSettings {

  private final int summaryWorkingDays;
  private final int reminderWorkingDaysBefore;
  private final int tagGraceDays;

  public CampaignSettings(@Value("${livestream.campaign.summary-working-days:5}") int summaryWorkingDays,
      @Value("${livestream.campaign.reminder-working-days-before:2}") int reminderWorkingDaysBefore,
      @Value("${livestream.campaign.tag-grace-days:30}") int tagGraceDays) {
    if (summaryWorkingDays < 1 || reminderWorkingDaysBefore < 1 || tagGraceDays < 0
        || reminderWorkingDaysBefore >= summaryWorkingDays) {
      throw new IllegalArgumentException("livestream.campaign: summary-working-days and reminder-working-days-before"
          + " must be >= 1 and the reminder before the deadline, tag-grace-days >= 0");
    }
    this.summaryWorkingDays = summaryWorkingDays;
    this.reminderWorkingDaysBefore = reminderWorkingDaysBefore;
    this.tagGraceDays = tagGraceDays;
  }

  public int summaryWorkingDays() {
    return summaryWorkingDays;
  }

  public int reminderWorkingDaysBefore() {
    return reminderWorkingDaysBefore;
  }

  public int tagGraceDays() {
    return tagGraceDays;
  }
}
