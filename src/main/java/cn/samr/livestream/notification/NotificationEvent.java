package cn.samr.livestream.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notification is about (docs/handoffs-and-notifications.md §3.1), with its Chinese label and the channels it
 * goes out on by default. A user's preferences switch e-mail and SMS off, per channel or per event; in-app messages
 * always arrive.
 */
public enum NotificationEvent {
  TASK_ASSIGNED_TO_ME("任务指派给我", EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL)),
  TASK_FOR_MY_UNIT("本单位新任务", EnumSet.of(NotificationChannel.IN_APP)),
  SUPERVISION_FOR_HEAD("督办", EnumSet.allOf(NotificationChannel.class)),
  DUE_SOON("任务即将到期", EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL)),
  OVERDUE("任务已超期", EnumSet.allOf(NotificationChannel.class)),
  MONTHLY_REPORT_REMINDER("月报提醒", EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL)),
  COPY_RECEIVED("抄送给我", EnumSet.of(NotificationChannel.IN_APP)),
  PLATFORM_SUBMISSION("平台报送", EnumSet.of(NotificationChannel.IN_APP));

  private final String label;
  private final Set<NotificationChannel> defaultChannels;

  NotificationEvent(String label, Set<NotificationChannel> defaultChannels) {
    this.label = label;
    this.defaultChannels = defaultChannels;
  }

  public String label() {
    return label;
  }

  public Set<NotificationChannel> defaultChannels() {
    return EnumSet.copyOf(defaultChannels);
  }
}
