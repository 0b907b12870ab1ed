package cn.samr.livestream.enforcement;

/** The tiered response to a verified clue (分级处置, DOMAIN.md §5), as response-tier.dmn proposes it. */
public enum ResponseTier {
  NONE("不予立案"),
  LENIENT("首违不罚/轻微免罚"),
  ADMONITION("行政告诫"),
  ORDER_TO_CORRECT("责令改正"),
  CASE("立案查处"),
  CRIMINAL_TRANSFER("移送公安机关");

  private final String label;

  ResponseTier(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
