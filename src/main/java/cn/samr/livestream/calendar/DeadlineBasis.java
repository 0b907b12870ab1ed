package cn.samr.livestream.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a deadline is computed from: N days of a unit after a start day (the start day not counted), ending at
 * 23:59:59 Beijing time. Kept with every deadline the engine holds, so the deadline can be computed again from
 * it when the calendar changes, never guessed back from the date.
 */
public record DeadlineBasis(LocalDate startDay, int amount, DeadlineUnit unit) {

  public DeadlineBasis {
    Objects.requireNonNull(startDay, "startDay");
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("amount must be >= 0, was " + amount);
    }
  }

  /** The same period, {@code more} units longer (an excluded period, an extension). */
  public DeadlineBasis extendedBy(int more) {
    return new DeadlineBasis(startDay, amount + more, unit);
  }

  /** 「自2027年1月4日起45个工作日」. */
  public String describe() {
    return "自" + startDay.getYear() + "年" + startDay.getMonthValue() + "月" + startDay.getDayOfMonth() + "日起"
        + amount + unit.label();
  }
}
