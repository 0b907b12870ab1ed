package cn.samr.livestream.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a Tasklist start form's fields from the starting execution into the request the REST intake
 * takes, so that a form start meets the same validation as the API. One reader for every start path:
 * text is trimmed and blank is absent, a checkbox is ticked only when true, and a choice outside its list
 * or an unreadable date becomes a field error naming the form field; {@link #throwIfAny()} then reports
 * every unreadable field at once (the start is rolled back and Tasklist shows the message).
 */
public final class StartFormReader {

  private final VariableScope form;
  private final Inputs inputs = new Inputs();

  public StartFormReader(VariableScope form) {
    this.form = form;
  }

  /** The field's text, trimmed; null when unset or blank. */
  public String text(String field) {
    Object value = form.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public String text(ProcessVariable<?> field) {
    return text(field.name());
  }

  /** A ticked checkbox; anything but true (unset included) is not ticked. */
  public boolean flag(String field) {
    return Boolean.TRUE.equals(form.getVariable(field));
  }

  /** A ticked checkbox of a typed field: its conversion applies (the text "true" is ticked too). */
  public boolean flag(ProcessVariable<Boolean> field) {
    return Boolean.TRUE.equals(field.get(form));
  }

  /** A select's value as its enum constant; null when unset, a field error when not one of them. */
  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String value = text(field);
    return value == null ? null : inputs.readEnum(type, value, field);
  }

  public <E extends Enum<E>> E choice(ProcessVariable<String> field, Class<E> type) {
    return choice(field.name(), type);
  }

  /** A date picker's day (YYYY-MM-DD; a longer timestamp is cut to its day). */
  public LocalDate date(String field) {
    String value = text(field);
    return value == null ? null : inputs.readDate(value, field);
  }

  public LocalDate date(ProcessVariable<String> field) {
    return date(field.name());
  }

  /**
   * A date picker's day as its start, or a full timestamp as sent by other clients (with an offset it is
   * converted to Beijing time).
   */
  public LocalDateTime dateTime(String field) {
    String value = text(field);
    if (value == null || value.length() == 10) {
      LocalDate day = date(field);
      return day == null ? null : day.atStartOfDay();
    }
    try {
      return value.contains("+") || value.endsWith("Z")
          ? OffsetDateTime.parse(value).atZoneSameInstant(Times.ZONE).toLocalDateTime()
          : LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      inputs.add(Inputs.invalidDate(field));
      return null;
    }
  }

  /** A number field (forms submit Long or Double) as a decimal; null when unset. */
  public BigDecimal decimal(String field) {
    return form.getVariable(field) instanceof Number n ? new BigDecimal(n.toString()) : null;
  }

  /** A text area's non-blank lines, trimmed; null when the field is unset or blank. */
  public List<String> lines(String field) {
    String value = text(field);
    return value == null ? null
        : Arrays.stream(value.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  /** A rule of the form itself (e.g. a required picker), told with the unreadable fields. */
  public StartFormReader require(boolean condition, String field, String chinese, String english) {
    inputs.require(condition, field, chinese, english);
    return this;
  }

  /** Throws every field error collected so far (InvalidInputException: 400 with the fields). */
  public void throwIfAny() {
    inputs.throwIfAny();
  }
}
