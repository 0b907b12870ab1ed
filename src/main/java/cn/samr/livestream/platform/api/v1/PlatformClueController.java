package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformClueRequest;
import cn.samr.livestream.platform.PlatformClueService;
import cn.samr.livestream.platform.PlatformClueService.Submitted;
import cn.samr.livestream.platform.PlatformScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 平台报送线索 and their status: only the calling platform's own clues. */
@RestController
@RequestMapping("/platform-api/v1/clues")
@Tag(name = "clues", description = "报送线索与查询办理状态 / submit clues and follow them")
public class PlatformClueController {

  private final PlatformClueService clues;

  public PlatformClueController(PlatformClueService clues) {
    this.clues = clues;
  }

  @Operation(summary = "报送线索 / submit a clue",
      description = "启动线索核查，与其他来源的线索相同。新线索答201；以同一编号重发相同内容答200和已登记的线索；同一编号内容不同答409。"
          + " / Starts clue verification like any other source. 201 for a new clue; the same number with the same content "
          + "again gets 200 and the clue registered first; the same number with other content gets 409.")
  @PostMapping
  public ResponseEntity<ClueStatusView> submit(@RequestBody PlatformClueRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.CLUES);
    Submitted submitted = clues.submit(client, request);
    ClueStatusView view = ClueStatusView.of(submitted);
    return submitted.created()
        ? ResponseEntity.created(URI.create("/platform-api/v1/clues/" + view.externalNo())).body(view)
        : ResponseEntity.ok(view);
  }

  @Operation(summary = "查询一条线索的办理状态 / the status of one clue",
      description = "只能查询本平台报送的线索；其他编号一律404。 / Only this platform's clues; any other number is 404.")
  @GetMapping("/{externalNo}")
  public ClueStatusView status(@PathVariable String externalNo, HttpServletRequest http) {
    return ClueStatusView.of(clues.status(PlatformCaller.with(http, PlatformScope.CLUES), externalNo));
  }

  @Operation(summary = "本平台报送的线索，新的在前 / this platform's clues, newest first")
  @GetMapping
  public List<ClueStatusView> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.CLUES);
    Paging.check(page, size);
    return clues.list(client, page, size).stream().map(ClueStatusView::of).toList();
  }
}
