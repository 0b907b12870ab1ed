package cn.samr.livestream.calendar;

/** How a deadline counts its N days (docs/working-days.md). */
public enum DeadlineUnit {
  /** 工作日: the N-th working day after the start day (行政处罚法第八十五条, 投诉举报办法). */
  WORKING_DAYS("个工作日"),
  /** 日（自然日）: N calendar days after the start day; holidays do not move it. */
  CALENDAR_DAYS("日");

  private final String label;

  DeadlineUnit(String label) {
    this.label = label;
  }

  /** As in 「45个工作日」「90日」. */
  public String label() {
    return label;
  }
}
