package cn.samr.livestream.enforcement.transfer;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One transfer of a suspected crime to the police (涉嫌犯罪移送), a row of criminal_transfer. */
public class CriminalTransfer {

  private Long id;
  private String transferNo;
  private Long clueId;
  private String clueNo;
  private Long caseId;
  private Long subjectId;
  private String unit;
  private TransferStatus status;
  private String reportingOfficers;
  private String suspectedOffence;
  private String reportFacts;
  private BigDecimal illegalTurnover;
  private LocalDateTime reportedAt;
  private LocalDateTime approvalDue;
  private boolean approvalOverdue;
  private Boolean approved;
  private String approvalNote;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private Long actionId;
  private LocalDateTime transferDue;
  private boolean transferOverdue;
  private LocalDateTime transferredAt;
  private String transferredBy;
  private String policeUnit;
  private LocalDateTime policeDecisionDue;
  private LocalDateTime policeRemindedAt;
  private PoliceDecision policeDecision;
  private LocalDateTime policeDecidedAt;
  private String policeReason;
  private Boolean reconsiderationRequested;
  private String reconsiderationNote;
  private String reconsiderationDecidedBy;
  private LocalDateTime reconsiderationRequestedAt;
  private PoliceDecision reconsiderationDecision;
  private String reconsiderationReason;
  private LocalDateTime reconsiderationDecidedAt;
  private TransferOutcome outcome;
  private LocalDateTime closedAt;
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTransferNo() {
    return transferNo;
  }

  public void setTransferNo(String transferNo) {
    this.transferNo = transferNo;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
  }

  public String getClueNo() {
    return clueNo;
  }

  public void setClueNo(String clueNo) {
    this.clueNo = clueNo;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public TransferStatus getStatus() {
    return status;
  }

  public void setStatus(TransferStatus status) {
    this.status = status;
  }

  public String getReportingOfficers() {
    return reportingOfficers;
  }

  public void setReportingOfficers(String reportingOfficers) {
    this.reportingOfficers = reportingOfficers;
  }

  public String getSuspectedOffence() {
    return suspectedOffence;
  }

  public void setSuspectedOffence(String suspectedOffence) {
    this.suspectedOffence = suspectedOffence;
  }

  public String getReportFacts() {
    return reportFacts;
  }

  public void setReportFacts(String reportFacts) {
    this.reportFacts = reportFacts;
  }

  public BigDecimal getIllegalTurnover() {
    return illegalTurnover;
  }

  public void setIllegalTurnover(BigDecimal illegalTurnover) {
    this.illegalTurnover = illegalTurnover;
  }

  public LocalDateTime getReportedAt() {
    return reportedAt;
  }

  public void setReportedAt(LocalDateTime reportedAt) {
    this.reportedAt = reportedAt;
  }

  public LocalDateTime getApprovalDue() {
    return approvalDue;
  }

  public void setApprovalDue(LocalDateTime approvalDue) {
    this.approvalDue = approvalDue;
  }

  public boolean isApprovalOverdue() {
    return approvalOverdue;
  }

  public void setApprovalOverdue(boolean approvalOverdue) {
    this.approvalOverdue = approvalOverdue;
  }

  public Boolean getApproved() {
    return approved;
  }

  public void setApproved(Boolean approved) {
    this.approved = approved;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public void setApprovalNote(String approvalNote) {
    this.approvalNote = approvalNote;
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

  public Long getActionId() {
    return actionId;
  }

  public void setActionId(Long actionId) {
    this.actionId = actionId;
  }

  public LocalDateTime getTransferDue() {
    return transferDue;
  }

  public void setTransferDue(LocalDateTime transferDue) {
    this.transferDue = transferDue;
  }

  public boolean isTransferOverdue() {
    return transferOverdue;
  }

  public void setTransferOverdue(boolean transferOverdue) {
    this.transferOverdue = transferOverdue;
  }

  public LocalDateTime getTransferredAt() {
    return transferredAt;
  }

  public void setTransferredAt(LocalDateTime transferredAt) {
    this.transferredAt = transferredAt;
  }

  public String getTransferredBy() {
    return transferredBy;
  }

  public void setTransferredBy(String transferredBy) {
    this.transferredBy = transferredBy;
  }

  public String getPoliceUnit() {
    return policeUnit;
  }

  public void setPoliceUnit(String policeUnit) {
    this.policeUnit = policeUnit;
  }

  public LocalDateTime getPoliceDecisionDue() {
    return policeDecisionDue;
  }

  public void setPoliceDecisionDue(LocalDateTime policeDecisionDue) {
    this.policeDecisionDue = policeDecisionDue;
  }

  public LocalDateTime getPoliceRemindedAt() {
    return policeRemindedAt;
  }

  public void setPoliceRemindedAt(LocalDateTime policeRemindedAt) {
    this.policeRemindedAt = policeRemindedAt;
  }

  public PoliceDecision getPoliceDecision() {
    return policeDecision;
  }

  public void setPoliceDecision(PoliceDecision policeDecision) {
    this.policeDecision = policeDecision;
  }

  public LocalDateTime getPoliceDecidedAt() {
    return policeDecidedAt;
  }

  public void setPoliceDecidedAt(LocalDateTime policeDecidedAt) {
    this.policeDecidedAt = policeDecidedAt;
  }

  public String getPoliceReason() {
    return policeReason;
  }

  public void setPoliceReason(String policeReason) {
    this.policeReason = policeReason;
  }

  public Boolean getReconsiderationRequested() {
    return reconsiderationRequested;
  }

  public void setReconsiderationRequested(Boolean reconsiderationRequested) {
    this.reconsiderationRequested = reconsiderationRequested;
  }

  public String getReconsiderationNote() {
    return reconsiderationNote;
  }

  public void setReconsiderationNote(String reconsiderationNote) {
    this.reconsiderationNote = reconsiderationNote;
  }

  public String getReconsiderationDecidedBy() {
    return reconsiderationDecidedBy;
  }

  public void setReconsiderationDecidedBy(String reconsiderationDecidedBy) {
    this.reconsiderationDecidedBy = reconsiderationDecidedBy;
  }

  public LocalDateTime getReconsiderationRequestedAt() {
    return reconsiderationRequestedAt;
  }

  public void setReconsiderationRequestedAt(LocalDateTime reconsiderationRequestedAt) {
    this.reconsiderationRequestedAt = reconsiderationRequestedAt;
  }

  public PoliceDecision getReconsiderationDecision() {
    return reconsiderationDecision;
  }

  public void setReconsiderationDecision(PoliceDecision reconsiderationDecision) {
    this.reconsiderationDecision = reconsiderationDecision;
  }

  public String getReconsiderationReason() {
    return reconsiderationReason;
  }

  public void setReconsiderationReason(String reconsiderationReason) {
    this.reconsiderationReason = reconsiderationReason;
  }

  public LocalDateTime getReconsiderationDecidedAt() {
    return reconsiderationDecidedAt;
  }

  public void setReconsiderationDecidedAt(LocalDateTime reconsiderationDecidedAt) {
    this.reconsiderationDecidedAt = reconsiderationDecidedAt;
  }

  public TransferOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(TransferOutcome outcome) {
    this.outcome = outcome;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }
}
