package cn.samr.livestream.monitoring;

/** Focus areas of the monthly spot checks (DOMAIN.md §4): health first, then finance. */
public enum FocusArea {
  FOOD("食品"),
  DRUG("药品"),
  MEDICAL_DEVICE("医疗器械"),
  COSMETICS("化妆品"),
  FINANCE("金融"),
  OTHER("其他");

  /** What every month's assignment names as its focus. */
  public static final java.util.List<FocusArea> PRIORITY = java.util.List.of(FOOD, DRUG, MEDICAL_DEVICE, COSMETICS, FINANCE);

  private final String label;

  FocusArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
