package cn.samr.livestream.calendar;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Brings a year saved on another application node to this one. A save refreshes the calendar of the node that
 * stored it at once ({@link HolidayCalendars#save}); every other node keeps what it loaded. So, before the calendar
 * is read, at most once every {@code livestream.calendar.refresh-check-interval} (default 30 s), this asks the
 * database which versions are current ({@link CalendarStamp}: one row, one small table) and reloads them when that
 * changed. Checked on read rather than by a timer of its own: no thread to run, an idle node asks nothing, and a test
 * moves the clock instead of waiting.
 *
 * <p>The clock is the application's ({@code Clock} bean, the engine clock), so moving {@code ClockUtil} moves it. A
 * clock set back (tests, an operator) makes the next read check at once rather than wait for the old time to come
 * round again. The stamp is read before the days, so a save committed in between is caught at the next check, never
 * missed. A failed check keeps the calendar in use and is tried again after the interval.
 */
@Component
public class HolidayCalendarRefresh implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendarRefresh.class);

  private final HolidayCalendarMapper mapper;
  private final HolidayCalendars calendars;
  private final HolidayCalendarData data;
  private final Clock clock;
  private final long intervalMillis;
  // the clock's time of the last check; only the reader that moves it checks, the others read on meanwhile
  private final AtomicLong lastCheck = new AtomicLong();
  // what the last check found; null until then, so the first check reloads once
  private volatile CalendarStamp seen;

  public HolidayCalendarRefresh(HolidayCalendarMapper mapper, HolidayCalendars calendars, HolidayCalendarData data,
      Clock clock, @Value("${livestream.calendar.refresh-check-interval:PT30S}") Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("livestream.calendar.refresh-check-interval must not be negative: " + interval);
    }
    this.mapper = mapper;
    this.calendars = calendars;
    this.data = data;
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
  }

  /** Once the database is migrated and seeded: from now on every read of the calendar may check. */
  @Override
  public void afterSingletonsInstantiated() {
    lastCheck.set(clock.millis());
    data.beforeRead(this::checkIfDue);
  }

  /** Checks if the interval has passed since the last check (or the clock went back); else nothing. */
  void checkIfDue() {
    long now = clock.millis();
    long last = lastCheck.get();
    boolean due = now - last >= intervalMillis || now < last;
    if (due && lastCheck.compareAndSet(last, now)) {
      check();
    }
  }

  /**
   * Reloads the current versions if they changed since the last check.
   *
   * @return true if it reloaded
   */
  public boolean check() {
    try {
      CalendarStamp stamp = mapper.currentStamp();
      if (stamp.equals(seen)) {
        return false;
      }
      calendars.refresh();
      if (seen != null) {
        log.info("Holiday calendar changed in the database ({}), reloaded / 节假日日历已由其他节点更新，已重新加载", stamp);
      }
      seen = stamp;
      return true;
    } catch (DataAccessException e) {
      log.warn("Holiday calendar check failed, the calendar in use stays / 节假日日历检查失败，继续使用已加载的日历: {}",
          e.getMessage());
      return false;
    }
  }
}
