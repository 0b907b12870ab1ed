package cn.samr.livestream.complaint;

/** The role in which a subject is complained about, and who may owe a remedy. */
public enum PartyRole {
  PLATFORM("直播电商平台"),
  STREAMER("主播/直播间运营者"),
  MERCHANT("商品经营者");

  private final String label;

  PartyRole(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
