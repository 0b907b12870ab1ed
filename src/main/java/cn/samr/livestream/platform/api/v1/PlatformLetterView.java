package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.platform.PlatformLetters.LetterView;
import cn.samr.livestream.platform.PlatformRecords.Letter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A notice or letter as the platform it is addressed to reads it; never the interview's records or officers. */
@Schema(name = "PlatformLetter", description = "发给本平台的约谈通知或函件 / a notice or letter addressed to this platform")
public record PlatformLetterView(
    @Schema(description = "函件编号 / the letter's number", example = "HJ-20261206-00001") String letterNo,
    @Schema(description = "INTERVIEW_NOTICE 约谈通知书（只通知，无须确认）, REMINDER_LETTER 提醒告诫函, GUIDANCE_LETTER 行政指导意见函")
    String kind,
    @Schema(description = "种类的中文名称 / the kind in Chinese") String kindLabel,
    @Schema(description = "ISSUED 已送达, ACKNOWLEDGED 平台已确认收悉") String status,
    @Schema(description = "状态的中文名称 / the status in Chinese") String statusLabel,
    @Schema(description = "送达时间（北京时间）/ when it was sent (Beijing time)") LocalDateTime issuedAt,
    @Schema(description = "确认收悉期限；约谈通知为空 / acknowledge by; empty for a notice") LocalDateTime respondBy,
    @Schema(description = "须确认收悉 / an acknowledgement is asked") boolean acknowledgementRequired,
    @Schema(description = "已过确认期限仍未确认 / past its day and not acknowledged") boolean overdue,
    @Schema(description = "发函单位 / the issuing unit") String issuingUnit,
    @Schema(description = "文号 / the document number") String documentNo,
    @Schema(description = "正文 / the text") String content,
    @Schema(description = "本平台的确认（确认后）/ this platform's acknowledgement, once given")
    Acknowledgement acknowledgement,
    @Schema(description = "期限届满后发函单位的登记：PAPER 纸面回执，OVERDUE 逾期未确认；未登记为空 / the issuing unit's record "
        + "after the day: PAPER receipt or OVERDUE; empty until recorded") String bureauRecord) {

  @Schema(name = "PlatformLetterAcknowledgement", description = "平台的确认收悉 / the platform's acknowledgement")
  public record Acknowledgement(LocalDate acknowledgedOn, String note, LocalDateTime acknowledgedAt) {
  }

  static PlatformLetterView of(LetterView found, LocalDateTime now) {
    Letter l = found.letter();
    Acknowledgement acknowledgement = l.acknowledgedAt == null ? null
        : new Acknowledgement(l.acknowledgedOn, l.note, l.acknowledgedAt);
    return new PlatformLetterView(l.letterNo, l.kind.name(), l.kind.label(), l.status.name(), l.status.label(),
        l.issuedAt, l.respondBy, l.respondBy != null, found.overdue(now), found.issuingUnitName(), l.documentNo,
        l.content, acknowledgement, found.bureauRecord());
  }
}
