package cn.samr.livestream.coordination;

/** Other departments the coordination group brings in (DOMAIN.md §2). */
public enum Department {
  CYBERSPACE("网信部门"),
  COMMERCE("商务部门"),
  CULTURE_TOURISM("文化旅游部门"),
  PUBLIC_SECURITY("公安机关"),
  TAX("税务部门"),
  TELECOM("通信管理部门"),
  BROADCASTING("广播电视部门"),
  DRUGS("药品监管部门"),
  INTELLECTUAL_PROPERTY("知识产权部门"),
  /** The social-credit authority that joint punishment (信用联合惩戒) is reported to. */
  DEVELOPMENT_REFORM("发展改革部门（社会信用）"),
  /** Another city's or province's market regulator (e.g. the registering authority); the recipient is named. */
  MARKET_REGULATION_ELSEWHERE("外地市场监管部门");

  private final String label;

  Department(String label) {
    this.label = label;
  }

  /** The Chinese name officers read. */
  public String label() {
    return label;
  }
}
