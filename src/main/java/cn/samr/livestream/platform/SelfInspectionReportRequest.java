package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A platform's periodic self-inspection report (自查报告, POST /platform-api/v1/self-inspection-reports). */
@Schema(description = "平台自查报告 / the platform's self-inspection report")
public record SelfInspectionReportRequest(
    @Schema(description = "平台自己的报告编号，重发同一编号即为重试 / the platform's report number; sending it again is a retry",
        example = "2026-11")
    @NotBlank(message = "必填 / required")
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$",
        message = "1至40位字母、数字、点、下划线或连字符 / 1 to 40 letters, digits, '.', '_' or '-'") String reportNo,
    @Schema(description = "自查期间起 / first day of the period") @NotNull(message = "必填 / required") LocalDate periodFrom,
    @Schema(description = "自查期间止 / last day of the period") @NotNull(message = "必填 / required") LocalDate periodTo,
    @Schema(description = "自查情况概述 / summary of the self-inspection")
    @NotBlank(message = "必填 / required") @Size(max = 4000, message = "不超过4000个字符 / at most 4000 characters")
    @PlainText(multiline = true) String summary,
    @Schema(description = "巡查直播间数 / live rooms inspected") @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 100_000_000, message = "数值过大 / too large") Integer roomsInspected,
    @Schema(description = "发现违法违规数 / violations found") @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 100_000_000, message = "数值过大 / too large") Integer violationsFound,
    @Schema(description = "下架商品或链接数 / items or links taken down") @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 100_000_000, message = "数值过大 / too large") Integer itemsTakenDown,
    @Schema(description = "处置账号数 / accounts sanctioned") @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 100_000_000, message = "数值过大 / too large") Integer accountsSanctioned,
    @Schema(description = "期间向监管部门报送线索数 / clues submitted in the period") @Min(value = 0, message = "不能为负数 / must not be negative")
    @Max(value = 100_000_000, message = "数值过大 / too large") Integer cluesSubmitted) {
}
