package cn.samr.livestream.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** A user's in-app messages, and the administrators' view of failed deliveries. */
@Service
public class NotificationInbox {

  private final NotificationMapper mapper;
  private final Clock clock;
  private final OutboxDispatcher dispatcher;

  public NotificationInbox(NotificationMapper mapper, Clock clock, OutboxDispatcher dispatcher) {
    this.mapper = mapper;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  public List<Notification> inApp(String user, boolean unreadOnly, int page, int size) {
    return mapper.inApp(user, unreadOnly, page * size, size);
  }

  public long count(String user, boolean unreadOnly) {
    return mapper.countInApp(user, unreadOnly);
  }

  /** Marks the user's in-app message read; false when there is no such message of theirs. */
  public boolean markRead(String user, long id) {
    if (mapper.markRead(id, user, LocalDateTime.now(clock)) == 1) {
      return true;
    }
    return mapper.isInAppOf(id, user);
  }

  public int markAllRead(String user) {
    return mapper.markAllRead(user, LocalDateTime.now(clock));
  }

  public List<Notification> failed(int page, int size) {
    return mapper.failed(page * size, size);
  }

  public long countFailed() {
    return mapper.countFailed();
  }

  public Notification byId(long id) {
    return mapper.byId(id);
  }

  /** A FAILED row due again now, with its attempts from zero; false when the row is not FAILED. */
  public boolean retry(long id) {
    if (mapper.retry(id, LocalDateTime.now(clock)) == 0) {
      return false;
    }
    dispatcher.nudge();
    return true;
  }
}
