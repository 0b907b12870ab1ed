package cn.samr.livestream.subject;

/**
 * The legal credit lists a subject can be on now (supervised_subject.listing_flags), kept by the credit feature
 * through {@link SubjectRegistry#setListingFlags}; the register reads its own column (GET /api/subjects?listed=).
 */
public enum CreditList {
  ABNORMAL("经营异常名录"),
  SERIOUS_ILLEGAL("严重违法失信名单");

  private final String label;

  CreditList(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
