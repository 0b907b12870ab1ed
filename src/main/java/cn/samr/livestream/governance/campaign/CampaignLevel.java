package cn.samr.livestream.governance.campaign;

/** 市级专项 by the coordination group, 区级专项 by a district's head (only that district takes part). */
public enum CampaignLevel {
  CITY("市级"),
  DISTRICT("区级");

  private final String label;

  CampaignLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
