package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.governance.interview.InterviewCommitment;
import cn.samr.livestream.platform.PlatformLetters.CommitmentView;
import cn.samr.livestream.platform.PlatformRecords.CommitmentReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A commitment the platform made at an interview, as it reads it: what, by when, whether reported and checked. */
@Schema(name = "PlatformCommitment", description = "本平台在约谈中作出的承诺 / a commitment this platform made")
public record PlatformCommitmentView(
    @Schema(description = "承诺编号 / the commitment's number", example = "CN-20261206-00001") String commitmentNo,
    @Schema(description = "承诺内容 / what was promised") String content,
    @Schema(description = "承诺期限 / by when") LocalDate dueOn,
    @Schema(description = "OPEN 待履行或待核查, FULFILLED 核查已履行, NOT_FULFILLED 核查未履行") String status,
    @Schema(description = "本平台的履行报告（报告后）/ this platform's report, once given") Report report) {

  @Schema(name = "PlatformCommitmentReport", description = "平台的履行报告 / the platform's report")
  public record Report(LocalDate fulfilledOn, String description, LocalDateTime reportedAt) {
  }

  static PlatformCommitmentView of(CommitmentView found) {
    InterviewCommitment c = found.commitment();
    CommitmentReport r = found.report();
    return new PlatformCommitmentView(c.getCommitmentNo(), c.getContent(), c.getDueOn(), c.getStatus().name(),
        r == null ? null : new Report(r.fulfilledOn, r.description, r.reportedAt));
  }
}
