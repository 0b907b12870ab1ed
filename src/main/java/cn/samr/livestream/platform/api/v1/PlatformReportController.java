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
  }

  @Operation(summary = "报送自查报告 / submit a self-inspection report",
      description = "新报告答201；以同一编号重发相同内容答200；同一编号内容不同答409。 / 201 for a new report; the same number "
          + "with the same content again gets 200; with other content 409.")
  @PostMapping
  public ResponseEntity<Receipt> submit(@RequestBody SelfInspectionReportRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.REPORTS);
    PlatformCaller.auditBatch(http, request.reportNo());
    Received received = reports.submit(client, request);
    Receipt receipt = new Receipt(received.report().reportNo, received.report().periodFrom,
        received.report().periodTo, received.report().receivedAt);
    return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
  }
}
