package cn.samr.livestream.enforcement.clue;

/** Where a clue stands; the process is the master, this column serves lists and reports. */
public enum ClueStatus {
  VERIFYING("核查中"),
  AWAITING_EXTENSION("延期审批中"),
  DECIDING("确定处置方式"),
  IN_RESPONSE("处置中"),
  CLOSED("已办结");

  private final String label;

  ClueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
