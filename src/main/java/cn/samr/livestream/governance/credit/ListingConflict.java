package cn.samr.livestream.governance.credit;

import cn.samr.livestream.shared.ApiError;

/** The request meets a listing in another state (or one stored at the same moment): 409. */
public class ListingConflict extends RuntimeException {

  private final transient ApiError error;

  public ListingConflict(String chinese, String english) {
    super(english);
    this.error = ApiError.of("CONFLICT", chinese, english);
  }

  public ApiError error() {
    return error;
  }
}
