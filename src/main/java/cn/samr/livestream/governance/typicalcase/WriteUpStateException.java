package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.shared.ApiError;

/** A step asked of a write-up in the wrong state (withdrawing one not published): 409. */
public class WriteUpStateException extends RuntimeException {

  private final ApiError error;

  public WriteUpStateException(String chinese, String english) {
    super(english);
    this.error = ApiError.of("CONFLICT", chinese, english);
  }

  public ApiError error() {
    return error;
  }
}
