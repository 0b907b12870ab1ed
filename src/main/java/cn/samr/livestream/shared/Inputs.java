package cn.samr.livestream.shared;

import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects field errors while checking an input, then throws them all at once. */
public final class Inputs {

  /** How far back a receipt time (收到时间) may lie: the years records are kept (DOMAIN.md §6). */
  public static final int RECEIVED_YEARS_BACK = 3;
  /** Grace for a receipt time ahead of the server's clock (clocks of other systems). */
  public static final int RECEIVED_MINUTES_AHEAD = 5;

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

  /** A time something came in (收到时间): not in the future, not more than {@link #RECEIVED_YEARS_BACK} years ago. */
  public Inputs requireReceivedAt(LocalDateTime receivedAt, String field, Clock clock) {
    LocalDateTime now = LocalDateTime.now(clock);
    require(!receivedAt.isAfter(now.plusMinutes(RECEIVED_MINUTES_AHEAD)), field, "收到时间不能晚于当前时间",
        "must not be in the future");
    return require(!receivedAt.isBefore(now.minusYears(RECEIVED_YEARS_BACK)), field,
        "收到时间不能早于" + RECEIVED_YEARS_BACK + "年前", "must not be more than " + RECEIVED_YEARS_BACK + " years ago");
  }

  /** Every Bean Validation violation as a field error, sorted by field. */
  public Inputs addAll(Collection<? extends ConstraintViolation<?>> violations, UnaryOperator<String> rename) {
    violations.stream().map(v -> new FieldError(rename.apply(field(v)), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field)).forEach(errors::add);
    return this;
  }

  /**
   * The field of a violation as the request names it: a list element by its index (subjects[0],
   * evidence[2]), an element of a set by the set (claims).
   */
  public static String field(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "").replace("[]", "");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** A form's enum value, or a field error naming the field. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    E read = enumOrNull(type, value);
    if (read == null) {
      throw new InvalidInputException(List.of(invalidValue(value, field)));
    }
    return read;
  }

  /** A form's date (YYYY-MM-DD; a longer timestamp is cut to its day), or a field error naming the field. */
  public static LocalDate date(String value, String field) {
    LocalDate read = dateOrNull(value);
    if (read == null) {
      throw new InvalidInputException(List.of(invalidDate(field)));
    }
    return read;
  }

  /**
   * As {@link #enumValue}, but an unreadable value is added here and read as null, so that the next
   * fields are read too. No exception is made on the way: the engine REST layers report the first
   * InvalidInputException made while serving a request (InputErrorCapture), which must be the one with
   * every field.
   */
  public <E extends Enum<E>> E readEnum(Class<E> type, String value, String field) {
    E read = enumOrNull(type, value);
    if (read == null) {
      add(invalidValue(value, field));
    }
    return read;
  }

  /** As {@link #date}, collecting the error instead of throwing it (see {@link #readEnum}). */
  public LocalDate readDate(String value, String field) {
    LocalDate read = dateOrNull(value);
    if (read == null) {
      add(invalidDate(field));
    }
    return read;
  }

  static FieldError invalidDate(String field) {
    return FieldError.of(field, "请填写日期（如2026-11-22）", "give a date such as 2026-11-22");
  }

  private static FieldError invalidValue(String value, String field) {
    return FieldError.of(field, "取值无效：" + value, "invalid value: " + value);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static LocalDate dateOrNull(String value) {
    try {
      String text = value == null ? "" : value.trim();
      return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The errors collected so far (an import reports them per line instead of throwing). */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
