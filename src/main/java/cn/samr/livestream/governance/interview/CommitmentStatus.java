package cn.samr.livestream.governance.interview;

/** A commitment's state (interview_commitment.status). */
public enum CommitmentStatus {
  OPEN("待履行"),
  FULFILLED("已履行"),
  NOT_FULFILLED("未履行");

  private final String label;

  CommitmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
