package cn.samr.livestream.calendar;

import cn.samr.livestream.shared.FieldError;
import cn.samr.livestream.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holiday calendars as data the bureau maintains (tables holiday_calendar, holiday_calendar_day): every saved
 * version of a year is kept with who entered it and when; the current one is what {@link WorkCalendar} counts with.
 *
 * <p>Seeding: at every start-up, each shipped file (calendar/holidays-cn/) whose year the database has no version
 * of is stored as version 1 by "system"; a year the database has is never touched again, so an administrator's
 * entry wins over the files. A loader rather than SQL in the migration: the files stay the one copy of the shipped
 * data, pass the same rules as an administrator's entry, and a year shipped by a later release is seeded on its
 * first start unless an administrator entered it first.
 */
@Service
public class HolidayCalendars implements SmartInitializingSingleton {

  public static final String SEEDED_BY = "system";

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendars.class);

  private final HolidayCalendarMapper mapper;
  private final HolidayCalendarData data;
  private final TransactionTemplate transaction;
  /** Outside the committed transaction: see {@link #save}. */
  private final TransactionTemplate outsideTransaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public HolidayCalendars(HolidayCalendarMapper mapper, HolidayCalendarData data,
      PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
    this.mapper = mapper;
    this.data = data;
    this.transaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.clock = clock;
    this.events = events;
  }

  /** A year's current version with its days, and every version of it, newest first. */
  public record Stored(CalendarVersion current, HolidayYear arrangement, List<CalendarVersion> history) {
  }

  /** Another save of the same year was stored first: this one is not (HTTP 409). */
  public static class ConcurrentSaveException extends RuntimeException {

    public ConcurrentSaveException(int year, Throwable cause) {
      super("holiday calendar " + year + " saved concurrently", cause);
    }
  }

  /** Runs once the engine is built and Flyway has migrated, before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    seedFromFiles();
    refresh();
  }

  /** Stores each shipped year the database has no version of. */
  void seedFromFiles() {
    for (HolidayYear file : data.shipped()) {
      List<FieldError> errors = HolidayCalendarRules.check(file.year(), file);
      if (!errors.isEmpty()) {
        throw new IllegalStateException("Broken holiday calendar / 节假日日历文件有误: " + file.year() + ".json: "
            + errors);
      }
      try {
        transaction.executeWithoutResult(status -> {
          if (mapper.latestVersion(file.year()) == null) {
            CalendarVersion stored = insert(file.year(), file, SEEDED_BY, CalendarVersion.Source.FILE, null);
            log.info("Holiday calendar {} seeded from calendar/holidays-cn/{}.json as version {}",
                file.year(), file.year(), stored.getVersionNo());
          }
        });
      } catch (ConcurrentSaveException e) {
        // another node (or an administrator) stored the year meanwhile: the database has it, which is all we want
        log.info("Holiday calendar {} was stored concurrently; not seeded from the file", file.year());
      }
    }
  }

  /**
   * Stores {@code arrangement} as the year's next version and makes it current. If {@code expectedVersion} is
   * given, only when that is still the current version. Once committed, {@link WorkCalendar} counts with it.
   *
   * @throws InvalidInputException with the field errors; nothing is stored
   * @throws ConcurrentSaveException when another save of the year came first; nothing is stored
   */
  public CalendarVersion save(int year, HolidayYear arrangement, String actor, Integer expectedVersion) {
    List<FieldError> errors = HolidayCalendarRules.check(year, arrangement);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CalendarVersion stored = transaction.execute(status -> {
      CalendarVersion version = insert(year, arrangement, actor, CalendarVersion.Source.API, expectedVersion);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          refresh();
          // the listeners (deadline recomputation) write in transactions of their own: work done here would
          // otherwise join the transaction just committed, whose before-commit callbacks have run already
          outsideTransaction.executeWithoutResult(
              none -> events.publishEvent(new HolidayCalendarSaved(year, version.getVersionNo(), actor)));
        }
      });
      return version;
    });
    log.info("Holiday calendar {} version {} entered by {}", year, stored.getVersionNo(), actor);
    return stored;
  }

  private CalendarVersion insert(int year, HolidayYear arrangement, String actor, CalendarVersion.Source source,
      Integer expectedVersion) {
    try {
      Integer latest = mapper.latestVersion(year);
      int current = latest == null ? 0 : latest;
      if (expectedVersion != null && expectedVersion != current) {
        throw new ConcurrentSaveException(year, null);
      }
      CalendarVersion version = new CalendarVersion();
      version.setCalendarYear(year);
      version.setVersionNo(current + 1);
      version.setPapers(arrangement.papers() == null || arrangement.papers().isEmpty() ? null
          : String.join("\n", arrangement.papers()));
      version.setEnteredBy(actor);
      version.setEnteredAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
      version.setSource(source);
      // the unique (year, version) decides between concurrent saves: the later insert fails, or waits and fails
      mapper.insertVersion(version);
      mapper.insertDays(version.getId(), arrangement.days());
      mapper.markCurrent(year, version.getVersionNo());
      version.setCurrentVersion(true);
      return version;
    } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
      throw new ConcurrentSaveException(year, raced);
    }
  }

  /** The year as stored, if any version of it is. */
  public Optional<Stored> find(int year) {
    List<CalendarVersion> versions = mapper.versions(year);
    return versions.stream().filter(CalendarVersion::isCurrentVersion).findFirst()
        .map(current -> new Stored(current, arrangement(current), versions));
  }

  /** Loads every year's current version into the calendar deadlines are computed with. */
  public void refresh() {
    Map<Integer, List<HolidayDay>> byYear = new LinkedHashMap<>();
    for (CalendarDayRow row : mapper.currentDays()) {
      byYear.computeIfAbsent(row.getCalendarYear(), y -> new ArrayList<>()).add(row.toDay());
    }
    data.replace(byYear.entrySet().stream()
        .map(e -> new HolidayYear(e.getKey(), List.of(), e.getValue())).toList());
  }

  private HolidayYear arrangement(CalendarVersion version) {
    List<String> papers = version.getPapers() == null ? List.of() : List.of(version.getPapers().split("\n"));
    return new HolidayYear(version.getCalendarYear(), papers,
        mapper.days(version.getId()).stream().map(CalendarDayRow::toDay).toList());
  }
}
