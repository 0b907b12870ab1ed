package cn.samr.livestream.monitoring;

import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.ViolationCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One spot check as recorded through POST /api/spot-checks, a row of the upload or the Tasklist form.
 * Text sizes are the columns' (V6__monitoring.sql); the rules across fields and of the assignment's
 * month are MonitoringService.validate's; limits in docs/api.md (输入校验). campaignCodes (POST /api/spot-checks only)
 * tags the check with special campaigns (专项整治, docs/campaign.md), checked through shared.CampaignTagging.
 */
public record SpotCheckRequest(
    @NotNull(message = "必填 / required") Long assignmentId,
    @NotNull(message = "必填 / required") LocalDate checkDate,
    @NotBlank(message = "必填 / required") @Size(max = 100, message = "不超过100个字符 / at most 100 characters")
    @PlainText String platform,
    @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
    @PlainText String liveRoom,
    @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
    @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
    @PlainText String productOrService,
    @NotNull(message = "必填 / required") FocusArea focusArea,
    @NotNull(message = "必填 / required") SpotCheckResult result,
    ViolationCategory violationCategory,
    @Size(max = 2000, message = "不超过2000个字符 / at most 2000 characters") @PlainText(multiline = true)
    String description,
    Boolean samplingDone,
    SamplingResult samplingResult,
    @Size(max = 5, message = "最多5个专项 / at most 5 campaigns")
    List<@NotBlank(message = "不能为空 / must not be blank") @Size(max = 16, message = "不超过16个字符 / at most 16 characters")
        @PlainText String> campaignCodes) {

  /** A check tagged with no special campaign (the upload and the Tasklist form). */
  public SpotCheckRequest(Long assignmentId, LocalDate checkDate, String platform, String liveRoom, String accountId,
      String productOrService, FocusArea focusArea, SpotCheckResult result, ViolationCategory violationCategory,
      String description, Boolean samplingDone, SamplingResult samplingResult) {
    this(assignmentId, checkDate, platform, liveRoom, accountId, productOrService, focusArea, result,
        violationCategory, description, samplingDone, samplingResult, null);
  }
}
