package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.PlainText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A complaint as it comes in, through POST /api/complaints or the Tasklist start form. receivedAt is
 * Beijing local time (e.g. 2026-11-22T10:15:00), not in the future and not more than 3 years back
 * (checked by ComplaintIntakeService). Text sizes are the columns' (V1__domain_schema.sql); limits in
 * docs/api.md (输入校验).
 */
public record ComplaintRequest(
    @NotNull(message = "必填 / required") ComplaintSource source,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String externalNo,
    @NotNull(message = "必填 / required") LocalDateTime receivedAt,
    @NotNull(message = "必填 / required") @Valid Person complainant,
    @NotNull(message = "至少填写平台、直播间/主播或经营者之一 / name at least one of platform, live room, merchant")
    @Valid Subjects subjects,
    @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district,
    @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
    @PlainText String product,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String orderNo,
    @DecimalMin(value = "0", message = "不能为负数 / must not be negative")
    @Digits(integer = 10, fraction = 2, message = "整数不超过10位，最多两位小数 / at most 10 digits and 2 decimals")
    BigDecimal amountPaid,
    @NotEmpty(message = "至少一项投诉请求 / at least one claim")
    Set<@NotNull(message = "不能为空 / must not be null") ClaimType> claims,
    @NotBlank(message = "必填 / required") @Size(max = 2000, message = "不超过2000个字符 / at most 2000 characters")
    @PlainText(multiline = true) String description,
    boolean lifeHealthRisk) {

  public record Person(
      @NotBlank(message = "必填 / required") @Size(max = 50, message = "不超过50个字符 / at most 50 characters")
      @PlainText String name,
      @NotBlank(message = "必填 / required")
      @Pattern(regexp = "^[0-9+][0-9-]{6,19}$", message = "电话号码格式不正确 / not a phone number") String phone,
      boolean confidential) {

    /** Never the person: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
      return "Person[confidential=" + confidential + "]";
    }
  }

  /** The subjects complained about; each optional, at least one. */
  public record Subjects(@Valid Organisation platform, @Valid LiveRoom liveRoom, @Valid Organisation merchant) {

    @JsonIgnore
    @AssertTrue(message = "至少填写平台、直播间/主播或经营者之一 / name at least one of platform, live room, merchant")
    public boolean isAnyNamed() {
      return platform != null || liveRoom != null || merchant != null;
    }
  }

  public record Organisation(
      @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
      @PlainText String name,
      @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
          message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
      @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district) {
  }

  public record LiveRoom(
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String platformName,
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
      @Size(max = 200, message = "不超过200个字符 / at most 200 characters") @PlainText String name) {

    @JsonIgnore
    @AssertTrue(message = "直播间/主播需填写账号或名称 / give the account id or the name")
    public boolean isIdentified() {
      return (accountId != null && !accountId.isBlank()) || (name != null && !name.isBlank());
    }
  }
}
