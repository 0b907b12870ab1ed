package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.LetterAcknowledgementRequest;
import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformLetterStatus;
import cn.samr.livestream.platform.PlatformLetters;
import cn.samr.livestream.platform.PlatformLetters.Acknowledged;
import cn.samr.livestream.platform.PlatformScope;
import cn.samr.livestream.shared.Inputs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
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

/** 接收约谈通知与函件: only the notices and letters addressed to the calling platform. */
@RestController
@RequestMapping("/platform-api/v1/letters")
@Tag(name = "letters", description = "接收约谈通知、提醒告诫函、行政指导意见函并确认收悉 / receive notices and letters and "
    + "acknowledge them")
public class PlatformLetterController {

  private final PlatformLetters letters;
  private final Clock clock;

  public PlatformLetterController(PlatformLetters letters, Clock clock) {
    this.letters = letters;
    this.clock = clock;
  }

  @Operation(summary = "本平台收到的约谈通知与函件，新的在前 / notices and letters to this platform, newest first",
      description = "status=ISSUED 只列未确认的。 / status=ISSUED lists those not acknowledged.")
  @GetMapping
  public List<PlatformLetterView> list(
      @Parameter(description = "ISSUED 或 ACKNOWLEDGED；不填为全部 / ISSUED or ACKNOWLEDGED; all when absent")
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
      HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.LETTERS);
    Paging.check(page, size);
    PlatformLetterStatus wanted = status == null ? null
        : Inputs.enumValue(PlatformLetterStatus.class, status, "status");
    LocalDateTime now = LocalDateTime.now(clock);
    return letters.list(client, wanted, page, size).stream().map(l -> PlatformLetterView.of(l, now)).toList();
  }

  @Operation(summary = "一份约谈通知或函件 / one notice or letter",
      description = "只能读取发给本平台的；其他编号一律404。 / Only those addressed to this platform; any other number is 404.")
  @GetMapping("/{letterNo}")
  public PlatformLetterView get(@PathVariable String letterNo, HttpServletRequest http) {
    return PlatformLetterView.of(letters.get(PlatformCaller.with(http, PlatformScope.LETTERS), letterNo),
        LocalDateTime.now(clock));
  }

  @Operation(summary = "确认收悉 / acknowledge a letter",
      description = "在确认期限内确认收悉提醒告诫函或行政指导意见函。首次确认答201；重发相同内容答200；确认后内容不同答409；"
          + "约谈通知无须确认，答409；期限已过（发函单位登记纸面回执或逾期未确认）答409。 / Acknowledges a letter by its day. "
          + "201 for the first; the same again 200; other content after it 409; a notice takes none (409); after the day "
          + "the issuing unit records it (409).")
  @PostMapping("/{letterNo}/acknowledgement")
  public ResponseEntity<PlatformLetterView> acknowledge(@PathVariable String letterNo,
      @RequestBody LetterAcknowledgementRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.LETTERS);
    PlatformCaller.auditBatch(http, letterNo);
    Acknowledged acknowledged = letters.acknowledge(client, letterNo, request);
    return ResponseEntity.status(acknowledged.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(PlatformLetterView.of(acknowledged.letter(), LocalDateTime.now(clock)));
  }
}
