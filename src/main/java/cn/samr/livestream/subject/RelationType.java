package cn.samr.livestream.subject;

/** A relation between two parties of the register, from → to. */
public enum RelationType {
  /** room operator → live room (直播间运营者 运营 直播间). */
  OPERATES("运营"),
  /** streamer → agency (主播 签约 MCN 机构). */
  SIGNED_WITH("签约"),
  /** live room or shop → platform (入驻平台). */
  ON_PLATFORM("入驻");

  private final String label;

  RelationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
