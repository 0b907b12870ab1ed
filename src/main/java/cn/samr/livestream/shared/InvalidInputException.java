package cn.samr.livestream.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a business rule. Answered as HTTP 400 by the API; thrown from a task listener it
 * aborts the task completion, rolls the transaction back and Tasklist shows the message.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
    InputErrorCapture.record(this);
  }

  public static InvalidInputException of(String field, String chinese, String english) {
    return new InvalidInputException(List.of(FieldError.of(field, chinese, english)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
