package cn.samr.livestream.governance.campaign;

/** What a unit's quota in a campaign counts (campaign_quota.metric). */
public enum QuotaMetric {
  SPOT_CHECKS("抽查监测", "spotChecks"),
  CLUES("线索", "clues"),
  INTERVIEWS("约谈", "interviews"),
  CASES("立案", "casesFiled");

  private final String label;
  private final String figure;

  QuotaMetric(String label, String figure) {
    this.label = label;
    this.figure = figure;
  }

  public String label() {
    return label;
  }

  /** The report figure the quota is measured by. */
  public String figure() {
    return figure;
  }
}
