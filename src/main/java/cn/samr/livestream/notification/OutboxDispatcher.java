package cn.samr.livestream.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox (docs/handoffs-and-notifications.md §3.2): once right after a commit that wrote notifications
 * ({@link #nudge()}) and every {@code livestream.notification.poll-interval} (30 s). Each round claims a batch in one
 * UPDATE — PENDING rows due now, and SENDING rows whose claim expired (a node died mid-delivery) — with a token of its
 * own, so that of several nodes each row goes to one; the same SQL on H2 and MariaDB. In-app rows are simply SENT.
 * E-mail and SMS go through their {@link DeliveryChannel}: SENT, or retried after 1, 5, 15, 60 and 240 minutes and
 * FAILED at the 6th failure (at once when retrying cannot help); a row due in the recipient's quiet hours waits for
 * their end. Logs name the notification id only.
 */
@Component
public class OutboxDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  /** Minutes before the 2nd, 3rd, … 6th attempt. */
  static final int[] BACKOFF_MINUTES = {1, 5, 15, 60, 240};
  /** The attempt whose failure is final. */
  static final int MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;
  static final Duration CLAIM = Duration.ofMinutes(2);
  static final int BATCH = 50;

  private final NotificationMapper mapper;
  private final Clock clock;
  private final ObjectProvider<DeliveryChannel> channelBeans;
  private final boolean pollEnabled;
  private final MeterRegistry meters;
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
      new LinkedBlockingQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "notification-dispatch");
        thread.setDaemon(true);
        return thread;
      });
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile Map<NotificationChannel, DeliveryChannel> channels;

  public OutboxDispatcher(NotificationMapper mapper, Clock clock, ObjectProvider<DeliveryChannel> channels,
      @Value("${livestream.notification.poll-enabled:true}") boolean pollEnabled,
      ObjectProvider<MeterRegistry> meters) {
    this.mapper = mapper;
    this.clock = clock;
    this.channelBeans = channels;
    this.pollEnabled = pollEnabled;
    this.meters = meters.getIfAvailable();
  }

  /** Asks for a delivery round soon, on the dispatcher's own thread; rounds asked for meanwhile are one. */
  public void nudge() {
    if (queued.compareAndSet(false, true)) {
      executor.execute(() -> {
        queued.set(false);
        try {
          dispatchDue();
        } catch (RuntimeException e) {
          // the database may be down: the next poll tries again
          LOG.warn("通知投递轮次失败 / a notification delivery round failed: {}", e.getClass().getSimpleName());
        }
      });
    }
  }

  @Scheduled(initialDelayString = "${livestream.notification.poll-interval:PT30S}",
      fixedDelayString = "${livestream.notification.poll-interval:PT30S}")
  void poll() {
    if (pollEnabled) {
      nudge();
    }
  }

  /** Waits until the rounds asked for so far are done (tests: the after-commit delivery). */
  public void awaitIdle(Duration timeout) {
    try {
      executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("notification dispatcher still busy", e);
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /**
   * Delivers what is due now, batch after batch, on the calling thread.
   *
   * @return the rows claimed
   */
  public int dispatchDue() {
    int total = 0;
    while (true) {
      LocalDateTime now = LocalDateTime.now(clock);
      List<Long> ids = mapper.claimableIds(now, BATCH);
      if (ids.isEmpty()) {
        return total;
      }
      String token = UUID.randomUUID().toString();
      int claimed = mapper.claim(ids, token, now, now.plus(CLAIM));
      if (claimed > 0) {
        for (Notification row : mapper.claimedBy(token)) {
          deliver(row, token);
          total++;
        }
      }
      if (ids.size() < BATCH) {
        return total;
      }
    }
  }

  private void deliver(Notification row, String token) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (row.getChannel() == NotificationChannel.IN_APP) {
      mapper.markSent(row.getId(), token, now);
      count(row.getChannel(), NotificationStatus.SENT);
      return;
    }
    NotificationPreference preference = mapper.preference(row.getRecipient());
    QuietHours quiet = Notifications.quietHours(
        preference == null ? NotificationPreference.defaults(row.getRecipient()) : preference);
    LocalDateTime allowed = quiet.postpone(now);
    if (allowed.isAfter(now)) {
      mapper.reschedule(row.getId(), token, NotificationStatus.PENDING, row.getAttempts(), allowed,
          row.getLastError());
      LOG.debug("通知 {} 免打扰时段，推迟 / notification {} postponed for quiet hours", row.getId(), row.getId());
      return;
    }
    DeliveryChannel channel = channels().get(row.getChannel());
    try {
      if (channel == null) {
        throw new DeliveryChannel.DeliveryException(row.getChannel().label() + "渠道未开通 / the "
            + row.getChannel() + " channel is off", true);
      }
      channel.send(row);
      mapper.markSent(row.getId(), token, LocalDateTime.now(clock));
      count(row.getChannel(), NotificationStatus.SENT);
      LOG.debug("通知 {} 已发送 / notification {} sent", row.getId(), row.getId());
    } catch (DeliveryChannel.DeliveryException e) {
      failed(row, token, e, now, quiet);
    } catch (RuntimeException e) {
      failed(row, token, new DeliveryChannel.DeliveryException("发送出错 / sending failed: "
          + e.getClass().getSimpleName(), false), now, quiet);
    }
  }

  private void failed(Notification row, String token, DeliveryChannel.DeliveryException e, LocalDateTime now,
      QuietHours quiet) {
    int attempts = row.getAttempts() + 1;
    String error = NotificationTexts.cut(e.getMessage(), 500);
    if (e.isPermanent() || attempts >= MAX_ATTEMPTS) {
      mapper.reschedule(row.getId(), token, NotificationStatus.FAILED, attempts, now, error);
      count(row.getChannel(), NotificationStatus.FAILED);
      LOG.warn("通知 {} 投递失败，不再重试（第 {} 次）/ notification {} failed for good (attempt {})", row.getId(),
          attempts, row.getId(), attempts);
      return;
    }
    LocalDateTime next = quiet.postpone(now.plusMinutes(BACKOFF_MINUTES[attempts - 1]));
    mapper.reschedule(row.getId(), token, NotificationStatus.PENDING, attempts, next, error);
    count(row.getChannel(), NotificationStatus.PENDING);
    LOG.info("通知 {} 投递失败，{} 重试（第 {} 次）/ notification {} failed, retried at {} (attempt {})", row.getId(),
        next, attempts, row.getId(), next, attempts);
  }

  private Map<NotificationChannel, DeliveryChannel> channels() {
    Map<NotificationChannel, DeliveryChannel> known = channels;
    if (known == null) {
      known = new EnumMap<>(NotificationChannel.class);
      for (DeliveryChannel channel : channelBeans) {
        if (channel.enabled()) {
          known.put(channel.channel(), channel);
        }
      }
      channels = known;
    }
    return known;
  }

  /** Counter livestream.notifications.deliveries{channel,outcome}: SENT, FAILED, PENDING (a retry scheduled). */
  private void count(NotificationChannel channel, NotificationStatus outcome) {
    if (meters != null) {
      Counter.builder("livestream.notifications.deliveries").description("notification delivery attempts")
          .tag("channel", channel.name()).tag("outcome", outcome.name()).register(meters).increment();
    }
  }
}
