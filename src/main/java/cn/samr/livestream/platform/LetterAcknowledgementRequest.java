package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A platform's acknowledgement of a letter (POST /platform-api/v1/letters/{letterNo}/acknowledgement). */
@Schema(description = "平台确认收悉函件 / the platform acknowledges a letter")
public record LetterAcknowledgementRequest(
    @Schema(description = "收悉日期 / the day the platform received it") @NotNull(message = "必填 / required")
    LocalDate acknowledgedOn,
    @Schema(description = "说明（可选），如整改安排或已签署承诺书 / a note (optional), e.g. what the platform will do")
    @Size(max = 2000, message = "不超过2000个字符 / at most 2000 characters") @PlainText(multiline = true) String note) {
}
