package cn.samr.livestream.calendar.api;

import cn.samr.livestream.calendar.CalendarVersion;
import cn.samr.livestream.calendar.HolidayCalendarRules;
import cn.samr.livestream.calendar.HolidayCalendars;
import cn.samr.livestream.calendar.HolidayYear;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday calendar of a year: GET /api/calendar/{year} (any logged-in user) answers its current version and
 * every version with who entered it and when; PUT /api/calendar/{year} (administrators, camunda-admin) stores a new
 * version, in the JSON of the shipped files, and deadlines computed from then on count with it. An optional
 * {@code If-Match: "<version>"} stores only if that is still the current version.
 */
@RestController
@RequestMapping("/api/calendar")
public class HolidayCalendarController {

  private final HolidayCalendars calendars;
  private final CurrentUser currentUser;

  public HolidayCalendarController(HolidayCalendars calendars, CurrentUser currentUser) {
    this.calendars = calendars;
    this.currentUser = currentUser;
  }

  /** A year as answered: its current arrangement (the file format) and its versions, newest first. */
  public record CalendarView(int year, int version, HolidayYear current, List<VersionView> history) {
  }

  /** One version: who entered it, when (Beijing time), from where (FILE: seeded from the shipped file). */
  public record VersionView(int version, boolean current, String enteredBy, LocalDateTime enteredAt,
      CalendarVersion.Source source) {

    static VersionView of(CalendarVersion v) {
      return new VersionView(v.getVersionNo(), v.isCurrentVersion(), v.getEnteredBy(), v.getEnteredAt(),
          v.getSource());
    }
  }

  @GetMapping("/{year}")
  public CalendarView show(@PathVariable String year) {
    int y = year(year);
    return view(y);
  }

  @PutMapping("/{year}")
  public CalendarView save(@PathVariable String year, @RequestBody HolidayYear arrangement,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    // fail closed: only administrators change what every deadline is counted with
    if (!currentUser.isMemberOf(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException(currentUser.userId(), "UPDATE", "HolidayCalendar", year);
    }
    int y = year(year);
    calendars.save(y, arrangement, currentUser.userId(), expectedVersion(ifMatch));
    return view(y);
  }

  @ExceptionHandler(HolidayCalendars.ConcurrentSaveException.class)
  ResponseEntity<ApiError> concurrent(HolidayCalendars.ConcurrentSaveException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("CONFLICT",
        "该年日历刚被他人保存为新版本，未保存；请重新读取后再提交",
        "another save of this year's calendar came first; nothing was stored: read it again and resubmit"));
  }

  private CalendarView view(int year) {
    HolidayCalendars.Stored stored = calendars.find(year).orElseThrow(() -> new NotFoundException(
        "尚无" + year + "年节假日安排", "no holiday calendar for " + year + " yet"));
    return new CalendarView(year, stored.current().getVersionNo(), stored.arrangement(),
        stored.history().stream().map(VersionView::of).toList());
  }

  private static int year(String text) {
    if (text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      if (year >= HolidayCalendarRules.FIRST_YEAR && year <= HolidayCalendarRules.LAST_YEAR) {
        return year;
      }
    }
    throw InvalidInputException.of("year", "年份须为" + HolidayCalendarRules.FIRST_YEAR + "至"
        + HolidayCalendarRules.LAST_YEAR + "之间的四位数字", "the year must be four digits between "
        + HolidayCalendarRules.FIRST_YEAR + " and " + HolidayCalendarRules.LAST_YEAR);
  }

  /** {@code If-Match: "3"} or {@code 3}; absent: whatever is current. */
  private static Integer expectedVersion(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    String value = ifMatch.trim().replaceAll("^\"|\"$", "");
    if (!value.matches("\\d{1,6}")) {
      throw InvalidInputException.of("If-Match", "须为版本号，如 \"2\"", "must be a version number such as \"2\"");
    }
    return Integer.parseInt(value);
  }
}
