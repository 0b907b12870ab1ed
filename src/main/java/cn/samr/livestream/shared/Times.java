package cn.samr.livestream.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** One zone for the whole system, and the engine's clock as the domain's clock. */
public final class Times {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Times() {
  }

  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZONE);
  }

  public static Date toDate(LocalDateTime time) {
    return time == null ? null : Date.from(time.atZone(ZONE).toInstant());
  }

  /**
   * The engine clock (ClockUtil) seen as a java.time Clock, so that domain timestamps and timers agree
   * when tests move the engine clock.
   */
  public static Clock engineClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZONE;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
      }

      @Override
      public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
      }
    };
  }
}
