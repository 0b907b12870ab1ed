package cn.samr.livestream.complaint;

/** Output of the routing decision table complaint-routing.dmn. */
public enum RoutingTarget {
  DISTRICT("属地区局"),
  ENFORCEMENT_CORPS("市局执法总队"),
  COMPLAINT_CENTRE("投诉举报中心指定管辖");

  private final String label;

  RoutingTarget(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
