package cn.samr.livestream.governance.credit;

/** The two legal listings (docs/credit.md). */
public enum ListingKind {
  /** 经营异常名录: 《企业经营异常名录管理暂行办法》(工商总局令第68号). */
  ABNORMAL("经营异常名录"),
  /** 严重违法失信名单: 《市场监督管理严重违法失信名单管理办法》(总局令第44号). */
  SERIOUS_ILLEGAL("严重违法失信名单");

  private final String label;

  ListingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
