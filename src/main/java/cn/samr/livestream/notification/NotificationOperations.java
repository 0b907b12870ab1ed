package cn.samr.livestream.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox in the operations view (docs/operations.md): the health component {@code notifications} (rows by status;
 * FAILED rows are reported with what to do, but do not make the application DOWN — the work itself is not affected)
 * and the gauge {@code livestream.notifications{channel,status}} (rows of the whole cluster, read at most every
 * 10 s). Also switches on Spring's scheduling for the dispatcher's poll.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class NotificationOperations {

  static final Duration GAUGE_CACHE = Duration.ofSeconds(10);

  @Bean
  HealthIndicator notificationsHealthIndicator(NotificationMapper mapper, Notifications notifications) {
    return () -> {
      Map<String, Long> byStatus = new LinkedHashMap<>();
      for (NotificationStatus status : NotificationStatus.values()) {
        byStatus.put(status.name(), 0L);
      }
      mapper.countsByChannelAndStatus().forEach(c -> byStatus.merge(c.getStatus().name(), c.getRowCount(), Long::sum));
      Map<String, Boolean> channels = new LinkedHashMap<>();
      for (NotificationChannel channel : NotificationChannel.values()) {
        channels.put(channel.name(), notifications.available(channel));
      }
      Health.Builder health = Health.up().withDetail("byStatus", byStatus).withDetail("channels", channels);
      long failed = byStatus.get(NotificationStatus.FAILED.name());
      if (failed > 0) {
        health.withDetail("warning", failed + " 条通知投递失败：管理员以 GET /api/notifications/failed 查看，"
            + "POST /api/notifications/{id}/retry 重发 / " + failed + " notifications failed: see GET "
            + "/api/notifications/failed, resend with POST /api/notifications/{id}/retry");
      }
      return health.build();
    };
  }

  @Bean
  MeterBinder notificationMeters(NotificationMapper mapper) {
    CachedCounts counts = new CachedCounts(mapper);
    return registry -> {
      for (NotificationChannel channel : NotificationChannel.values()) {
        for (NotificationStatus status : NotificationStatus.values()) {
          Gauge.builder("livestream.notifications", counts, c -> c.get(channel, status))
              .description("notification rows by channel and status (whole cluster)")
              .tag("channel", channel.name()).tag("status", status.name()).register(registry);
        }
      }
    };
  }

  /** One GROUP BY for all 18 gauges of a scrape. */
  static final class CachedCounts {
    private final NotificationMapper mapper;
    private Map<NotificationChannel, Map<NotificationStatus, Long>> counts;
    private long readAt;

    CachedCounts(NotificationMapper mapper) {
      this.mapper = mapper;
    }

    synchronized double get(NotificationChannel channel, NotificationStatus status) {
      long now = System.nanoTime();
      if (counts == null || now - readAt > GAUGE_CACHE.toNanos()) {
        Map<NotificationChannel, Map<NotificationStatus, Long>> fresh = new EnumMap<>(NotificationChannel.class);
        mapper.countsByChannelAndStatus().forEach(c -> fresh.computeIfAbsent(c.getChannel(),
            k -> new EnumMap<>(NotificationStatus.class)).put(c.getStatus(), c.getRowCount()));
        counts = fresh;
        readAt = now;
      }
      return counts.getOrDefault(channel, Map.of()).getOrDefault(status, 0L);
    }
  }
}
