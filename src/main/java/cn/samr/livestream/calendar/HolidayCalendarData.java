package cn.samr.livestream.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The State Council holiday arrangements (国务院办公厅节假日安排), one file per year in the format of
 * github.com/NateScarlet/holiday-cn. Only deviations from the Monday–Friday week are listed: isOffDay=true
 * is a day off (a holiday), isOffDay=false a make-up working day (调休上班).
 *
 * <p>The files are read at start-up (any broken file fails start-up, because wrong deadlines on legal time
 * limits are worse than no application) and are what the calendar knows until {@link HolidayCalendars} has
 * seeded the database from them and loaded the database's current versions, which win from then on. Every
 * later save of a year replaces the days known here at once ({@link #replace}), without a restart.
 */
@Component
public class HolidayCalendarData {

  public static final String LOCATION = "classpath*:calendar/holidays-cn/*.json";

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendarData.class);
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");
  // our own mapper: the application's one fails on unknown properties ($schema, papers, ...)
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<HolidayYear> shipped;
  // replaced whole, never changed: readers see one version of every year
  private volatile Known known;
  // runs before every read: HolidayCalendarRefresh brings in a year saved on another node; nothing outside Spring
  private volatile Runnable beforeRead = () -> { };

  private record Known(Map<LocalDate, Boolean> offDays, Set<Integer> years) {
  }

  /** Used by Spring: all files under {@value #LOCATION}. */
  public HolidayCalendarData() {
    this(resolve(LOCATION));
  }

  HolidayCalendarData(Resource[] files) {
    if (files.length == 0) {
      throw new IllegalStateException("No holiday calendar found at " + LOCATION
          + " / 未找到节假日日历文件");
    }
    Map<LocalDate, Boolean> days = new HashMap<>();
    Map<Integer, String> fileOfYear = new TreeMap<>();
    List<HolidayYear> read = new ArrayList<>();
    for (Resource file : files) {
      HolidayYear arrangement = readInto(file, days);
      read.add(arrangement);
      int year = arrangement.year();
      String previous = fileOfYear.put(year, file.getDescription());
      if (previous != null) {
        throw new IllegalStateException("Holiday calendar for " + year + " found twice: "
            + previous + " and " + file.getDescription());
      }
    }
    this.shipped = read.stream().sorted(Comparator.comparing(HolidayYear::year)).toList();
    this.known = new Known(Map.copyOf(days), Set.copyOf(fileOfYear.keySet()));
    log.info("Holiday calendars loaded for years {}", fileOfYear.keySet());
  }

  /** Loads the calendars shipped on the classpath; for tests and tools outside Spring. */
  public static HolidayCalendarData loadFromClasspath() {
    return new HolidayCalendarData();
  }

  /** true = official day off, false = make-up working day, null = not listed (ordinary day). */
  public Boolean offDay(LocalDate day) {
    beforeRead.run();
    return known.offDays().get(day);
  }

  /** Whether the State Council arrangement for this year is known. */
  public boolean covers(int year) {
    beforeRead.run();
    return known.years().contains(year);
  }

  public Set<Integer> years() {
    beforeRead.run();
    return known.years();
  }

  /** {@code check} runs before every read from now on (cheap: it decides itself whether to ask the database). */
  void beforeRead(Runnable check) {
    this.beforeRead = check;
  }

  /** The arrangements of the shipped files, by year: what the database is seeded from. */
  public List<HolidayYear> shipped() {
    return shipped;
  }

  /**
   * From now on the calendar knows these years' arrangements (the current version of each), and no other. A day
   * listed by two years (late December, by the following year's notice) takes the later year's entry.
   */
  public void replace(List<HolidayYear> arrangements) {
    Map<LocalDate, Boolean> days = new HashMap<>();
    Set<Integer> years = new TreeSet<>();
    arrangements.stream().sorted(Comparator.comparing(HolidayYear::year)).forEach(arrangement -> {
      years.add(arrangement.year());
      arrangement.days().forEach(day -> days.put(day.date(), day.isOffDay()));
    });
    known = new Known(Map.copyOf(days), Set.copyOf(years));
    log.info("Holiday calendars in use for years {}", years);
  }

  /** Reads one file into {@code days} and returns its arrangement. */
  private static HolidayYear readInto(Resource file, Map<LocalDate, Boolean> days) {
    String name = file.getDescription();
    Matcher fileName = FILE_NAME.matcher(String.valueOf(file.getFilename()));
    if (!fileName.matches()) {
      throw broken(name, "file name must be <year>.json", null);
    }
    int fileYear = Integer.parseInt(fileName.group(1));
    JsonNode root;
    try (InputStream in = file.getInputStream()) {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw broken(name, "not readable JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("year").isInt() || root.get("year").asInt() != fileYear) {
      throw broken(name, "\"year\" must be " + fileYear + " (the file name), found "
          + (root == null ? "an empty file" : root.get("year")), null);
    }
    if (!root.path("days").isArray()) {
      throw broken(name, "\"days\" array missing", null);
    }
    List<HolidayDay> listed = new ArrayList<>();
    for (JsonNode entry : root.get("days")) {
      LocalDate date;
      try {
        date = LocalDate.parse(entry.path("date").asText());
      } catch (DateTimeParseException e) {
        throw broken(name, "bad date in " + entry, e);
      }
      // the arrangement for a year may start in late December of the previous one (2023.json: 2022-12-31)
      if (Math.abs(date.getYear() - fileYear) > 1) {
        throw broken(name, "date " + date + " does not belong to " + fileYear, null);
      }
      if (!entry.path("isOffDay").isBoolean()) {
        throw broken(name, "\"isOffDay\" must be true or false in " + entry, null);
      }
      boolean off = entry.get("isOffDay").booleanValue();
      Boolean earlier = days.put(date, off);
      if (earlier != null && earlier != off) {
        throw broken(name, "contradicting entries for " + date, null);
      }
      listed.add(new HolidayDay(entry.path("name").asText(null), date, off));
    }
    List<String> papers = new ArrayList<>();
    root.path("papers").forEach(paper -> papers.add(paper.asText()));
    return new HolidayYear(fileYear, papers, listed);
  }

  private static IllegalStateException broken(String file, String problem, Exception cause) {
    return new IllegalStateException(
        "Broken holiday calendar / 节假日日历文件有误: " + file + ": " + problem, cause);
  }

  private static Resource[] resolve(String pattern) {
    try {
      return new PathMatchingResourcePatternResolver(HolidayCalendarData.class.getClassLoader())
          .getResources(pattern);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list holiday calendars at " + pattern, e);
    }
  }
}
