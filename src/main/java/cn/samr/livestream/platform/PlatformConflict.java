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

  static PlatformConflict alreadyAcknowledged(String letterNo) {
    return new PlatformConflict("CONFLICT", "该函件已确认收悉，内容不同；确认不能更改：" + letterNo,
        "this letter was acknowledged before with other content; an acknowledgement cannot be changed: " + letterNo);
  }

  static PlatformConflict noAcknowledgementAsked(String letterNo) {
    return new PlatformConflict("NOT_ACKNOWLEDGEABLE", "约谈通知只作通知，无须确认收悉：" + letterNo,
        "an interview notice only informs; it takes no acknowledgement: " + letterNo);
  }

  static PlatformConflict acknowledgementClosed(String letterNo) {
    return new PlatformConflict("ACKNOWLEDGEMENT_CLOSED", "确认收悉期限已过，已转由发函单位登记（纸面回执或逾期未确认），"
        + "请与发函单位联系；登记结果见该函件的 bureauRecord：" + letterNo,
        "the day to acknowledge has passed and the issuing unit records the receipt (paper or overdue); contact it; "
            + "its record shows as bureauRecord of the letter: " + letterNo);
  }

  static PlatformConflict alreadyReported(String commitmentNo) {
    return new PlatformConflict("CONFLICT", "该承诺已报告履行，内容不同；报告不能更改：" + commitmentNo,
        "this commitment was reported before with other content; a report cannot be changed: " + commitmentNo);
  }

  static PlatformConflict commitmentNotOpen(String commitmentNo) {
    return new PlatformConflict("COMMITMENT_CLOSED", "该承诺已不在等待履行报告（期限已届满或已核查），请与约谈单位联系："
        + commitmentNo, "this commitment no longer waits for a report (its deadline passed or it was checked): "
            + commitmentNo);
  }
}
