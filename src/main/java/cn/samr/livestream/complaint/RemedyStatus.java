package cn.samr.livestream.complaint;

/** State of one party's remedy obligation (督促退赔). */
public enum RemedyStatus {
  NOTIFIED("已通知履行"),
  URGED("已督促"),
  FULFILLED("已履行"),
  REFERRED("拒不履行，已移送"),
  ENDED("调解终止");

  private final String label;

  RemedyStatus(String label) {
    this.label = label;
  }

  /** The Chinese label officers read. */
  public String label() {
    return label;
  }
}
