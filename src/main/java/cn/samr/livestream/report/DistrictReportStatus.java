package cn.samr.livestream.report;

/**
 * A district's submission for a month: pending, submitted (on time or late), or closed unsubmitted
 * (未报送) when the month was frozen before it came.
 */
public enum DistrictReportStatus {
  PENDING,
  SUBMITTED,
  NOT_SUBMITTED
}
