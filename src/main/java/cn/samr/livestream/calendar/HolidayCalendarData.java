package cn.samr.livestream.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * <p>Loaded once at start-up; any broken file fails start-up, because wrong deadlines on legal
 * time limits are worse than no application.
 */
@Component
public class HolidayCalendarData {

  public static final String LOCATION = "classpath*:calendar/holidays-cn/*.json";

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendarData.class);
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");
  // our own mapper: the application's one fails on unknown properties ($schema, papers, ...)
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<LocalDate, Boolean> offDays;
  private final Set<Integer> years;

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
    for (Resource file : files) {
      int year = readInto(file, days);
      String previous = fileOfYear.put(year, file.getDescription());
      if (previous != null) {
        throw new IllegalStateException("Holiday calendar for " + year + " found twice: "
            + previous + " and " + file.getDescription());
      }
    }
    this.offDays = Map.copyOf(days);
    this.years = Set.copyOf(fileOfYear.keySet());
    log.info("Holiday calendars loaded for years {}", fileOfYear.keySet());
  }

  /** Loads the calendars shipped on the classpath; for tests and tools outside Spring. */
  public static HolidayCalendarData loadFromClasspath() {
    return new HolidayCalendarData();
  }

  /** true = official day off, false = make-up working day, null = not listed (ordinary day). */
  public Boolean offDay(LocalDate day) {
    return offDays.get(day);
  }

  /** Whether the State Council arrangement for this year is known. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  public Set<Integer> years() {
    return years;
  }

  /** Reads one file into {@code days} and returns its year. */
  private static int readInto(Resource file, Map<LocalDate, Boolean> days) {
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
    }
    return fileYear;
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
