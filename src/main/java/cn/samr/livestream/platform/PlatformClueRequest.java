package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A clue a platform submits (平台报送线索, POST /platform-api/v1/clues). The platform's name goes with every account
 * it names; the time received is when the bureau receives it. Limits as for every clue (ClueRequest).
 */
@Schema(description = "平台报送的线索 / a clue submitted by the platform")
public record PlatformClueRequest(
    @Schema(description = "平台自己的线索编号，同一平台内唯一；重发同一编号即为重试 / the platform's own number, unique per platform; "
        + "sending it again is a retry", example = "DY-2026-000123")
    @NotBlank(message = "必填 / required")
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$",
        message = "1至40位字母、数字、点、下划线或连字符 / 1 to 40 letters, digits, '.', '_' or '-'") String externalNo,
    @Schema(description = "违法类别 / category of the suspected violation") @NotNull(message = "必填 / required")
    ViolationCategory category,
    @Schema(description = "涉及的辖区代码（可选）/ district concerned, if known", example = "310113")
    @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district,
    @Schema(description = "涉及的经营主体 / the subjects concerned")
    @NotEmpty(message = "至少一个监管对象 / at least one subject")
    @Size(max = 10, message = "最多10个监管对象 / at most 10 subjects")
    List<@Valid @NotNull(message = "必填 / required") Subject> subjects,
    @Schema(description = "线索内容：发现的问题、时间、直播间与商品 / what was found, when, where")
    @NotBlank(message = "必填 / required") @Size(max = 4000, message = "不超过4000个字符 / at most 4000 characters")
    @PlainText(multiline = true) String facts,
    @Schema(description = "证据索引，如回放地址、截图编号 / evidence references such as replay links")
    @Size(max = 20, message = "最多20项证据 / at most 20 evidence references")
    List<@NotBlank(message = "不能为空 / must not be blank") @Size(max = 500, message = "不超过500个字符 / at most 500 characters")
        @PlainText String> evidence) {

  /** A subject named in the clue; accounts are on the calling platform. */
  @Schema(name = "ClueSubject", description = "线索涉及的主体 / a subject named in the clue")
  public record Subject(
      @NotNull(message = "必填 / required") SubjectType type,
      @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
      @PlainText String name,
      @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
          message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
      @Schema(description = "本平台上的账号或直播间号 / account or room id on this platform")
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
      @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district) {
  }
}
