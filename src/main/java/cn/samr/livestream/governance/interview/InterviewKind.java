package cn.samr.livestream.governance.interview;

/** The three forms of docs/governance.md §2 (seed 003 二、三: 约谈、提醒、下发行政指导意见函). */
public enum InterviewKind {
  INTERVIEW("约谈"),
  REMINDER_LETTER("提醒告诫函"),
  GUIDANCE_LETTER("行政指导意见函");

  private final String label;

  InterviewKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
