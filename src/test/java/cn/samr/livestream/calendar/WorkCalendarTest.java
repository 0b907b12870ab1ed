package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.junit.jupiter.api.Test;

/** Expected dates were worked out by hand from calendar/holidays-cn/2025.json and 2026.json. */
class WorkCalendarTest {

  private static final WorkCalendar calendar = new WorkCalendar(HolidayCalendarData.loadFromClasspath());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void makeUpSaturdayCountsOrdinarySaturdayAndWeekdayHolidayDoNot() {
    assertThat(calendar.isWorkingDay(d("2026-02-28"))).as("make-up Sat 春节").isTrue();
    assertThat(calendar.isWorkingDay(d("2026-02-14"))).as("make-up Sat 春节").isTrue();
    assertThat(calendar.isWorkingDay(d("2026-01-04"))).as("make-up Sun 元旦").isTrue();
    assertThat(calendar.isWorkingDay(d("2026-03-07"))).as("ordinary Sat").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-03-08"))).as("ordinary Sun").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-02-16"))).as("Mon in 春节").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-10-01"))).as("Thu 国庆节").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-03-03"))).as("ordinary Tue").isTrue();
  }

  @Test
  void springFestival2026() {
    // off Sun 02-15 .. Mon 02-23; make-up Sat 02-14 and Sat 02-28
    for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    // received Thu 02-12: 13(1) 14(2) 24(3) 25(4) 26(5) 27(6) 28(7)
    assertThat(calendar.addWorkingDays(d("2026-02-12"), 7)).isEqualTo(d("2026-02-28"));
    assertThat(calendar.addWorkingDays(d("2026-02-12"), 8)).isEqualTo(d("2026-03-02"));
    assertThat(calendar.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-14"));
    assertThat(calendar.addWorkingDays(d("2026-02-12"), 3)).isEqualTo(d("2026-02-24"));
    // received during the holiday: counting starts with the first working day after it
    assertThat(calendar.addWorkingDays(d("2026-02-18"), 1)).isEqualTo(d("2026-02-24"));
  }

  @Test
  void nationalDay2025() {
    // make-up Sun 09-28; off Wed 10-01 .. Wed 10-08; make-up Sat 10-11
    // received Thu 09-25: 26(1) 28(2) 29(3) 30(4) 10-09(5) 10(6) 11(7) 13(8)
    assertThat(calendar.addWorkingDays(d("2025-09-25"), 2)).isEqualTo(d("2025-09-28"));
    assertThat(calendar.addWorkingDays(d("2025-09-25"), 5)).isEqualTo(d("2025-10-09"));
    assertThat(calendar.addWorkingDays(d("2025-09-25"), 7)).isEqualTo(d("2025-10-11"));
    assertThat(calendar.addWorkingDays(d("2025-09-25"), 8)).isEqualTo(d("2025-10-13"));
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
  }

  @Test
  void zeroDaysIsTheDayItselfOrTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(d("2026-03-02"), 0)).isEqualTo(d("2026-03-02"));
    assertThat(calendar.addWorkingDays(d("2025-10-03"), 0)).isEqualTo(d("2025-10-09"));
    assertThat(calendar.addWorkingDays(d("2026-03-07"), 0)).isEqualTo(d("2026-03-09"));
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dateDeadlineIsEndOfDayInShanghaiWhateverTheJvmZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      // 2026-02-12 10:30 Beijing -> 7 working days -> 2026-02-28 23:59:59 Beijing
      Date received = Date.from(Instant.parse("2026-02-12T02:30:00Z"));
      assertThat(calendar.addWorkingDays(received, 7).toInstant())
          .isEqualTo(Instant.parse("2026-02-28T15:59:59Z"));
      // 2026-02-12 20:00 UTC is already 2026-02-13 04:00 in Beijing: received on the 13th
      // 14(1) 24(2) 25(3) 26(4) 27(5) 28(6) 03-02(7)
      Date lateEvening = Date.from(Instant.parse("2026-02-12T20:00:00Z"));
      assertThat(calendar.addWorkingDays(lateEvening, 7).toInstant())
          .isEqualTo(Instant.parse("2026-03-02T15:59:59Z"));
      // Date subclasses: java.sql.Date.toInstant() would throw
      assertThat(calendar.addWorkingDays(new java.sql.Timestamp(received.getTime()), 7).toInstant())
          .isEqualTo(Instant.parse("2026-02-28T15:59:59Z"));
      assertThat(calendar.addWorkingDays(new java.sql.Date(received.getTime()), 7).toInstant())
          .isEqualTo(Instant.parse("2026-02-28T15:59:59Z"));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void missingYearFallsBackToMondayToFriday() {
    // 2031 is not in the data: 01-01 (Wed, really 元旦) counts as a working day, the weekend does not
    assertThat(calendar.isWorkingDay(d("2031-01-01"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2031-01-04"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2031-01-05"))).isFalse();
    // Thu 01-02: Fri 03(1) Mon 06(2) Tue 07(3)
    assertThat(calendar.addWorkingDays(d("2031-01-02"), 3)).isEqualTo(d("2031-01-07"));
  }

  @Test
  void addDaysCountsCalendarDaysToEndOfDay() {
    Date opened = Date.from(Instant.parse("2026-01-10T02:00:00Z")); // 10:00 Beijing
    assertThat(calendar.addDays(opened, 90).toInstant()).isEqualTo(Instant.parse("2026-04-10T15:59:59Z"));
    assertThat(calendar.addDays(opened, 0).toInstant()).isEqualTo(Instant.parse("2026-01-10T15:59:59Z"));
    // across the Spring Festival, holidays do not matter
    Date received = Date.from(Instant.parse("2026-02-12T02:30:00Z"));
    assertThat(calendar.addDays(received, 7).toInstant()).isEqualTo(Instant.parse("2026-02-19T15:59:59Z"));
  }

  /** Beijing 10:00 of {@code iso}, as the engine hands it over. */
  private static Date at10(String iso) {
    return Date.from(Instant.parse(iso + "T02:00:00Z"));
  }

  /** 23:59:59 Beijing of {@code iso}. */
  private static Instant endOf(String iso) {
    return Instant.parse(iso + "T15:59:59Z");
  }

  @Test
  void aCalendarDayPeriodEndingOnAHolidayOrRestDayEndsOnTheNextWorkingDay() {
    // Wed 2026-09-30 + 3: 10-01(1) 10-02(2) 10-03(3) in National Day (off 10-01..10-07) -> Thu 10-08
    assertThat(calendar.addDaysToWorkingDay(at10("2026-09-30"), 3).toInstant()).isEqualTo(endOf("2026-10-08"));
    // Thu 2026-03-05 + 3 = Sun 03-08 -> Mon 03-09
    assertThat(calendar.addDaysToWorkingDay(at10("2026-03-05"), 3).toInstant()).isEqualTo(endOf("2026-03-09"));
    // Sat 03-07 (ordinary rest day) -> Mon 03-09
    assertThat(calendar.addDaysToWorkingDay(at10("2026-03-05"), 2).toInstant()).isEqualTo(endOf("2026-03-09"));
    // Wed 2026-10-07 + 3 = Sat 10-10, a make-up working day of National Day: it stays
    assertThat(calendar.addDaysToWorkingDay(at10("2026-10-07"), 3).toInstant()).isEqualTo(endOf("2026-10-10"));
    // Thu 2026-09-17 + 3 = Sun 09-20, a make-up working day: it stays
    assertThat(calendar.addDaysToWorkingDay(at10("2026-09-17"), 3).toInstant()).isEqualTo(endOf("2026-09-20"));
    // an ordinary working day is the last day itself, as addDays: Mon 03-02 + 3 = Thu 03-05
    assertThat(calendar.addDaysToWorkingDay(at10("2026-03-02"), 3).toInstant()).isEqualTo(endOf("2026-03-05"));
    assertThat(calendar.addDaysToWorkingDay(at10("2026-03-02"), 3)).isEqualTo(calendar.addDays(at10("2026-03-02"), 3));
    // Spring Festival: Thu 2026-02-12 + 7 = Thu 02-19 (off 02-15..02-23) -> Tue 02-24
    assertThat(calendar.addDaysToWorkingDay(at10("2026-02-12"), 7).toInstant()).isEqualTo(endOf("2026-02-24"));
    // 0 days on a holiday: the first working day after it
    assertThat(calendar.addDaysToWorkingDay(at10("2026-10-03"), 0).toInstant()).isEqualTo(endOf("2026-10-08"));
    assertThatThrownBy(() -> calendar.addDaysToWorkingDay(at10("2026-03-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNinetyDaysOfACaseAndItsExtensionAreMovedOnceFromTheirBasis() {
    Date filed = at10("2026-07-03"); // Fri
    // Jul 4..31 = 28, Aug = 59, Sep = 89, Oct 1 = 90: National Day -> Thu 10-08
    assertThat(calendar.addDays(filed, 90).toInstant()).as("old rule").isEqualTo(endOf("2026-10-01"));
    assertThat(calendar.addDaysToWorkingDay(filed, 90).toInstant()).isEqualTo(endOf("2026-10-08"));
    // 90 + 30 = 120 days: Oct 31 is a Saturday -> Mon 11-02
    assertThat(calendar.addDaysToWorkingDay(filed, 120).toInstant()).isEqualTo(endOf("2026-11-02"));
    // adding the 30 days to the already moved 10-08 would give Sat 11-07 -> Mon 11-09: one week too late
    assertThat(calendar.addDaysToWorkingDay(calendar.addDaysToWorkingDay(filed, 90), 30).toInstant())
        .isEqualTo(endOf("2026-11-09"));
  }

  @Test
  void periodDeadlineIsEndOfDayInShanghaiWhateverTheJvmZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      // 2026-09-29 20:00 UTC is already Wed 09-30 04:00 in Beijing: + 3 -> 10-03 -> 10-08
      Date reported = Date.from(Instant.parse("2026-09-29T20:00:00Z"));
      assertThat(calendar.addDaysToWorkingDay(reported, 3).toInstant()).isEqualTo(endOf("2026-10-08"));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void workingDaysBetween() {
    assertThat(calendar.workingDaysBetween(d("2026-02-12"), d("2026-02-28"))).isEqualTo(7);
    assertThat(calendar.workingDaysBetween(d("2025-09-25"), d("2025-10-13"))).isEqualTo(8);
    assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2026-03-09"), d("2026-03-02"))).isZero();
    // across the year boundary: Wed 2025-12-31(1), 2026-01-01..03 off, Sun 01-04 make-up (2), Mon 01-05 (3)
    assertThat(calendar.workingDaysBetween(d("2025-12-30"), d("2026-01-05"))).isEqualTo(3);
  }

  @Test
  void formatDeadline() {
    assertThat(calendar.formatDeadline(Date.from(Instant.parse("2026-12-01T15:59:59Z"))))
        .isEqualTo("2026年12月1日（星期二）");
    assertThat(calendar.formatDeadline(Date.from(Instant.parse("2026-02-28T15:59:59Z"))))
        .isEqualTo("2026年2月28日（星期六）");
    // 16:30 UTC is already the next day in Beijing
    assertThat(calendar.formatDeadline(Date.from(Instant.parse("2026-12-01T16:30:00Z"))))
        .isEqualTo("2026年12月2日（星期三）");
  }

  @Test
  void bpmnExpressionPicksTheDateOverload() {
    ExpressionFactory factory = new ExpressionFactoryImpl();
    SimpleContext context = new SimpleContext();
    context.setVariable("workCalendar", factory.createValueExpression(calendar, WorkCalendar.class));
    context.setVariable("receivedAt",
        factory.createValueExpression(Date.from(Instant.parse("2026-02-12T02:30:00Z")), Date.class));
    Object deadline = factory
        .createValueExpression(context, "${workCalendar.addWorkingDays(receivedAt, 7)}", Object.class)
        .getValue(context);
    assertThat(deadline).isInstanceOf(Date.class);
    assertThat(((Date) deadline).toInstant()).isEqualTo(Instant.parse("2026-02-28T15:59:59Z"));
  }
}
