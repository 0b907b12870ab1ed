package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.governance.interview.CommitmentStatus;
import cn.samr.livestream.platform.CommitmentReportRequest;
import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformLetters;
import cn.samr.livestream.platform.PlatformLetters.Reported;
import cn.samr.livestream.platform.PlatformScope;
import cn.samr.livestream.shared.Inputs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 报告承诺履行: only the commitments the calling platform made at interviews. */
@RestController
@RequestMapping("/platform-api/v1/commitments")
@Tag(name = "commitments", description = "约谈承诺及履行报告 / commitments made at interviews and their reports")
public class PlatformCommitmentController {

  private final PlatformLetters letters;

  public PlatformCommitmentController(PlatformLetters letters) {
    this.letters = letters;
  }

  @Operation(summary = "本平台在约谈中作出的承诺 / the commitments this platform made",
      description = "status=OPEN 只列待履行或待核查的。 / status=OPEN lists those open.")
  @GetMapping
  public List<PlatformCommitmentView> list(
      @Parameter(description = "OPEN、FULFILLED 或 NOT_FULFILLED；不填为全部 / OPEN, FULFILLED or NOT_FULFILLED; all when absent")
      @RequestParam(required = false) String status, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.LETTERS);
    CommitmentStatus wanted = status == null ? null : Inputs.enumValue(CommitmentStatus.class, status, "status");
    return letters.commitments(client, wanted).stream().map(PlatformCommitmentView::of).toList();
  }

  @Operation(summary = "报告承诺已履行 / report a commitment fulfilled",
      description = "约谈单位随即核查（不必等到承诺期限届满），平台的报告不代替核查。首次报告答201；重发相同内容答200；内容不同答409；"
          + "承诺已不在等待（期限已届满或已核查）答409。 / The check comes at once; the report does not replace it. 201 for "
          + "the first; the same again 200; other content 409; a commitment no longer waiting 409.")
  @PostMapping("/{commitmentNo}/report")
  public ResponseEntity<PlatformCommitmentView> report(@PathVariable String commitmentNo,
      @RequestBody CommitmentReportRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.LETTERS);
    PlatformCaller.auditBatch(http, commitmentNo);
    Reported reported = letters.report(client, commitmentNo, request);
    return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(PlatformCommitmentView.of(reported.commitment()));
  }
}
