package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An administrator registers a platform as an API client (POST /api/platform-clients). */
public record PlatformClientRequest(
    @NotBlank(message = "必填 / required")
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,19}$",
        message = "2至20位小写字母、数字或连字符，以字母开头 / 2 to 20 lower-case letters, digits or '-', starting with a letter")
    String clientId,
    @NotBlank(message = "必填 / required") @Size(max = 100, message = "不超过100个字符 / at most 100 characters")
    @PlainText String platformName,
    @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
        message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
    @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String districtCode,
    @NotBlank(message = "必填 / required") @Size(max = 50, message = "不超过50个字符 / at most 50 characters")
    @PlainText String contactName,
    @Pattern(regexp = "^[0-9+][0-9-]{6,19}$", message = "电话号码格式不正确 / not a phone number") String contactPhone,
    @Email(message = "电子邮箱格式不正确 / not an e-mail address")
    @Size(max = 100, message = "不超过100个字符 / at most 100 characters") String contactEmail,
    @NotEmpty(message = "至少一项权限 / at least one scope") Set<@NotNull(message = "必填 / required") PlatformScope> scopes,
    @Min(value = 1, message = "至少为1 / at least 1") @Max(value = 6000, message = "不超过6000 / at most 6000")
    Integer requestsPerMinute) {

  /** Never the contact: records print themselves in logs. */
  @Override
  public String toString() {
    return "PlatformClientRequest[" + clientId + "]";
  }
}
