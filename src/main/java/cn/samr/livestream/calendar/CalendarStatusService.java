package cn.samr.livestream.calendar;

import cn.samr.livestream.organization.OrgUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;

/**
 * Whether the calendar knows next year, and the warning the Welcome page shows when it does not (issue 13). The
 * State Council publishes next year's holidays late in the year; from 1 November on, a missing next year is worth
 * a warning to the people who can do something about it: administrators, who enter it (PUT /api/calendar/{year}),
 * and heads (负责人), who answer for the deadlines of their unit. Officers are not warned: they cannot act on it.
 *
 * <p>Today is the application's clock (the engine clock, Beijing time), so tests move it with {@code ClockUtil}.
 */
@Service
public class CalendarStatusService {

  /** The first day of the year on which a missing next year is warned of. */
  public static final MonthDay WARN_FROM = MonthDay.of(11, 1);

  private final HolidayCalendarData data;
  private final Clock clock;

  public CalendarStatusService(HolidayCalendarData data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  /**
   * What the calendar knows today; {@code warning} is null unless today is on or after {@link #WARN_FROM}, next year
   * has no version, and the caller is an administrator or a head.
   */
  public record CalendarStatus(LocalDate today, List<Integer> years, int nextYear, boolean nextYearEntered,
      String warning) {
  }

  /** The status as seen by a caller in {@code callerGroups}. */
  public CalendarStatus status(Collection<String> callerGroups) {
    LocalDate today = LocalDate.now(clock);
    int nextYear = today.getYear() + 1;
    List<Integer> years = data.years().stream().sorted().toList();
    boolean nextYearEntered = years.contains(nextYear);
    boolean warn = !nextYearEntered && !MonthDay.from(today).isBefore(WARN_FROM) && isWarned(callerGroups);
    return new CalendarStatus(today, years, nextYear, nextYearEntered, warn ? warning(nextYear) : null);
  }

  /** Administrators (camunda-admin) and heads (any heads' group, e.g. district-310113-head, enforcement-corps-head). */
  static boolean isWarned(Collection<String> groups) {
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(OrgUnit::isHeadGroup);
  }

  static String warning(int year) {
    return year + " 年节假日安排尚未录入：伸入 " + year + " 年的期限暂按周末计算。请管理员在国务院办公厅公布后以 PUT /api/calendar/"
        + year + " 录入。 / The " + year + " holiday calendar has not been entered: deadlines reaching into " + year
        + " count weekends only for now. An administrator enters it with PUT /api/calendar/" + year
        + " once the State Council publishes it.";
  }
}
