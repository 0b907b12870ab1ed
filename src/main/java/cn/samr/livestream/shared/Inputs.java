package cn.samr.livestream.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors while checking an input, then throws them all at once. */
public final class Inputs {

  private final List<FieldError> errors = new ArrayList<>();

  public Inputs require(boolean condition, String field, String chinese, String english) {
    if (!condition) {
      errors.add(FieldError.of(field, chinese, english));
    }
    return this;
  }

  public Inputs add(FieldError error) {
    errors.add(error);
    return this;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** A form's enum value, or a field error naming the field. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.of(field, "取值无效：" + value, "invalid value: " + value);
    }
  }

  /** A form's date (YYYY-MM-DD; a longer timestamp is cut to its day), or a field error naming the field. */
  public static LocalDate date(String value, String field) {
    try {
      String text = value == null ? "" : value.trim();
      return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "请填写日期（如2026-11-22）", "give a date such as 2026-11-22");
    }
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
