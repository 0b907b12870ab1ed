package cn.samr.livestream.notification;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A recipient's quiet hours (免打扰): from {@code from} to {@code to}, across midnight when {@code from} is later
 * than {@code to}; none when the two are equal. E-mail and SMS due inside the window wait for its end.
 */
public record QuietHours(LocalTime from, LocalTime to) {

  /** {@code at} itself when outside the window, else the window's end. */
  public LocalDateTime postpone(LocalDateTime at) {
    if (from.equals(to)) {
      return at;
    }
    LocalTime time = at.toLocalTime();
    if (from.isBefore(to)) {
      return !time.isBefore(from) && time.isBefore(to) ? at.toLocalDate().atTime(to) : at;
    }
    if (!time.isBefore(from)) {
      return at.toLocalDate().plusDays(1).atTime(to);
    }
    return time.isBefore(to) ? at.toLocalDate().atTime(to) : at;
  }
}
