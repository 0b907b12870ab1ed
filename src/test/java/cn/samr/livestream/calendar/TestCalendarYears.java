package cn.samr.livestream.calendar;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test years of the holiday calendar: entered by a test through the API, removed again straight from the tables
 * (no version is ever deleted in production), so that the next test finds the year unknown.
 */
public final class TestCalendarYears {

  private TestCalendarYears() {
  }

  public static void remove(JdbcTemplate jdbc, HolidayCalendars calendars, int... years) {
    for (int year : years) {
      jdbc.update("DELETE FROM holiday_calendar_day WHERE calendar_id IN "
          + "(SELECT id FROM holiday_calendar WHERE calendar_year = ?)", year);
      jdbc.update("DELETE FROM holiday_calendar WHERE calendar_year = ?", year);
    }
    calendars.refresh();
  }
}
