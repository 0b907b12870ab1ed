package cn.samr.livestream.complaint;

/** Where a complaint stands; the process is the master, this column serves lists and reports. */
public enum ComplaintStatus {
  AWAITING_ASSIGNMENT("待指定管辖"),
  AWAITING_ACCEPTANCE("待受理审查"),
  NOT_ACCEPTED("不予受理"),
  IN_VERIFICATION("调查核实中"),
  IN_REMEDY("督促退赔中"),
  MEDIATION_ENDED("终止调解"),
  AWAITING_CLOSING("待办结"),
  CLOSED("已办结");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
