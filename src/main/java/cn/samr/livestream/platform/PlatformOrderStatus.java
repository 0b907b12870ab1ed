package cn.samr.livestream.platform;

/** Where an order to a platform stands (platform_order.status). */
public enum PlatformOrderStatus {
  ISSUED("待平台确认"),
  CONFIRMED("平台已确认");

  private final String label;

  PlatformOrderStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
