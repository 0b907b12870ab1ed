package cn.samr.livestream.complaint;

/** Where a complaint came in. */
public enum ComplaintSource {
  NATIONAL_12315("全国12315平台"),
  HOTLINE("热线电话"),
  LETTER("来信来访"),
  PLATFORM("平台转交");

  private final String label;

  ComplaintSource(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
