package cn.samr.livestream.platform;

import cn.samr.livestream.shared.PlainText;
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
 * A batch of the platform's subjects for the register (POST /platform-api/v1/subject-batches): stored whole or not
 * at all; the batch id makes a retry safe. The row limit is livestream.platform.max-batch-rows.
 */
@Schema(description = "一批经营主体 / a batch of subjects")
public record SubjectBatchRequest(
    @Schema(description = "平台生成的批次号，同一平台内唯一；重发同一批次号即为重试 / the platform's batch id, unique per platform; "
        + "sending it again is a retry", example = "2026-11-subjects-001")
    @NotBlank(message = "必填 / required")
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
        message = "1至64位字母、数字、点、下划线或连字符 / 1 to 64 letters, digits, '.', '_' or '-'") String batchId,
    @NotEmpty(message = "至少一行 / at least one row")
    List<@Valid @NotNull(message = "必填 / required") Row> subjects) {

  /**
   * One subject. Merchants (商家) and agencies (MCN 机构) are identified by their unified social credit code, streamers
   * and live rooms by their account or room id on this platform.
   */
  @Schema(name = "SubjectRow", description = "一个经营主体 / one subject")
  public record Row(
      @Schema(description = "MERCHANT 商家, STREAMER 主播, ROOM_OPERATOR 直播间（运营者）, AGENCY 机构（MCN）")
      @NotNull(message = "必填 / required") SubjectType type,
      @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
      @PlainText String name,
      @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
          message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
      @Schema(description = "本平台上的账号或直播间号 / account or room id on this platform")
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
      @Schema(description = "登记或经营所在辖区代码 / district of registration or business", example = "310113")
      @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district) {
  }
}
