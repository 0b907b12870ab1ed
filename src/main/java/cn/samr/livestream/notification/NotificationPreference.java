package cn.samr.livestream.notification;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One user's notification preferences (table notification_preference). Without a row the defaults hold: e-mail on,
 * SMS off, quiet hours 22:00–07:30, no event switched off. In-app messages cannot be switched off.
 */
public class NotificationPreference {

  public static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(22, 0);
  public static final LocalTime DEFAULT_QUIET_TO = LocalTime.of(7, 30);

  private String userId;
  private boolean email = true;
  private boolean sms;
  private String mobile;
  private LocalTime quietFrom = DEFAULT_QUIET_FROM;
  private LocalTime quietTo = DEFAULT_QUIET_TO;
  private String events;
  private LocalDateTime updatedAt;

  public static NotificationPreference defaults(String userId) {
    NotificationPreference preference = new NotificationPreference();
    preference.setUserId(userId);
    return preference;
  }

  /** The events switched off. */
  public Set<NotificationEvent> disabledEvents() {
    EnumSet<NotificationEvent> disabled = EnumSet.noneOf(NotificationEvent.class);
    if (events != null && !events.isBlank()) {
      Arrays.stream(events.split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .forEach(name -> Arrays.stream(NotificationEvent.values()).filter(e -> e.name().equals(name))
              .forEach(disabled::add));
    }
    return disabled;
  }

  public void setDisabledEvents(Set<NotificationEvent> disabled) {
    this.events = disabled == null || disabled.isEmpty() ? null
        : disabled.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  /** Whether the channel goes out for this event; in-app always does. */
  public boolean wants(NotificationChannel channel, NotificationEvent event) {
    return switch (channel) {
      case IN_APP -> true;
      case EMAIL -> email && !disabledEvents().contains(event);
      case SMS -> sms && mobile != null && !disabledEvents().contains(event);
    };
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public boolean isEmail() {
    return email;
  }

  public void setEmail(boolean email) {
    this.email = email;
  }

  public boolean isSms() {
    return sms;
  }

  public void setSms(boolean sms) {
    this.sms = sms;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public LocalTime getQuietFrom() {
    return quietFrom;
  }

  public void setQuietFrom(LocalTime quietFrom) {
    this.quietFrom = quietFrom;
  }

  public LocalTime getQuietTo() {
    return quietTo;
  }

  public void setQuietTo(LocalTime quietTo) {
    this.quietTo = quietTo;
  }

  public String getEvents() {
    return events;
  }

  public void setEvents(String events) {
    this.events = events;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(LocalDateTime updatedAt) {
    this.updatedAt = updatedAt;
  }
}
