package cn.samr.livestream.enforcement.casefile;

/** Time that does not count towards the case deadline (行政处罚法 Art.60; 处罚程序规定). */
public enum ExcludedPeriodKind {
  HEARING("听证"),
  TESTING("检测、检验、检疫、鉴定"),
  PUBLIC_NOTICE("公告");

  private final String label;

  ExcludedPeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
