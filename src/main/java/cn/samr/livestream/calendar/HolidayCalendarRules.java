package cn.samr.livestream.calendar;

import cn.samr.livestream.shared.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a year's arrangement must satisfy before deadlines are computed from it, the same for an administrator's
 * entry and for the shipped files: every date in that year (or in December of the year before, where the New
 * Year holiday of the notice begins, as 2023's did on 2022-12-31), no day listed twice, none both off and on,
 * make-up working days (调休上班) only on Saturdays and Sundays.
 */
public final class HolidayCalendarRules {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  static final int MAX_DAYS = 120;
  static final int MAX_NAME = 20;
  static final int MAX_PAPERS = 10;
  static final int MAX_PAPER = 300;

  private HolidayCalendarRules() {
  }

  /** The field errors of {@code body} entered for {@code year}; empty if it may be stored. */
  public static List<FieldError> check(int year, HolidayYear body) {
    List<FieldError> errors = new ArrayList<>();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      errors.add(FieldError.of("year", "年份须在" + FIRST_YEAR + "至" + LAST_YEAR + "之间",
          "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR));
      return errors;
    }
    if (body == null) {
      errors.add(FieldError.of("days", "请提交该年的节假日安排", "send the year's holiday arrangement"));
      return errors;
    }
    if (body.year() == null) {
      errors.add(FieldError.of("year", "必须填写", "required"));
    } else if (body.year() != year) {
      errors.add(FieldError.of("year", "与地址中的年份" + year + "不一致", "does not match the year " + year
          + " of the address"));
    }
    checkPapers(body.papers(), errors);
    List<HolidayDay> days = body.days();
    if (days == null || days.isEmpty()) {
      errors.add(FieldError.of("days", "至少列出一天（放假或调休上班）", "list at least one day (off or make-up)"));
      return errors;
    }
    if (days.size() > MAX_DAYS) {
      errors.add(FieldError.of("days", "最多" + MAX_DAYS + "天", "at most " + MAX_DAYS + " days"));
      return errors;
    }
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (int i = 0; i < days.size(); i++) {
      checkDay(year, i, days.get(i), seen, days, errors);
    }
    return errors;
  }

  private static void checkDay(int year, int i, HolidayDay day, Map<LocalDate, Integer> seen, List<HolidayDay> days,
      List<FieldError> errors) {
    String field = "days[" + i + "]";
    if (day == null) {
      errors.add(FieldError.of(field, "不能为空", "must not be null"));
      return;
    }
    if (day.name() == null || day.name().isBlank()) {
      errors.add(FieldError.of(field + ".name", "必须填写节日名称", "name the holiday"));
    } else if (day.name().length() > MAX_NAME || day.name().codePoints().anyMatch(HolidayCalendarRules::control)) {
      errors.add(FieldError.of(field + ".name", "最多" + MAX_NAME + "个字，不含控制字符",
          "at most " + MAX_NAME + " characters, no control characters"));
    }
    if (day.isOffDay() == null) {
      errors.add(FieldError.of(field + ".isOffDay", "必须填写：true 放假，false 调休上班",
          "required: true for a day off, false for a make-up working day"));
    }
    LocalDate date = day.date();
    if (date == null) {
      errors.add(FieldError.of(field + ".date", "必须填写日期，如" + year + "-01-01", "give a date such as "
          + year + "-01-01"));
      return;
    }
    if (!belongsTo(year, date)) {
      errors.add(FieldError.of(field + ".date", date + "不属于" + year + "年（仅可含上一年12月的元旦调休）",
          date + " is not in " + year + " (only December of the year before may appear, for New Year)"));
    }
    Integer earlier = seen.putIfAbsent(date, i);
    if (earlier != null) {
      Boolean before = days.get(earlier).isOffDay();
      if (before != null && day.isOffDay() != null && !before.equals(day.isOffDay())) {
        errors.add(FieldError.of(field + ".date", date + "同时列为放假和调休上班（见 days[" + earlier + "]）",
            date + " is listed both as a day off and as a working day (see days[" + earlier + "])"));
      } else {
        errors.add(FieldError.of(field + ".date", date + "重复列出（见 days[" + earlier + "]）",
            date + " is listed twice (see days[" + earlier + "])"));
      }
    }
    if (Boolean.FALSE.equals(day.isOffDay()) && !weekend(date)) {
      errors.add(FieldError.of(field + ".isOffDay", date + "是工作日，调休上班日只能是周六或周日",
          date + " is a weekday: a make-up working day must be a Saturday or Sunday"));
    }
  }

  private static void checkPapers(List<String> papers, List<FieldError> errors) {
    if (papers == null) {
      return;
    }
    if (papers.size() > MAX_PAPERS) {
      errors.add(FieldError.of("papers", "最多" + MAX_PAPERS + "条", "at most " + MAX_PAPERS + " entries"));
      return;
    }
    for (int i = 0; i < papers.size(); i++) {
      String paper = papers.get(i);
      if (paper == null || paper.isBlank() || paper.length() > MAX_PAPER
          || paper.codePoints().anyMatch(HolidayCalendarRules::control)) {
        errors.add(FieldError.of("papers[" + i + "]", "须为不超过" + MAX_PAPER + "个字符的一行文字（通知的地址或文号）",
            "one line of at most " + MAX_PAPER + " characters (the notice's address or number)"));
      }
    }
  }

  static boolean belongsTo(int year, LocalDate date) {
    return date.getYear() == year || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  // control and bidirectional formatting characters (U+202E …): a name must show as it is stored
  private static boolean control(int c) {
    return Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
  }
}
