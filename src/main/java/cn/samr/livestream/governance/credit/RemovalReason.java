package cn.samr.livestream.governance.credit;

/** Why a listing was removed. */
public enum RemovalReason {
  EXPIRED("列入满期限"),
  EARLY("提前移出（信用修复）"),
  CURED("情形消除，申请移出"),
  OBJECTION_UPHELD("异议成立"),
  REVOKED("据以列入的处罚被撤销、确认违法或无效");

  private final String label;

  RemovalReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
