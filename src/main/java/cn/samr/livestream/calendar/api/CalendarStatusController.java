package cn.samr.livestream.calendar.api;

import cn.samr.livestream.calendar.CalendarStatusService;
import cn.samr.livestream.calendar.CalendarStatusService.CalendarStatus;
import cn.samr.livestream.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/calendar/status (any logged-in user, with HTTP Basic or the webapps' login): today, the years the calendar
 * knows, whether next year is among them, and for administrators and heads from 1 November on a warning when it is
 * not. The Camunda Welcome page shows that warning (webjars/camunda/app/welcome/livestream/calendar-warning.js).
 * A literal path, so it wins over {@code /api/calendar/{year}}.
 */
@RestController
public class CalendarStatusController {

  private final CalendarStatusService statusService;
  private final CurrentUser currentUser;

  public CalendarStatusController(CalendarStatusService statusService, CurrentUser currentUser) {
    this.statusService = statusService;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/calendar/status")
  public CalendarStatus status() {
    return statusService.status(currentUser.groupIds());
  }
}
