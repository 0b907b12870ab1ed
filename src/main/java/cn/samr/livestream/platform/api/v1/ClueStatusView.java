package cn.samr.livestream.platform.api.v1;

import cn.samr.livestream.enforcement.clue.CluePublicStatus.PublicStatus;
import cn.samr.livestream.enforcement.clue.CluePublicStatus.PublishedDocument;
import cn.samr.livestream.platform.PlatformClueService.Submitted;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/** What a platform learns about a clue it submitted: where it stands and, once closed, the public outcome. */
@Schema(description = "平台报送线索的办理状态 / the status of a submitted clue")
public record ClueStatusView(
    @Schema(description = "平台的线索编号 / the platform's number") String externalNo,
    @Schema(description = "监管部门的线索编号 / the bureau's clue number", example = "XS-20261122-00001") String clueNo,
    @Schema(description = "报送时间（北京时间）/ when the platform submitted it (Beijing time)") LocalDateTime submittedAt,
    @Schema(description = "UNDER_VERIFICATION 核查中, IN_RESPONSE 处置中, CLOSED 已办结") String status,
    @Schema(description = "状态的中文名称 / the status in Chinese") String statusLabel,
    @Schema(description = "办结结果（仅办结后）：不予立案、行政告诫、责令改正、立案查处、移送公安机关等 / the outcome, once closed")
    String outcome,
    @Schema(description = "办结时间（仅办结后）/ when it was closed") LocalDateTime closedAt,
    @Schema(description = "依法公示的文书（行政处罚决定书）/ published decisions") List<Document> documents) {

  @Schema(name = "PublishedDocument", description = "依法公示的文书 / a published decision")
  public record Document(String kind, String documentNo, java.time.LocalDate issuedOn) {
  }

  static ClueStatusView of(Submitted submitted) {
    PublicStatus s = submitted.status();
    return new ClueStatusView(submitted.clue().externalNo, s.clueNo(), submitted.clue().submittedAt, s.stage().name(),
        s.stage().label(), s.outcome(), s.closedAt(),
        s.documents().stream().map((PublishedDocument d) -> new Document(d.kind(), d.documentNo(), d.issuedOn()))
            .toList());
  }
}
