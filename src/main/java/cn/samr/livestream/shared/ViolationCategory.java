package cn.samr.livestream.shared;

/** Violation categories and their laws (DOMAIN.md §4). */
public enum ViolationCategory {
  ECOMMERCE("电子商务违法"),
  CONSUMER_RIGHTS("侵害消费者权益"),
  UNFAIR_COMPETITION("不正当竞争"),
  PRODUCT_QUALITY("产品质量"),
  INTELLECTUAL_PROPERTY("侵犯知识产权"),
  FOOD_SAFETY("食品安全"),
  ADVERTISING("广告违法"),
  PRICE("价格违法");

  private final String label;

  ViolationCategory(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
