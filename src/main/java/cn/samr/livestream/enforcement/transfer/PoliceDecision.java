package cn.samr.livestream.enforcement.transfer;

/** The police's decision on a transfer or on its reconsideration. */
public enum PoliceDecision {
  ACCEPTED("立案"),
  REFUSED("不予立案");

  private final String label;

  PoliceDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
