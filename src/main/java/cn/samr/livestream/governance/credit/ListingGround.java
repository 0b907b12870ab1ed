package cn.samr.livestream.governance.credit;

/** Why the subject is listed: the two abnormal-list grounds found in enforcement, and the serious penalty. */
public enum ListingGround {
  /** 公示信息隐瞒真实情况、弄虚作假 (第68号令第四条第三项). */
  FALSE_DISCLOSURE("公示信息隐瞒真实情况、弄虚作假", ListingKind.ABNORMAL),
  /** 通过登记的住所或者经营场所无法联系 (第68号令第四条第四项; 种子003「查无下落」). */
  UNREACHABLE("通过登记的住所或经营场所无法联系", ListingKind.ABNORMAL),
  /** 受到较重行政处罚，性质恶劣、情节严重、社会危害较大 (第44号令). */
  SERIOUS_PENALTY("受到较重行政处罚且情节严重", ListingKind.SERIOUS_ILLEGAL);

  private final String label;
  private final ListingKind kind;

  ListingGround(String label, ListingKind kind) {
    this.label = label;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  public ListingKind kind() {
    return kind;
  }
}
