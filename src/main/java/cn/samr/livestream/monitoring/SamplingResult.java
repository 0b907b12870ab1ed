package cn.samr.livestream.monitoring;

/** Result of the optional product sampling (抽检). */
public enum SamplingResult {
  QUALIFIED("合格"),
  UNQUALIFIED("不合格"),
  PENDING("检验中");

  private final String label;

  SamplingResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
