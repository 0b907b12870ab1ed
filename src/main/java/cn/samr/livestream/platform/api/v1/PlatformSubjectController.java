package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformScope;
import cn.samr.livestream.platform.PlatformSubjectBatches;
import cn.samr.livestream.platform.PlatformSubjectBatches.Result;
import cn.samr.livestream.platform.SubjectBatchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;

/** 报送经营主体名录: the platform's merchants, streamers, rooms and agencies into the register. */
@RestController
@RequestMapping("/platform-api/v1/subject-batches")
@Tag(name = "subjects", description = "报送经营主体名录 / report subjects into the register")
public class PlatformSubjectController {

  private final PlatformSubjectBatches batches;

  public PlatformSubjectController(PlatformSubjectBatches batches) {
    this.batches = batches;
  }

  @Schema(name = "SubjectBatchResult", description = "一批的结果 / the result of a batch")
  public record BatchView(
      @Schema(description = "批次号 / batch id") String batchId,
      @Schema(description = "行数 / rows") int rows,
      @Schema(description = "名录库中新增的主体数 / subjects new to the register") int added,
      @Schema(description = "与名录库已有主体匹配的行数 / rows matched to subjects already registered") int matched,
      @Schema(description = "接收时间 / when the batch was stored") LocalDateTime receivedAt) {

    static BatchView of(Result result) {
      return new BatchView(result.batchId(), result.rows(), result.added(), result.matched(), result.receivedAt());
    }
  }

  @Operation(summary = "报送一批主体 / report a batch of subjects",
      description = "整批校验，任一行有误则答400并列出每行的错误，什么都不保存。新批次答201；以同一批次号重发相同内容答200和首次的结果，不重复登记；"
          + "同一批次号内容不同答409。 / Checked whole: any row in error gives 400 with every row's errors and stores nothing. "
          + "201 for a new batch; the same batch id with the same rows again gets 200 and the first answer, adding nothing; "
          + "the same id with other rows gets 409.")
  @PostMapping
  public ResponseEntity<BatchView> report(@RequestBody SubjectBatchRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.SUBJECTS);
    PlatformCaller.auditBatch(http, request.batchId());
    Result result = batches.report(client, request);
    return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(BatchView.of(result));
  }

  @Operation(summary = "一批的结果 / the result of one batch",
      description = "只能读取本平台的批次；其他批次号一律404。 / Only this platform's batches; any other id is 404.")
  @GetMapping("/{batchId}")
  public BatchView batch(@PathVariable String batchId, HttpServletRequest http) {
    return BatchView.of(batches.batch(PlatformCaller.with(http, PlatformScope.SUBJECTS), batchId));
  }

  @Operation(summary = "本平台报送的批次，新的在前 / this platform's batches, newest first")
  @GetMapping
  public List<BatchView> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.SUBJECTS);
    Paging.check(page, size);
    return batches.batches(client, page, size).stream().map(BatchView::of).toList();
  }
}
