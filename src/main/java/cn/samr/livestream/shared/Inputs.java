package cn.samr.livestream.shared;

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

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
