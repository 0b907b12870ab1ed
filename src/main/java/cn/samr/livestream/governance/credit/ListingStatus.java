package cn.samr.livestream.governance.credit;

/** Where a listing stands. */
public enum ListingStatus {
  PROPOSED("拟列入"),
  NOTICE("告知与陈述申辩"),
  AWAITING_APPROVAL("待负责人审批"),
  AWAITING_HIGHER_APPROVAL("待上级同意"),
  LISTED("已列入"),
  PUBLISHED("已公示"),
  REMOVED("已移出"),
  NOT_LISTED("未列入");

  private final String label;

  ListingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
