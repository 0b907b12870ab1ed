package cn.samr.livestream.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N calls per client in any 60 seconds (a sliding window, so no burst of 2N across a minute's edge), counted
 * across the nodes: every answered call is in the shared audit table (platform_call_log, indexed by client and time),
 * so a client behind a balancer gets N in all, not N per node. This node's own calls are also kept in memory, which
 * covers those still running; calls still running on other nodes are the only ones a burst can slip past.
 */
final class PlatformRateLimiter {

  static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final PlatformMapper mapper;
  private final Map<String, Deque<Instant>> calls = new ConcurrentHashMap<>();

  PlatformRateLimiter(Clock clock, PlatformMapper mapper) {
    this.clock = clock;
    this.mapper = mapper;
  }

  /** Counts a call; empty if allowed, else how long until the next is. */
  Optional<Duration> acquire(String clientId, int perMinute) {
    LocalDateTime since = LocalDateTime.now(clock).minus(WINDOW);
    PlatformRecords.CallWindow answered = mapper.countAnsweredCalls(clientId, since);
    if (answered.count >= perMinute) {
      Duration wait = Duration.between(LocalDateTime.now(clock), answered.oldest.plus(WINDOW));
      // the stored time may be rounded to the second: never more than the window, never negative
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(WINDOW) > 0 ? WINDOW : wait);
    }
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
