package cn.samr.livestream.notification;

import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and stores a user's own preferences (docs/handoffs-and-notifications.md §3.4). Input is checked whole before
 * anything is stored: a mainland mobile number of 11 digits (1, then 3–9, then 9 digits), quiet hours as HH:mm, known
 * event names; SMS on needs a mobile.
 */
@Service
public class NotificationPreferences {

  static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private final NotificationMapper mapper;
  private final Clock clock;

  public NotificationPreferences(NotificationMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** The user's preferences, the defaults when never stored. */
  public NotificationPreference of(String userId) {
    NotificationPreference stored = mapper.preference(userId);
    return stored == null ? NotificationPreference.defaults(userId) : stored;
  }

  /** What a user submits; null fields are errors. */
  public record Input(Boolean email, Boolean sms, String mobile, String quietFrom, String quietTo,
      List<String> disabledEvents) {
  }

  @Transactional
  public NotificationPreference save(String userId, Input input) {
    List<FieldError> errors = new ArrayList<>();
    if (input.email() == null) {
      errors.add(FieldError.of("email", "须填写（true 或 false）", "required (true or false)"));
    }
    if (input.sms() == null) {
      errors.add(FieldError.of("sms", "须填写（true 或 false）", "required (true or false)"));
    }
    String mobile = input.mobile() == null || input.mobile().isBlank() ? null : input.mobile().strip();
    if (mobile != null && !MOBILE.matcher(mobile).matches()) {
      errors.add(FieldError.of("mobile", "须为 11 位大陆手机号码（1 开头，第二位 3–9）",
          "must be an 11-digit mainland mobile number (1, then 3-9, then 9 digits)"));
    } else if (mobile == null && Boolean.TRUE.equals(input.sms())) {
      errors.add(FieldError.of("mobile", "开启短信须填写工作手机号", "SMS needs a work mobile number"));
    }
    LocalTime from = time("quietFrom", input.quietFrom(), errors);
    LocalTime to = time("quietTo", input.quietTo(), errors);
    Set<NotificationEvent> disabled = EnumSet.noneOf(NotificationEvent.class);
    for (String name : input.disabledEvents() == null ? List.<String>of() : input.disabledEvents()) {
      NotificationEvent event = Arrays.stream(NotificationEvent.values()).filter(e -> e.name().equals(name))
          .findFirst().orElse(null);
      if (event == null) {
        errors.add(FieldError.of("disabledEvents", "未知的通知事件：" + name + "（可选："
            + Arrays.toString(NotificationEvent.values()) + "）", "unknown event " + name));
      } else {
        disabled.add(event);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    NotificationPreference preference = NotificationPreference.defaults(userId);
    preference.setEmail(input.email());
    preference.setSms(input.sms());
    preference.setMobile(mobile);
    preference.setQuietFrom(from);
    preference.setQuietTo(to);
    preference.setDisabledEvents(disabled);
    preference.setUpdatedAt(LocalDateTime.now(clock));
    if (mapper.updatePreference(preference) == 0) {
      mapper.insertPreference(preference);
    }
    return preference;
  }

  private static LocalTime time(String field, String text, List<FieldError> errors) {
    if (text == null || !TIME.matcher(text).matches()) {
      errors.add(FieldError.of(field, "须为 HH:mm 格式的时刻，如 22:00", "must be a time HH:mm such as 22:00"));
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "须为 HH:mm 格式的时刻，如 22:00", "must be a time HH:mm such as 22:00"));
      return null;
    }
  }
}
