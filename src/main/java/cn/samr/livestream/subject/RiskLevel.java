package cn.samr.livestream.subject;

/** The risk grade officers record for a subject (分级分类监管). */
public enum RiskLevel {
  LOW("低"),
  MEDIUM("中"),
  HIGH("高");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
