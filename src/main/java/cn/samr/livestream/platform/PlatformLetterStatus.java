package cn.samr.livestream.platform;

/** Where a platform_letter stands. */
public enum PlatformLetterStatus {
  ISSUED("已送达"),
  ACKNOWLEDGED("平台已确认收悉");

  private final String label;

  PlatformLetterStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
