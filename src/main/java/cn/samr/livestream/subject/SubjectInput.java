package cn.samr.livestream.subject;

import cn.samr.livestream.shared.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A register entry as an officer adds or corrects it (POST and PUT /api/subjects, one import row). The
 * cross-field rules (which identity each role needs, a known district) are {@link SubjectRegisterService}'s.
 */
public record SubjectInput(
    @NotEmpty(message = "至少选择一个角色 / at least one role") List<@NotNull(message = "角色不能为空 / role must not be null") SubjectType> roles,
    @NotBlank(message = "名称必填 / name is required")
    @Size(max = 200, message = "不超过200个字符 / at most 200 characters") @PlainText String name,
    @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
        message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
    @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String platformName,
    @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
    @NotBlank(message = "所属辖区必填 / district is required")
    @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String districtCode,
    KeyArea keyArea,
    @PositiveOrZero(message = "不能为负数 / must not be negative") Long followers,
    @PositiveOrZero(message = "不能为负数 / must not be negative")
    @Digits(integer = 14, fraction = 2, message = "最多14位整数、2位小数 / at most 14 integer and 2 fraction digits")
    @DecimalMax(value = "99999999999999.99", message = "金额过大 / amount too large") BigDecimal annualTurnover,
    RiskLevel riskLevel) {
}
