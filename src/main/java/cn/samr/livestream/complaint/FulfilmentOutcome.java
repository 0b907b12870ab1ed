package cn.samr.livestream.complaint;

/** What an officer found when confirming or urging a remedy. */
public enum FulfilmentOutcome {
  FULFILLED("已履行"),
  REFUSED("故意拖延或无理拒绝");

  private final String label;

  FulfilmentOutcome(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
