package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A year saved on another application node reaches this one within the check interval, without a restart: the other
 * node is a second {@link HolidayCalendars} over the same database with a calendar of its own, saving as the real
 * one does, so this node's cache learns of it only from the database. Time is the engine clock, moved, never waited
 * for. Year 2036 is used by no other test; it is removed again after each test.
 */
@IntegrationTest
class HolidayCalendarRefreshTest {

  static final int YEAR = 2036;
  // Tuesday 1 January 2036 and Saturday 5 January 2036
  static final LocalDate NEW_YEAR = LocalDate.of(YEAR, 1, 1);
  static final LocalDate SATURDAY = LocalDate.of(YEAR, 1, 5);
  static final LocalDate FRIDAY = LocalDate.of(YEAR, 1, 4);
  static final LocalDateTime T0 = LocalDateTime.of(2035, 11, 20, 10, 0);

  @Autowired WorkCalendar workCalendar;
  @Autowired HolidayCalendars calendars;
  @Autowired HolidayCalendarMapper mapper;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Value("${livestream.calendar.refresh-check-interval}") Duration interval;

  HolidayCalendars otherNode;

  @BeforeEach
  void otherNodeAndClock() {
    removeYear();
    // another node: its own cache, and its events stay on that node (its recomputation is not this one's)
    otherNode = new HolidayCalendars(mapper, HolidayCalendarData.loadFromClasspath(), transactionManager, clock,
        event -> { });
    setClock(T0);
    // a read at T0 checks (the clock went back from now), so the interval counts from T0
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).as("2036 is not entered: weekends only").isTrue();
  }

  @AfterEach
  void resetClockAndRemoveYear() {
    ClockUtil.reset();
    removeYear();
  }

  @Test
  void aYearSavedOnAnotherNodeCountsHereOnceTheCheckIntervalHasPassed() {
    assertThat(interval).isEqualTo(Duration.ofSeconds(30));
    otherNode.save(YEAR, arrangement(day("元旦", NEW_YEAR, true)), "other-node-admin", null);

    // before the interval: this node still counts with what it loaded
    setClock(T0.plus(interval).minusSeconds(1));
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).isTrue();
    assertThat(workCalendar.addWorkingDays(LocalDate.of(2035, 12, 31), 1)).isEqualTo(NEW_YEAR);

    // once it has passed, the next read checks, finds a new current version and reloads
    setClock(T0.plus(interval));
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).isFalse();
    assertThat(workCalendar.addWorkingDays(LocalDate.of(2035, 12, 31), 1)).isEqualTo("2036-01-02");
  }

  @Test
  void aCorrectionSavedOnAnotherNodeReplacesTheDaysHere() {
    otherNode.save(YEAR, arrangement(day("元旦", NEW_YEAR, true)), "other-node-admin", null);
    setClock(T0.plus(interval));
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).isFalse();
    assertThat(workCalendar.isWorkingDay(SATURDAY)).isFalse();

    // version 2: New Year's Day moved to the Friday, Saturday the 5th worked instead
    otherNode.save(YEAR, arrangement(day("元旦", FRIDAY, true), day("元旦", SATURDAY, false)), "other-node-admin", 1);
    setClock(T0.plus(interval).plus(interval));
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).isTrue();
    assertThat(workCalendar.isWorkingDay(FRIDAY)).isFalse();
    assertThat(workCalendar.isWorkingDay(SATURDAY)).isTrue();
    assertThat(calendars.find(YEAR).orElseThrow().current().getVersionNo()).isEqualTo(2);
  }

  @Test
  void aClockSetBackChecksAtOnce() {
    otherNode.save(YEAR, arrangement(day("元旦", NEW_YEAR, true)), "other-node-admin", null);
    // earlier than the last check: the old check time would otherwise hold off checks until it came round again
    setClock(T0.minusDays(1));
    assertThat(workCalendar.isWorkingDay(NEW_YEAR)).isFalse();
  }

  @Test
  void withoutAChangeNothingIsReloaded(@Autowired HolidayCalendarRefresh refresh) {
    setClock(T0.plus(interval));
    assertThat(refresh.check()).as("nothing changed since the check at T0").isFalse();
    otherNode.save(YEAR, arrangement(day("元旦", NEW_YEAR, true)), "other-node-admin", null);
    assertThat(refresh.check()).isTrue();
    assertThat(refresh.check()).isFalse();
  }

  private void removeYear() {
    jdbc.update("DELETE FROM holiday_calendar_day WHERE calendar_id IN "
        + "(SELECT id FROM holiday_calendar WHERE calendar_year = ?)", YEAR);
    jdbc.update("DELETE FROM holiday_calendar WHERE calendar_year = ?", YEAR);
    calendars.refresh();
  }

  private static HolidayYear arrangement(HolidayDay... days) {
    return new HolidayYear(YEAR, List.of("测试用安排 test arrangement"), List.of(days));
  }

  private static HolidayDay day(String name, LocalDate date, boolean off) {
    return new HolidayDay(name, date, off);
  }

  static void setClock(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(Times.ZONE).toInstant()));
  }
}
