package cn.samr.livestream.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Working days (工作日) of the Chinese administration: Monday–Friday, minus the State Council holidays,
 * plus the make-up working days (调休上班), as the current version of each year in the database says
 * ({@link HolidayCalendars}; a year entered at run time counts from its save on). BPMN expressions use it as
 * {@code ${workCalendar.addWorkingDays(receivedAt, 7)}}.
 *
 * <p>Time limits follow the administrative rule that the day a period starts is not counted
 * (期间开始之日不计算在内): "within 7 working days of receipt" ends with the 7th working day after the
 * day of receipt. Deadlines returned as {@link Date} are the last second of that day in Beijing time,
 * whatever the JVM's default zone is.
 */
@Component("workCalendar")
public class WorkCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger log = LoggerFactory.getLogger(WorkCalendar.class);
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）", Locale.CHINA);
  // years already reported as missing; once per JVM is enough to alert without flooding the log
  private static final Set<Integer> reportedMissingYears = ConcurrentHashMap.newKeySet();

  private static final int FIRST_MONTH_NEEDING_NEXT_YEAR = 10;

  private final HolidayCalendarData holidays;

  public WorkCalendar(HolidayCalendarData holidays) {
    this.holidays = holidays;
  }

  /**
   * The State Council publishes next year's holidays in the autumn; deadlines set from October on
   * already reach into that year, so a missing file is announced at start-up, not at first use.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void warnIfNextYearIsMissing() {
    LocalDate today = LocalDate.now(ZONE);
    if (today.getMonthValue() >= FIRST_MONTH_NEEDING_NEXT_YEAR && !holidays.covers(today.getYear() + 1)) {
      log.warn("节假日日历尚无 {} 年数据：跨年期限将只按周末计算。国务院办公厅公布后请管理员以 PUT /api/calendar/{} 录入。"
          + " Holiday calendar for {} is not entered yet: deadlines reaching into it count weekends only;"
          + " an administrator enters it with PUT /api/calendar/{} once the State Council publishes it.",
          today.getYear() + 1, today.getYear() + 1, today.getYear() + 1, today.getYear() + 1);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Boolean off = holidays.offDay(day);
    if (off != null) {
      return !off;
    }
    if (!holidays.covers(day.getYear())) {
      reportMissingYear(day.getYear());
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code days}-th working day after {@code start} (start itself not counted). For 0: start if it
   * is a working day, else the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    requireNotNegative(days);
    LocalDate day = start;
    if (days == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
    } else {
      for (int counted = 0; counted < days; ) {
        day = day.plusDays(1);
        if (isWorkingDay(day)) {
          counted++;
        }
      }
    }
    return day;
  }

  /**
   * Deadline {@code days} working days after the day (Beijing time) of {@code from}: 23:59:59 of the
   * resulting day. Accepts any Date subclass (java.sql.Timestamp from the engine's history, etc.).
   */
  public Date addWorkingDays(Date from, int days) {
    return workingDaysDeadline(localDate(from), days);
  }

  /**
   * Deadline {@code days} working days after {@code start}: 23:59:59 of the resulting day. Deadlines are computed
   * with this method, {@link #addWorkingDays(Date, int)}, {@link #addDays(Date, int)} or
   * {@link #addDaysToWorkingDay(Date, int)}: inside an engine command they
   * note what they computed, for the deadline ledger; the LocalDate method is for counting (figures, checks).
   */
  public Date workingDaysDeadline(LocalDate start, int days) {
    LocalDate last = addWorkingDays(start, days);
    recordComputation(new DeadlineBasis(start, days, DeadlineUnit.WORKING_DAYS), last);
    return endOfDay(last);
  }

  /** Deadline {@code days} calendar days after the day of {@code from}: 23:59:59 Beijing time. */
  public Date addDays(Date from, int days) {
    requireNotNegative(days);
    LocalDate start = localDate(from);
    LocalDate last = start.plusDays(days);
    recordComputation(new DeadlineBasis(start, days, DeadlineUnit.CALENDAR_DAYS), last);
    return endOfDay(last);
  }

  /** The deadline {@code basis} gives with the calendar as it is now: 23:59:59 Beijing time of its last day. */
  public Date deadline(DeadlineBasis basis) {
    return endOfDay(lastDay(basis));
  }

  /** The last day of the period {@code basis} describes, with the calendar as it is now. */
  public LocalDate lastDay(DeadlineBasis basis) {
    return switch (basis.unit()) {
      case WORKING_DAYS -> addWorkingDays(basis.startDay(), basis.amount());
      case CALENDAR_DAYS -> basis.startDay().plusDays(basis.amount());
      case CALENDAR_DAYS_TO_WORKING_DAY -> addWorkingDays(basis.startDay().plusDays(basis.amount()), 0);
    };
  }

  /**
   * Whether a period from {@code start} to {@code last} is provisional: it crosses a year the holiday calendar
   * does not know yet, so it was counted on weekends only there. A period in calendar days never is.
   */
  public boolean provisional(DeadlineBasis basis, LocalDate last) {
    if (basis.unit() == DeadlineUnit.CALENDAR_DAYS) {
      return false;
    }
    // a period in calendar days depends on the calendar only where its last day may be moved
    int from = basis.unit() == DeadlineUnit.CALENDAR_DAYS_TO_WORKING_DAY
        ? basis.startDay().plusDays(basis.amount()).getYear() : basis.startDay().getYear();
    for (int year = from; year <= last.getYear(); year++) {
      if (!holidays.covers(year)) {
        return true;
      }
    }
    return false;
  }

  private void recordComputation(DeadlineBasis basis, LocalDate last) {
    DeadlineComputations.record(new DeadlineComputations.Computation(basis, last, provisional(basis, last)));
  }

  /** Working days in (fromExclusive, toInclusive]; 0 if {@code toInclusive} is not after {@code fromExclusive}. */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Said of a deadline counted over a year the calendar does not know yet (issue 13). */
  public static final String PROVISIONAL_NOTE = "（期限暂按周末计算，待公布节假日后重算）";

  /** A due date as the task list shows it: the date, and {@link #PROVISIONAL_NOTE} when it is provisional. */
  public String deadlineText(Date deadline, boolean provisional) {
    return formatDeadline(deadline) + (provisional ? PROVISIONAL_NOTE : "");
  }

  /** For read-only display in forms, e.g. {@code 2026年12月1日（星期二）}. */
  public String formatDeadline(Date deadline) {
    return DISPLAY.format(localDate(deadline));
  }

  /** The calendar day of an instant in Beijing time. */
  public static LocalDate localDate(Date date) {
    Objects.requireNonNull(date, "date");
    // getTime(), not toInstant(): java.sql.Date.toInstant() throws
    return Instant.ofEpochMilli(date.getTime()).atZone(ZONE).toLocalDate();
  }

  /** 23:59:59.000 of {@code day}, Beijing time. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(ZONE).toInstant());
  }

  private static void requireNotNegative(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0, was " + days);
    }
  }

  private static void reportMissingYear(int year) {
    if (reportedMissingYears.add(year)) {
      log.error("节假日日历缺少 {} 年数据，该年仅按周六、周日休息计算，期限可能有误！请管理员以 "
              + "PUT /api/calendar/{} 录入国务院办公厅节假日安排。 "
              + "Holiday calendar for {} is MISSING: using weekends only, deadlines may be wrong! "
              + "Admin: enter the State Council holiday arrangement with PUT /api/calendar/{}.",
          year, year, year, year);
    }
  }

  /**
   * A period counted in calendar days (期间) whose last day, when it is not a working day (a statutory holiday or a
   * rest day), moves to the next working day: the day {@code days} calendar days after the day of {@code from}
   * (start day not counted, as {@link #addDays}), or the first working day after it ({@link #isWorkingDay}: a
   * make-up Saturday is one and stays); 23:59:59 Beijing time. 市场监督管理行政处罚程序规定, 期间、送达 chapter:
   * 期间届满的最后一日为法定节假日的，以法定节假日后的第一日为期间届满的日期; 民法典第二百零三条. Call it once on the
   * period's whole basis (start + every day of it, e.g. 90 + 30 + excluded days), never on a date already moved:
   * moving first and adding afterwards would count the days of the move twice.
   */
  public Date addDaysToWorkingDay(Date from, int days) {
    requireNotNegative(days);
    LocalDate start = localDate(from);
    LocalDate last = addWorkingDays(start.plusDays(days), 0);
    recordComputation(new DeadlineBasis(start, days, DeadlineUnit.CALENDAR_DAYS_TO_WORKING_DAY), last);
    return endOfDay(last);
  }
}
