package cn.samr.livestream.report;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly statistics table (网络直播营销活动监管数据统计表, DOMAIN.md §7): figures computed from the
 * domain tables for a district and month, and the frozen copy 广告处 signs off.
 */
public interface ReportFigures {

  /** One district's figures for the month, computed now from complaints, clues, actions, cases, transfers, spot checks and escalations. */
  DistrictFigures compute(String unitCode, YearMonth month);

  /** Every active district's figures for the month, in the organisation's display order. */
  List<DistrictFigures> computeAll(YearMonth month);

  /**
   * Freezes the month: stores every district's figures (with its submission's remarks, suggestions
   * and on-time flag from district_report) in monthly_report_figures. Called once, when 广告处
   * completes the city-wide review; a second call for the same month fails.
   */
  void freeze(YearMonth month);
}
