package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformReports;
import cn.samr.livestream.platform.PlatformReports.Received;
import cn.samr.livestream.platform.PlatformScope;
import cn.samr.livestream.platform.SelfInspectionReportRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import cn.samr.livestream.platform.PlatformRecords.SelfInspectionReport;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;

/** 报送自查报告. */
@RestController
@RequestMapping("/platform-api/v1/self-inspection-reports")
@Tag(name = "self-inspection", description = "报送自查报告 / submit self-inspection reports")
public class PlatformReportController {

  private final PlatformReports reports;

  public PlatformReportController(PlatformReports reports) {
    this.reports = reports;
  }

  @Schema(name = "SelfInspectionReceipt", description = "报告回执 / receipt of a report")
  public record Receipt(String reportNo, LocalDate periodFrom, LocalDate periodTo, LocalDateTime receivedAt) {

    static Receipt of(SelfInspectionReport report) {
      return new Receipt(report.reportNo, report.periodFrom, report.periodTo, report.receivedAt);
    }
  }

  @Operation(summary = "报送自查报告 / submit a self-inspection report",
      description = "新报告答201；以同一编号重发相同内容答200；同一编号内容不同答409。 / 201 for a new report; the same number "
          + "with the same content again gets 200; with other content 409.")
  @PostMapping
  public ResponseEntity<Receipt> submit(@RequestBody SelfInspectionReportRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.REPORTS);
    PlatformCaller.auditBatch(http, request.reportNo());
    Received received = reports.submit(client, request);
    return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Receipt.of(received.report()));
  }

  @Operation(summary = "一份自查报告的回执 / the receipt of one report",
      description = "只能读取本平台的报告；其他编号一律404。 / Only this platform's reports; any other number is 404.")
  @GetMapping("/{reportNo}")
  public Receipt report(@PathVariable String reportNo, HttpServletRequest http) {
    return Receipt.of(reports.own(PlatformCaller.with(http, PlatformScope.REPORTS), reportNo));
  }

  @Operation(summary = "本平台报送的自查报告，新的在前 / this platform's reports, newest first")
  @GetMapping
  public List<Receipt> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.REPORTS);
    Paging.check(page, size);
    return reports.own(client, page, size).stream().map(Receipt::of).toList();
  }
}
