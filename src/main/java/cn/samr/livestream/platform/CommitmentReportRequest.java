package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A platform's report that a commitment is fulfilled (POST /platform-api/v1/commitments/{commitmentNo}/report). */
@Schema(description = "平台报告承诺已履行 / the platform reports a commitment fulfilled")
public record CommitmentReportRequest(
    @Schema(description = "履行完成日期 / the day it was fulfilled") @NotNull(message = "必填 / required")
    LocalDate fulfilledOn,
    @Schema(description = "履行情况 / what was done") @NotBlank(message = "必填 / required")
    @Size(max = 2000, message = "不超过2000个字符 / at most 2000 characters") @PlainText(multiline = true)
    String description) {
}
