package cn.samr.livestream.governance.typicalcase.api;

import cn.samr.livestream.governance.typicalcase.Finding;
import cn.samr.livestream.governance.typicalcase.TypicalCase;
import java.time.LocalDateTime;
import java.util.List;

/** A write-up as the bureau reads it (GET /api/typical-cases/{no}): the text, where it stands, the last findings. */
public record TypicalCaseView(String writeUpNo, String status, String statusLabel, String proposerUnit,
    String category, String title, String partyDesignation, String facts, String violation, String basis,
    String outcome, String significance, List<String> findings, LocalDateTime checkedAt, String approvedBy,
    LocalDateTime approvedAt, String approvalNote, String publicationNo, String proposedBy, LocalDateTime proposedAt,
    String withdrawnBy, LocalDateTime withdrawnAt, String withdrawalReason, String processInstanceId) {

  static TypicalCaseView of(TypicalCase w, List<Finding> findings, String publicationNo) {
    return new TypicalCaseView(w.getWriteUpNo(), w.getStatus().name(), w.getStatus().label(), w.getProposerUnit(),
        w.getCategory() == null ? null : w.getCategory().name(), w.getTitle(), w.getPartyDesignation(), w.getFacts(),
        w.getViolation(), w.getBasis(), w.getOutcome(), w.getSignificance(),
        findings.stream().map(Finding::describe).toList(), w.getCheckedAt(), w.getApprovedBy(), w.getApprovedAt(),
        w.getApprovalNote(), publicationNo, w.getProposedBy(), w.getProposedAt(), w.getWithdrawnBy(),
        w.getWithdrawnAt(), w.getWithdrawalReason(), w.getProcessInstanceId());
  }

  /** One line of the list. */
  public record Summary(String writeUpNo, String status, String statusLabel, String proposerUnit, String title,
      LocalDateTime proposedAt) {

    static Summary of(TypicalCase w) {
      return new Summary(w.getWriteUpNo(), w.getStatus().name(), w.getStatus().label(), w.getProposerUnit(),
          w.getTitle(), w.getProposedAt());
    }
  }
}
