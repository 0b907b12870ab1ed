package cn.samr.livestream.subject;

/** The lists seed 000 §二(一)1 asks every district to keep, as filters of the register. */
public enum RegisterList {
  /** 重点商户: merchants in a livelihood area ({@link KeyArea}). */
  KEY_MERCHANTS("民生领域重点商户"),
  /** 头部主播: streamers at or above the follower or turnover threshold administrators set. */
  INFLUENTIAL_STREAMERS("重点（头部）主播"),
  /** 辖区注册平台: platforms registered in the district. */
  PLATFORMS("辖区注册平台");

  private final String label;

  RegisterList(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
