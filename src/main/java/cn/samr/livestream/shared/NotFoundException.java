package cn.samr.livestream.shared;

public class NotFoundException extends RuntimeException {

  private final transient ApiError error;

  public NotFoundException(String chinese, String english) {
    super(english);
    this.error = ApiError.of("NOT_FOUND", chinese, english);
  }

  public ApiError error() {
    return error;
  }
}
