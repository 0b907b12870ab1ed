package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDateTime;

/** A typical-case write-up (典型案例, table typical_case): its source, its text and where it stands. */
public class TypicalCase {

  private Long id;
  private String writeUpNo;
  private Long caseId;
  private Long criminalTransferId;
  private String sourceKey;
  private String proposerUnit;
  private TypicalCaseStatus status;
  private String title;
  private String partyDesignation;
  private ViolationCategory category;
  private String facts;
  private String violation;
  private String basis;
  private String outcome;
  private String significance;
  private String scrubFindings;
  private LocalDateTime checkedAt;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private String approvalNote;
  private Long publicationId;
  private String processInstanceId;
  private String proposedBy;
  private LocalDateTime proposedAt;
  private String withdrawnBy;
  private LocalDateTime withdrawnAt;
  private String withdrawalReason;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getWriteUpNo() {
    return writeUpNo;
  }

  public void setWriteUpNo(String writeUpNo) {
    this.writeUpNo = writeUpNo;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public Long getCriminalTransferId() {
    return criminalTransferId;
  }

  public void setCriminalTransferId(Long criminalTransferId) {
    this.criminalTransferId = criminalTransferId;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public void setSourceKey(String sourceKey) {
    this.sourceKey = sourceKey;
  }

  public String getProposerUnit() {
    return proposerUnit;
  }

  public void setProposerUnit(String proposerUnit) {
    this.proposerUnit = proposerUnit;
  }

  public TypicalCaseStatus getStatus() {
    return status;
  }

  public void setStatus(TypicalCaseStatus status) {
    this.status = status;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPartyDesignation() {
    return partyDesignation;
  }

  public void setPartyDesignation(String partyDesignation) {
    this.partyDesignation = partyDesignation;
  }

  public ViolationCategory getCategory() {
    return category;
  }

  public void setCategory(ViolationCategory category) {
    this.category = category;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getViolation() {
    return violation;
  }

  public void setViolation(String violation) {
    this.violation = violation;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getSignificance() {
    return significance;
  }

  public void setSignificance(String significance) {
    this.significance = significance;
  }

  public String getScrubFindings() {
    return scrubFindings;
  }

  public void setScrubFindings(String scrubFindings) {
    this.scrubFindings = scrubFindings;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public void setCheckedAt(LocalDateTime checkedAt) {
    this.checkedAt = checkedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(LocalDateTime approvedAt) {
    this.approvedAt = approvedAt;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public void setApprovalNote(String approvalNote) {
    this.approvalNote = approvalNote;
  }

  public Long getPublicationId() {
    return publicationId;
  }

  public void setPublicationId(Long publicationId) {
    this.publicationId = publicationId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public void setProposedBy(String proposedBy) {
    this.proposedBy = proposedBy;
  }

  public LocalDateTime getProposedAt() {
    return proposedAt;
  }

  public void setProposedAt(LocalDateTime proposedAt) {
    this.proposedAt = proposedAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public void setWithdrawnBy(String withdrawnBy) {
    this.withdrawnBy = withdrawnBy;
  }

  public LocalDateTime getWithdrawnAt() {
    return withdrawnAt;
  }

  public void setWithdrawnAt(LocalDateTime withdrawnAt) {
    this.withdrawnAt = withdrawnAt;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }
}
