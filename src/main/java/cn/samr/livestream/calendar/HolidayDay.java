package cn.samr.livestream.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One day of a holiday arrangement as the holiday-cn files write it: {@code isOffDay} true a day off (放假),
 * false a make-up working day (调休上班). Boxed so that a missing value is a field error, not false.
 */
public record HolidayDay(String name, LocalDate date, @JsonProperty("isOffDay") Boolean isOffDay) {
}
