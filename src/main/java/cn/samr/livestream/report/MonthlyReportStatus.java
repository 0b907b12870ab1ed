package cn.samr.livestream.report;

/** A month's report: districts submitting, 广告处 reviewing, frozen. */
public enum MonthlyReportStatus {
  COLLECTING,
  REVIEWING,
  FROZEN
}
