package cn.samr.livestream.notification;

/**
 * The shapes of the texts (docs/handoffs-and-notifications.md §3.3): titles at most 40 characters, bodies at most 200,
 * an SMS at most 70; in Chinese. The callers' texts name a task, a record number, a deadline and a link only — no
 * complainant or reporter.
 */
public final class NotificationTexts {

  public static final int MAX_TITLE = 40;
  public static final int MAX_BODY = 200;
  static final String SMS_SIGNATURE = "【直播监管】";

  private NotificationTexts() {
  }

  /** At most {@code max} characters, cut with an ellipsis. */
  public static String cut(String text, int max) {
    if (text == null) {
      return "";
    }
    String trimmed = text.strip();
    return trimmed.codePointCount(0, trimmed.length()) <= max ? trimmed
        : trimmed.substring(0, trimmed.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** The e-mail's text: the body, the link, and why the recipient gets it. */
  static String mailBody(Notification n) {
    StringBuilder text = new StringBuilder(n.getBody());
    if (n.getLink() != null && !n.getLink().isBlank()) {
      text.append("\n\n链接：").append(n.getLink());
    }
    text.append("\n\n—— 网络直播营销监管工作流（").append(n.getEvent().label())
        .append("）。本邮件由系统发送，请勿回复；通知设置见任务列表导航栏「通知设置」。");
    return text.toString();
  }

  /** One text message: signature, title and as much of the body as fits in 70 characters. */
  static String smsText(Notification n) {
    return cut(SMS_SIGNATURE + n.getTitle() + "：" + n.getBody(), SmsGatewayChannel.MAX_TEXT);
  }
}
