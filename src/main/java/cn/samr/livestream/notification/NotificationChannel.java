package cn.samr.livestream.notification;

/** Where a notification goes: the in-app list, an e-mail, a text message through the SMS gateway. */
public enum NotificationChannel {
  IN_APP("站内"),
  EMAIL("邮件"),
  SMS("短信");

  private final String label;

  NotificationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
