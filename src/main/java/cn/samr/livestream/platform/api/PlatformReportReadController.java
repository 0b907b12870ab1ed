package cn.samr.livestream.platform.api;

import cn.samr.livestream.platform.PlatformRecords.SelfInspectionReport;
import cn.samr.livestream.platform.PlatformReports;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platforms' self-inspection reports for officers: GET /api/platform-reports, newest first; the city units read all,
 * a district the reports of the platforms registered in it.
 */
@RestController
@RequestMapping("/api/platform-reports")
public class PlatformReportReadController {

  private final PlatformReports reports;
  private final CurrentUser currentUser;

  public PlatformReportReadController(PlatformReports reports, CurrentUser currentUser) {
    this.reports = reports;
    this.currentUser = currentUser;
  }

  public record ReportView(String platformName, String districtCode, String reportNo, LocalDate periodFrom,
      LocalDate periodTo, String summary, Integer roomsInspected, Integer violationsFound, Integer itemsTakenDown,
      Integer accountsSanctioned, Integer cluesSubmitted, LocalDateTime receivedAt) {

    static ReportView of(SelfInspectionReport r) {
      return new ReportView(r.platformName, r.districtCode, r.reportNo, r.periodFrom, r.periodTo, r.summary,
          r.roomsInspected, r.violationsFound, r.itemsTakenDown, r.accountsSanctioned, r.cluesSubmitted, r.receivedAt);
    }
  }

  @GetMapping
  public List<ReportView> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw InvalidInputException.of("size", "页码不小于0，每页1至100条", "page from 0, size 1 to 100");
    }
    return reports.readable(currentUser.userId(), page, size).stream().map(ReportView::of).toList();
  }
}
