package cn.samr.livestream.governance.campaign;

/** Where a campaign stands (campaign.status). */
public enum CampaignStatus {
  PLANNED("待审批/待开始"),
  REJECTED("未批准"),
  ACTIVE("进行中"),
  SUMMARISING("单位小结中"),
  REVIEW("审阅中"),
  CLOSED("已定稿");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
