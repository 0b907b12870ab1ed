package cn.samr.livestream.platform;

import cn.samr.livestream.shared.ApiError;

/**
 * 409 on /platform-api: a number (clue, batch, report) sent before with other content, or sent by a concurrent call
 * that registered it first. A plain retry of what was sent is never a conflict: it gets the first answer again.
 */
public class PlatformConflict extends RuntimeException {

  private final transient ApiError error;

  PlatformConflict(String code, String chinese, String english) {
    super(english);
    this.error = ApiError.of(code, chinese, english);
  }

  public ApiError error() {
    return error;
  }

  static PlatformConflict otherContent(String number) {
    return new PlatformConflict("CONFLICT", "该编号已报送过，内容不同；新的内容请使用新的编号：" + number,
        "this number was sent before with other content; send new content under a new number: " + number);
  }

  static PlatformConflict concurrent(String number) {
    return new PlatformConflict("DUPLICATE", "同一编号正由另一个请求同时报送，未重复登记；请稍后重试以读取结果：" + number,
        "a concurrent request sent the same number; nothing was registered twice: retry to read its result: " + number);
  }

  static PlatformConflict alreadyConfirmed(String orderNo) {
    return new PlatformConflict("CONFLICT", "该指令已确认，内容不同；确认不能更改，如有补充请联系发出指令的单位：" + orderNo,
        "this order was confirmed before with other content; a confirmation cannot be changed: " + orderNo);
  }
}
