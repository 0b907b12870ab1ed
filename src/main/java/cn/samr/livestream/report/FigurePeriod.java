package cn.samr.livestream.report;

import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The bounds of a reported month as the figure queries use them: a half-open range
 * [first day 00:00, first day of the next month 00:00) in Beijing local time, which is how every
 * DATETIME column of the domain is stored ({@link Times#ZONE}); the same bounds as dates for DATE
 * columns. Computed here so the SQL needs no vendor date functions. {@code unit} narrows the
 * queries to one unit; null means every unit.
 */
public final class FigurePeriod {

  private final YearMonth month;
  private final String unit;
  private final LocalDateTime asOf;
  private final LocalDateTime noticeOpenFrom;

  /**
   * @param asOf the time the figures stand at: a limit not yet run out by then is not (yet) missed
   * @param noticeOpenFrom decisions from this instant on still have time to tell a real-name reporter
   *     (5 working days, 投诉举报办法 Art.31), worked out in Java because the SQL has no working-day calendar
   */
  public FigurePeriod(YearMonth month, String unit, LocalDateTime asOf, LocalDateTime noticeOpenFrom) {
    this.month = month;
    this.unit = unit;
    this.asOf = asOf;
    this.noticeOpenFrom = noticeOpenFrom;
  }

  public LocalDateTime getAsOf() {
    return asOf;
  }

  public LocalDateTime getNoticeOpenFrom() {
    return noticeOpenFrom;
  }

  /** yyyy-MM, the month_code of spot_check_assignment and district_report. */
  public String getMonthCode() {
    return month.toString();
  }

  /** First instant of the month (inclusive). */
  public LocalDateTime getFrom() {
    return getFromDay().atStartOfDay();
  }

  /** First instant of the next month (exclusive). */
  public LocalDateTime getTo() {
    return getToDay().atStartOfDay();
  }

  /** First day of the month (inclusive), for DATE columns. */
  public LocalDate getFromDay() {
    return month.atDay(1);
  }

  /** First day of the next month (exclusive), for DATE columns. */
  public LocalDate getToDay() {
    return month.plusMonths(1).atDay(1);
  }

  /** The one unit asked about, or null for all. */
  public String getUnit() {
    return unit;
  }

  public YearMonth month() {
    return month;
  }
}
