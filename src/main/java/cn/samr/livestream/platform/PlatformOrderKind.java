package cn.samr.livestream.platform;

/**
 * What an order asks a platform to do (platform_order.kind). CORRECTION is the order to correct itself, sent when the
 * platform is the party; the others are the take-down requests (下架/删除/暂停) of clue handling, as the order form's
 * 平台处置要求 names them.
 */
public enum PlatformOrderKind {
  CORRECTION("责令改正"),
  TAKE_DOWN_ITEM("下架违法商品或链接"),
  DELETE_CONTENT("删除违法直播内容或回放"),
  SUSPEND_ROOM("暂停违法直播间");

  /** The order form's choice for no request to the platform. */
  public static final String NONE = "NONE";

  private final String label;

  PlatformOrderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
