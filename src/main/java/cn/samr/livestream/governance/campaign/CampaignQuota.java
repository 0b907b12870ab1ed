package cn.samr.livestream.governance.campaign;

/** A unit's target for one metric in a campaign (table campaign_quota). */
public record CampaignQuota(String unit, QuotaMetric metric, int target) {
}
