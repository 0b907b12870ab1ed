package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-up the tests of a calendar change share: 2027 unknown before each test and after the class (the deadlines
 * counted into it are provisional, weekends only), an administrator who enters {@link
 * TestCalendarYears#springFestival2027()} through {@code PUT /api/calendar/2027}, and the engine clock. A test class
 * extends it and is itself an {@code @IntegrationTest @Officers @TestInstance(PER_CLASS)}.
 */
public abstract class CalendarChangeFixture {

  @Autowired protected TestRestTemplate http;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected HolidayCalendars calendars;
  @Autowired protected DeadlineLedger ledger;

  protected String admin;

  @BeforeAll
  void createAdministrator(TestUsers users) {
    admin = users.create(getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-admin", "camunda-admin");
  }

  @BeforeEach
  @AfterAll
  void without2027() {
    TestCalendarYears.remove(jdbc, calendars, 2027);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The administrator enters the test arrangement of 2027 at {@code time}; the open deadlines are recomputed. */
  protected void enter2027(LocalDateTime time) {
    at(time);
    ResponseEntity<String> saved = TestHttp.send(http, admin, HttpMethod.PUT, "/api/calendar/{year}",
        TestCalendarYears.springFestival2027(), 2027);
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Whether the ledger holds the deadline of this task or timer as provisional (it must hold one). */
  protected boolean provisional(Deadline.TargetKind kind, String targetId) {
    return ledger.of(kind, targetId).orElseThrow(() -> new AssertionError("no deadline recorded for " + kind + " "
        + targetId)).isProvisional();
  }

  /** Sets the engine clock (and with it the application's Clock) to {@code time}, Beijing time. */
  protected static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }

  /** A deadline on {@code day}: 23:59:59 Beijing time. */
  protected static Date endOf(LocalDate day) {
    return WorkCalendar.endOfDay(day);
  }

  /** A deadline on {@code day} as the records store it. */
  protected static LocalDateTime endOfDay(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59));
  }
}
