package cn.samr.livestream.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N calls per client in any 60 seconds (a sliding window, so no burst of 2N across a minute's edge). Kept
 * in this node's memory: with several nodes behind a balancer a client gets N per node, which the operator sizes.
 */
final class PlatformRateLimiter {

  static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final Map<String, Deque<Instant>> calls = new ConcurrentHashMap<>();

  PlatformRateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Counts a call; empty if allowed, else how long until the next is. */
  Optional<Duration> acquire(String clientId, int perMinute) {
    Instant now = clock.instant();
    Deque<Instant> recent = calls.computeIfAbsent(clientId, c -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
        recent.removeFirst();
      }
      if (recent.size() >= perMinute) {
        return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
      }
      recent.addLast(now);
      return Optional.empty();
    }
  }
}
