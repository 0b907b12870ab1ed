package cn.samr.livestream.notification.api;

import cn.samr.livestream.notification.Notification;
import cn.samr.livestream.notification.NotificationChannel;
import cn.samr.livestream.notification.NotificationEvent;
import cn.samr.livestream.notification.NotificationInbox;
import cn.samr.livestream.notification.NotificationPreference;
import cn.samr.livestream.notification.NotificationPreferences;
import cn.samr.livestream.notification.NotificationStatus;
import cn.samr.livestream.notification.Notifications;
import cn.samr.livestream.operations.OperationsRole;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications over HTTP (docs/tasklist.md 「通知」): every logged-in user's own in-app messages and preferences; the
 * failed deliveries for administrators ({@code camunda-admin}) and the operations group only. Pages of the webapps use
 * these with their session (reads) and CSRF token (writes): security.ApiAuthenticationProvider#WEBAPP_PAGE_APIS.
 * Answers carry no e-mail address; the mobile only in the user's own preferences.
 */
@RestController
public class NotificationController {

  static final int MAX_SIZE = 100;

  private final NotificationInbox inbox;
  private final NotificationPreferences preferences;
  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final OperationsRole operations;

  public NotificationController(NotificationInbox inbox, NotificationPreferences preferences,
      Notifications notifications, CurrentUser currentUser, OperationsRole operations) {
    this.inbox = inbox;
    this.preferences = preferences;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.operations = operations;
  }

  /** One in-app message. */
  public record MessageView(long id, NotificationEvent event, String eventLabel, String title, String body, String link,
      String refKind, String refId, LocalDateTime createdAt, boolean read) {

    static MessageView of(Notification n) {
      return new MessageView(n.getId(), n.getEvent(), n.getEvent().label(), n.getTitle(), n.getBody(), n.getLink(),
          n.getRefKind(), n.getRefId(), n.getCreatedAt(), n.getReadAt() != null);
    }
  }

  public record Page<T>(int page, int size, long total, List<T> items) {
  }

  @GetMapping("/api/notifications")
  public Page<MessageView> list(@RequestParam(required = false) String unread,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    boolean unreadOnly = flag("unread", unread);
    int p = number("page", page, 0, 0, 100_000);
    int s = number("size", size, 20, 1, MAX_SIZE);
    String user = currentUser.userId();
    return new Page<>(p, s, inbox.count(user, unreadOnly),
        inbox.inApp(user, unreadOnly, p, s).stream().map(MessageView::of).toList());
  }

  @GetMapping("/api/notifications/unread-count")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", inbox.count(currentUser.userId(), true));
  }

  @PostMapping("/api/notifications/{id}/read")
  public Map<String, Object> read(@PathVariable String id) {
    long n = id(id);
    if (!inbox.markRead(currentUser.userId(), n)) {
      throw notFound(id);
    }
    return Map.of("id", n, "read", true);
  }

  @PostMapping("/api/notifications/read-all")
  public Map<String, Integer> readAll() {
    return Map.of("marked", inbox.markAllRead(currentUser.userId()));
  }

  /** A failed delivery as administrators see it: the recipient's user id, never an address. */
  public record FailedView(long id, String recipient, NotificationEvent event, NotificationChannel channel,
      String title, int attempts, String lastError, LocalDateTime createdAt, LocalDateTime failedAt) {

    static FailedView of(Notification n) {
      return new FailedView(n.getId(), n.getRecipient(), n.getEvent(), n.getChannel(), n.getTitle(), n.getAttempts(),
          n.getLastError(), n.getCreatedAt(), n.getNextAttemptAt());
    }
  }

  @GetMapping("/api/notifications/failed")
  public Page<FailedView> failed(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    requireAdminOrOperations("READ");
    int p = number("page", page, 0, 0, 100_000);
    int s = number("size", size, 20, 1, MAX_SIZE);
    return new Page<>(p, s, inbox.countFailed(), inbox.failed(p, s).stream().map(FailedView::of).toList());
  }

  @PostMapping("/api/notifications/{id}/retry")
  public ResponseEntity<?> retry(@PathVariable String id) {
    requireAdminOrOperations("UPDATE");
    long n = id(id);
    Notification row = inbox.byId(n);
    if (row == null) {
      throw notFound(id);
    }
    if (!inbox.retry(n)) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("NOT_FAILED",
          "该通知未处于投递失败状态（" + row.getStatus() + "），无需重发", "the notification has not failed ("
              + row.getStatus() + "): nothing to resend"));
    }
    return ResponseEntity.ok(Map.of("id", n, "status", NotificationStatus.PENDING));
  }

  /** A user's own preferences, with which channels this installation offers. */
  public record PreferenceView(boolean inApp, boolean email, boolean sms, String mobile, String quietFrom,
      String quietTo, List<NotificationEvent> disabledEvents, boolean emailAvailable, boolean smsAvailable,
      List<EventView> events) {
  }

  public record EventView(NotificationEvent code, String label, List<NotificationChannel> channels) {
  }

  @GetMapping("/api/notification-preferences/me")
  public PreferenceView myPreferences() {
    return view(preferences.of(currentUser.userId()));
  }

  @PutMapping("/api/notification-preferences/me")
  public PreferenceView savePreferences(@RequestBody NotificationPreferences.Input input) {
    return view(preferences.save(currentUser.userId(), input));
  }

  private PreferenceView view(NotificationPreference p) {
    List<EventView> events = new ArrayList<>();
    Arrays.stream(NotificationEvent.values()).forEach(e -> events.add(new EventView(e, e.label(),
        List.copyOf(e.defaultChannels()))));
    return new PreferenceView(true, p.isEmail(), p.isSms(), p.getMobile(), p.getQuietFrom().toString(),
        p.getQuietTo().toString(), p.disabledEvents().stream().sorted().toList(),
        notifications.available(NotificationChannel.EMAIL), notifications.available(NotificationChannel.SMS), events);
  }

  private void requireAdminOrOperations(String permission) {
    // fail closed: administrators and the operations group only
    if (!currentUser.isMemberOf(Groups.CAMUNDA_ADMIN) && !operations.isHeldBy(currentUser.groupIds())) {
      throw new AuthorizationException(currentUser.userId(), permission, "Notification", "failed");
    }
  }

  private static long id(String text) {
    if (text == null || !text.matches("\\d{1,18}")) {
      throw notFound(text);
    }
    return Long.parseLong(text);
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("没有该通知", "no such notification");
  }

  private static boolean flag(String field, String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    if (!"true".equals(text) && !"false".equals(text)) {
      throw InvalidInputException.of(field, "须为 true 或 false", "must be true or false");
    }
    return Boolean.parseBoolean(text);
  }

  private static int number(String field, String text, int fallback, int min, int max) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
      throw new InvalidInputException(List.of(FieldError.of(field, "须为 " + min + "–" + max + " 之间的整数",
          "must be a whole number from " + min + " to " + max)));
    }
    return Integer.parseInt(text);
  }
}
