package cn.samr.livestream.calendar;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test years of the holiday calendar: entered by a test through the API, removed again straight from the tables
 * (no version is ever deleted in production), so that the next test finds the year unknown.
 */
public final class TestCalendarYears {

  private TestCalendarYears() {
  }

  /**
   * A test arrangement for 2027, not the State Council's: New Year's Day, Spring Festival 5–14 February off,
   * Saturday 20 February worked. As the body of {@code PUT /api/calendar/2027}.
   */
  public static String springFestival2027() {
    StringBuilder days = new StringBuilder("{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true},");
    for (LocalDate day = LocalDate.of(2027, 2, 5); !day.isAfter(LocalDate.of(2027, 2, 14)); day = day.plusDays(1)) {
      days.append("{\"name\":\"春节\",\"date\":\"").append(day).append("\",\"isOffDay\":true},");
    }
    days.append("{\"name\":\"春节\",\"date\":\"2027-02-20\",\"isOffDay\":false}");
    return "{\"year\":2027,\"papers\":[\"测试用安排 test arrangement\"],\"days\":[" + days + "]}";
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
