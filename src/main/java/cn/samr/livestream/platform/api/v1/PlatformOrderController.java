package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.OrderConfirmationRequest;
import cn.samr.livestream.platform.PlatformCaller;
import cn.samr.livestream.platform.PlatformClient;
import cn.samr.livestream.platform.PlatformOrderStatus;
import cn.samr.livestream.platform.PlatformOrders;
import cn.samr.livestream.platform.PlatformOrders.Confirmed;
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

/** 接收指令并确认处置: only the orders addressed to the calling platform. */
@RestController
@RequestMapping("/platform-api/v1/orders")
@Tag(name = "orders", description = "接收监管指令并确认处置 / receive orders and confirm what was done")
public class PlatformOrderController {

  private final PlatformOrders orders;
  private final Clock clock;

  public PlatformOrderController(PlatformOrders orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  @Operation(summary = "本平台收到的指令，新的在前 / orders addressed to this platform, newest first",
      description = "status=ISSUED 只列待确认的。 / status=ISSUED lists those still to confirm.")
  @GetMapping
  public List<PlatformOrderView> list(
      @Parameter(description = "ISSUED 或 CONFIRMED；不填为全部 / ISSUED or CONFIRMED; all when absent")
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
      HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.ORDERS);
    Paging.check(page, size);
    PlatformOrderStatus wanted = status == null ? null : Inputs.enumValue(PlatformOrderStatus.class, status, "status");
    LocalDateTime now = LocalDateTime.now(clock);
    return orders.list(client, wanted, page, size).stream().map(o -> PlatformOrderView.of(o, now)).toList();
  }

  @Operation(summary = "一条指令 / one order",
      description = "只能读取发给本平台的指令；其他编号一律404。 / Only orders addressed to this platform; any other number is 404.")
  @GetMapping("/{orderNo}")
  public PlatformOrderView get(@PathVariable String orderNo, HttpServletRequest http) {
    return PlatformOrderView.of(orders.get(PlatformCaller.with(http, PlatformScope.ORDERS), orderNo),
        LocalDateTime.now(clock));
  }

  @Operation(summary = "确认已处置 / confirm what was done",
      description = "记录平台的处置情况，监管部门随即复查核实（不必等到改正期限届满）。首次确认答201；重发相同内容答200；"
          + "确认后内容不同答409。 / Records what the platform did; the bureau's follow-up check comes at once instead of "
          + "at the deadline. 201 for the first confirmation; the same again gets 200; other content after it 409.")
  @PostMapping("/{orderNo}/confirmation")
  public ResponseEntity<PlatformOrderView> confirm(@PathVariable String orderNo,
      @RequestBody OrderConfirmationRequest request, HttpServletRequest http) {
    PlatformClient client = PlatformCaller.with(http, PlatformScope.ORDERS);
    PlatformCaller.auditBatch(http, orderNo);
    Confirmed confirmed = orders.confirm(client, orderNo, request);
    return ResponseEntity.status(confirmed.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(PlatformOrderView.of(confirmed.order(), LocalDateTime.now(clock)));
  }
}
