package cn.samr.livestream.platform;

/** What a platform_letter is (docs/governance.md §2.4): a notice only informs; a letter is to be acknowledged. */
public enum PlatformLetterKind {
  INTERVIEW_NOTICE("约谈通知书"),
  REMINDER_LETTER("提醒告诫函"),
  GUIDANCE_LETTER("行政指导意见函");

  private final String label;

  PlatformLetterKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
