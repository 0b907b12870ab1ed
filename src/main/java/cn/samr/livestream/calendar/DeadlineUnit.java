package cn.samr.livestream.calendar;

/** How a deadline counts its N days (docs/working-days.md). */
public enum DeadlineUnit {
  /** 工作日: the N-th working day after the start day (行政处罚法第八十五条, 投诉举报办法). */
  WORKING_DAYS("个工作日"),
  /** 日（自然日）: N calendar days after the start day; holidays do not move it. */
  CALENDAR_DAYS("日"),
  /**
   * 日（期间）: N calendar days after the start day, the last day moved to the next working day when it is a holiday or
   * rest day (处罚程序规定 期间条款; 民法典第二百零三条): the case's 90 (+30) days, the transfer's 3 days.
   */
  CALENDAR_DAYS_TO_WORKING_DAY("日（末日遇节假日顺延）");

  private final String label;

  DeadlineUnit(String label) {
    this.label = label;
  }

  /** As in 「45个工作日」「90日」. */
  public String label() {
    return label;
  }
}
