package cn.samr.livestream.shared;

/** One rejected input field; the message carries Chinese and English. */
public record FieldError(String field, String message) {

  public static FieldError of(String field, String chinese, String english) {
    return new FieldError(field, chinese + " / " + english);
  }
}
