package cn.samr.livestream.governance.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A subject's listing (列入经营异常名录 / 严重违法失信名单) from the proposal to its removal, with the periods it was created with. */
public class CreditListing {

  private Long id;
  private String listingNo;
  private ListingKind kind;
  private Long subjectId;
  private Long caseId;
  private ListingGround ground;
  private String reason;
  private LocalDate foundOn;
  private String listingUnit;
  private ListingOrigin origin;
  private ListingStatus status;
  private String basisVersion;
  private String settingsJson;
  private Long noticeActionId;
  private String statement;
  private LocalDateTime statementRecordedAt;
  private LocalDateTime statementPeriodEnd;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private String approvalNote;
  private String higherApprovedBy;
  private LocalDateTime higherApprovedAt;
  private String higherApprovalNote;
  private Long decisionActionId;
  private LocalDate listedOn;
  private LocalDateTime listingDue;
  private boolean listingOverdue;
  private LocalDateTime publicationDue;
  private LocalDate publishedOn;
  private String publicationNote;
  private boolean publicationOverdue;
  private LocalDate expiresOn;
  private LocalDate seriousReviewOn;
  private RemovalReason removalReason;
  private Long removalActionId;
  private LocalDate removedOn;
  private LocalDateTime publicityStopDue;
  private LocalDate publicityStoppedOn;
  private String processInstanceId;
  private String proposedBy;
  private LocalDateTime proposedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getListingNo() {
    return listingNo;
  }

  public void setListingNo(String listingNo) {
    this.listingNo = listingNo;
  }

  public ListingKind getKind() {
    return kind;
  }

  public void setKind(ListingKind kind) {
    this.kind = kind;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public ListingGround getGround() {
    return ground;
  }

  public void setGround(ListingGround ground) {
    this.ground = ground;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public void setFoundOn(LocalDate foundOn) {
    this.foundOn = foundOn;
  }

  public String getListingUnit() {
    return listingUnit;
  }

  public void setListingUnit(String listingUnit) {
    this.listingUnit = listingUnit;
  }

  public ListingOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(ListingOrigin origin) {
    this.origin = origin;
  }

  public ListingStatus getStatus() {
    return status;
  }

  public void setStatus(ListingStatus status) {
    this.status = status;
  }

  public String getBasisVersion() {
    return basisVersion;
  }

  public void setBasisVersion(String basisVersion) {
    this.basisVersion = basisVersion;
  }

  public String getSettingsJson() {
    return settingsJson;
  }

  public void setSettingsJson(String settingsJson) {
    this.settingsJson = settingsJson;
  }

  public Long getNoticeActionId() {
    return noticeActionId;
  }

  public void setNoticeActionId(Long noticeActionId) {
    this.noticeActionId = noticeActionId;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public LocalDateTime getStatementRecordedAt() {
    return statementRecordedAt;
  }

  public void setStatementRecordedAt(LocalDateTime statementRecordedAt) {
    this.statementRecordedAt = statementRecordedAt;
  }

  public LocalDateTime getStatementPeriodEnd() {
    return statementPeriodEnd;
  }

  public void setStatementPeriodEnd(LocalDateTime statementPeriodEnd) {
    this.statementPeriodEnd = statementPeriodEnd;
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

  public String getHigherApprovedBy() {
    return higherApprovedBy;
  }

  public void setHigherApprovedBy(String higherApprovedBy) {
    this.higherApprovedBy = higherApprovedBy;
  }

  public LocalDateTime getHigherApprovedAt() {
    return higherApprovedAt;
  }

  public void setHigherApprovedAt(LocalDateTime higherApprovedAt) {
    this.higherApprovedAt = higherApprovedAt;
  }

  public String getHigherApprovalNote() {
    return higherApprovalNote;
  }

  public void setHigherApprovalNote(String higherApprovalNote) {
    this.higherApprovalNote = higherApprovalNote;
  }

  public Long getDecisionActionId() {
    return decisionActionId;
  }

  public void setDecisionActionId(Long decisionActionId) {
    this.decisionActionId = decisionActionId;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public void setListedOn(LocalDate listedOn) {
    this.listedOn = listedOn;
  }

  public LocalDateTime getListingDue() {
    return listingDue;
  }

  public void setListingDue(LocalDateTime listingDue) {
    this.listingDue = listingDue;
  }

  public boolean isListingOverdue() {
    return listingOverdue;
  }

  public void setListingOverdue(boolean listingOverdue) {
    this.listingOverdue = listingOverdue;
  }

  public LocalDateTime getPublicationDue() {
    return publicationDue;
  }

  public void setPublicationDue(LocalDateTime publicationDue) {
    this.publicationDue = publicationDue;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public String getPublicationNote() {
    return publicationNote;
  }

  public void setPublicationNote(String publicationNote) {
    this.publicationNote = publicationNote;
  }

  public boolean isPublicationOverdue() {
    return publicationOverdue;
  }

  public void setPublicationOverdue(boolean publicationOverdue) {
    this.publicationOverdue = publicationOverdue;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public LocalDate getSeriousReviewOn() {
    return seriousReviewOn;
  }

  public void setSeriousReviewOn(LocalDate seriousReviewOn) {
    this.seriousReviewOn = seriousReviewOn;
  }

  public RemovalReason getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(RemovalReason removalReason) {
    this.removalReason = removalReason;
  }

  public Long getRemovalActionId() {
    return removalActionId;
  }

  public void setRemovalActionId(Long removalActionId) {
    this.removalActionId = removalActionId;
  }

  public LocalDate getRemovedOn() {
    return removedOn;
  }

  public void setRemovedOn(LocalDate removedOn) {
    this.removedOn = removedOn;
  }

  public LocalDateTime getPublicityStopDue() {
    return publicityStopDue;
  }

  public void setPublicityStopDue(LocalDateTime publicityStopDue) {
    this.publicityStopDue = publicityStopDue;
  }

  public LocalDate getPublicityStoppedOn() {
    return publicityStoppedOn;
  }

  public void setPublicityStoppedOn(LocalDate publicityStoppedOn) {
    this.publicityStoppedOn = publicityStoppedOn;
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
}
