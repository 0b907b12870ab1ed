package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A clue as it comes in through POST /api/clues or the Tasklist start form; receivedAt in Beijing time,
 * not in the future and not more than 3 years back (checked by ClueIntakeService). Text sizes are the
 * columns' (V1, V2); limits in docs/api.md (输入校验). campaignCodes tags the clue with special campaigns (专项整治,
 * docs/campaign.md) at intake, checked through shared.CampaignTagging.
 */
public record ClueRequest(
    @NotNull(message = "必填 / required") ClueSource source,
    @Size(max = 64, message = "不超过64个字符 / at most 64 characters") @PlainText String externalNo,
    @NotNull(message = "必填 / required") LocalDateTime receivedAt,
    @NotNull(message = "必填 / required") ViolationCategory category,
    @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district,
    @NotEmpty(message = "至少一个监管对象 / at least one subject")
    @Size(max = 10, message = "最多10个监管对象 / at most 10 subjects") List<@Valid @NotNull(message = "必填 / required") Subject> subjects,
    @NotBlank(message = "必填 / required") @Size(max = 4000, message = "不超过4000个字符 / at most 4000 characters")
    @PlainText(multiline = true) String facts,
    @Size(max = MAX_EVIDENCE, message = "最多20项证据 / at most 20 evidence references")
    List<@NotBlank(message = "不能为空 / must not be blank") @Size(max = 500, message = "不超过500个字符 / at most 500 characters")
        @PlainText String> evidence,
    @Valid Reporter reporter,
    @Size(max = 5, message = "最多5个专项 / at most 5 campaigns")
    List<@NotBlank(message = "不能为空 / must not be blank") @Size(max = 16, message = "不超过16个字符 / at most 16 characters")
        @PlainText String> campaignCodes) {

  /** A clue tagged with no special campaign (专项整治): every source but the API's optional field. */
  public ClueRequest(ClueSource source, String externalNo, LocalDateTime receivedAt, ViolationCategory category,
      String district, List<Subject> subjects, String facts, List<String> evidence, Reporter reporter) {
    this(source, externalNo, receivedAt, category, district, subjects, facts, evidence, reporter, null);
  }

  /** A supervised subject named in the clue (DOMAIN.md §1). */
  public record Subject(
      @NotNull(message = "必填 / required") SubjectType type,
      @NotBlank(message = "必填 / required") @Size(max = 200, message = "不超过200个字符 / at most 200 characters")
      @PlainText String name,
      @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
          message = "统一社会信用代码格式不正确 / not a unified social credit code") String creditCode,
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String platformName,
      @Size(max = 100, message = "不超过100个字符 / at most 100 characters") @PlainText String accountId,
      @Size(max = 16, message = "不超过16个字符 / at most 16 characters") @PlainText String district) {
  }

  /** A real-name reporter (实名举报人); anonymous reports carry none. */
  public record Reporter(
      @NotBlank(message = "必填 / required") @Size(max = 50, message = "不超过50个字符 / at most 50 characters")
      @PlainText String name,
      @Pattern(regexp = "^[0-9+][0-9-]{6,19}$", message = "电话号码格式不正确 / not a phone number") String phone,
      @Pattern(regexp = "^\\d{17}[0-9Xx]$", message = "身份证号码格式不正确 / not an ID card number") String idNumber,
      @Size(max = 200, message = "不超过200个字符 / at most 200 characters") @PlainText String address) {

    /** Never the person: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
      return "Reporter[…]";
    }
  }

  /** Evidence references kept, one a line, in clue.evidence (VARCHAR 4000). */
  public static final int MAX_EVIDENCE = 20;
  public static final int EVIDENCE_COLUMN = 4000;

  @JsonIgnore
  @AssertTrue(message = "证据合计不超过4000个字符 / at most 4000 characters of evidence in all")
  public boolean isEvidenceFitting() {
    return evidence == null || evidence.stream().mapToInt(e -> e == null ? 0 : e.trim().length() + 1).sum() - 1
        <= EVIDENCE_COLUMN;
  }

  @JsonIgnore
  @AssertTrue(message = "只有举报可以填写举报人 / only a report has a reporter")
  public boolean isReporterOnlyOnReports() {
    return reporter == null || source == ClueSource.REPORT;
  }
}
