package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformOrders.OrderWithSubjects;
import cn.samr.livestream.platform.PlatformRecords.Order;
import cn.samr.livestream.subject.SupervisedSubject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as the platform it is addressed to reads it: what to do, about which of its accounts or itself, by when,
 * from which unit; never the clue's facts, findings, officers or the reporter.
 */
@Schema(name = "PlatformOrder", description = "监管部门下发给本平台的指令 / an order addressed to this platform")
public record PlatformOrderView(
    @Schema(description = "指令编号 / the order's number", example = "ZL-20261206-00001") String orderNo,
    @Schema(description = "CORRECTION 责令改正（平台为当事人）, TAKE_DOWN_ITEM 下架违法商品或链接, DELETE_CONTENT 删除违法直播内容或回放, "
        + "SUSPEND_ROOM 暂停违法直播间") String kind,
    @Schema(description = "指令种类的中文名称 / the kind in Chinese") String kindLabel,
    @Schema(description = "ISSUED 待平台确认, CONFIRMED 平台已确认") String status,
    @Schema(description = "状态的中文名称 / the status in Chinese") String statusLabel,
    @Schema(description = "下发时间（北京时间）/ when it was issued (Beijing time)") LocalDateTime issuedAt,
    @Schema(description = "确认期限（改正期限届满）/ confirm by (the correction deadline)") LocalDateTime respondBy,
    @Schema(description = "已过确认期限仍未确认 / past its deadline and not confirmed") boolean overdue,
    @Schema(description = "发出指令的单位 / the issuing unit") String issuingUnit,
    @Schema(description = "责令改正通知书文号（仅责令改正）/ the order's document number (CORRECTION only)") String documentNo,
    @Schema(description = "要求平台做的事 / what the platform is to do") String requirement,
    @Schema(description = "本平台报送该线索时的编号（如由本平台报送）/ this platform's clue number, if it submitted the clue")
    String clueExternalNo,
    @Schema(description = "涉及的主体：本平台自身或平台上的账号、直播间、商家 / the platform itself or the accounts concerned")
    List<Party> parties,
    @Schema(description = "本平台的确认（确认后）/ this platform's confirmation, once given") Confirmation confirmation) {

  @Schema(name = "PlatformOrderParty", description = "指令涉及的主体 / a subject the order concerns")
  public record Party(String name, String creditCode, String platformName, String accountId) {
  }

  @Schema(name = "PlatformOrderConfirmation", description = "平台的处置确认 / the platform's confirmation")
  public record Confirmation(LocalDate completedOn, Integer itemsHandled, String action, LocalDateTime confirmedAt,
      @Schema(description = "逾期确认 / confirmed after the deadline") boolean late) {
  }

  static PlatformOrderView of(OrderWithSubjects found, LocalDateTime now) {
    Order o = found.order();
    Confirmation confirmation = o.confirmedAt == null ? null
        : new Confirmation(o.completedOn, o.itemsHandled, o.confirmation, o.confirmedAt, found.late());
    return new PlatformOrderView(o.orderNo, o.kind.name(), o.kind.label(), o.status.name(), o.status.label(),
        o.issuedAt, o.respondBy, found.overdue(now), found.issuingUnitName(), o.documentNo, o.requirement,
        o.clueExternalNo, found.subjects().stream().map(PlatformOrderView::party).toList(), confirmation);
  }

  private static Party party(SupervisedSubject s) {
    return new Party(s.getName(), s.getCreditCode(), s.getPlatformName(), s.getAccountId());
  }
}
