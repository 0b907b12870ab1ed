package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.coordination.Department;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One transfer to another department (部门移送): a row of department_transfer. The facts, materials and feedback live
 * here and in no process variable.
 */
public class DepartmentTransfer {

  private Long id;
  private String transferNo;
  private Department department;
  private String recipientName;
  private Long clueId;
  private Long caseId;
  private String senderUnit;
  private DepartmentTransferStatus status;
  private TransferReason reason;
  private String facts;
  private String materials;
  private String basis;
  private int feedbackWorkingDays;
  private boolean notCriminal;
  private boolean viaCoordination;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private String approvalNote;
  private String forwardedBy;
  private LocalDateTime forwardedAt;
  private String forwardNote;
  private String issuingUnit;
  private Long actionId;
  private LocalDateTime sentAt;
  private LocalDateTime receiptDue;
  private LocalDateTime receiptRemindedAt;
  private LocalDate receivedOn;
  private String receiver;
  private String receiptRecordedBy;
  private LocalDateTime feedbackDue;
  private LocalDateTime remindedAt;
  private boolean overdue;
  private String feedback;
  private TransferFeedbackOutcome outcome;
  private String feedbackRecordedBy;
  private LocalDateTime feedbackRecordedAt;
  private String processInstanceId;
  private String requestedBy;
  private LocalDateTime requestedAt;
  private LocalDateTime closedAt;

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

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public void setRecipientName(String recipientName) {
    this.recipientName = recipientName;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getSenderUnit() {
    return senderUnit;
  }

  public void setSenderUnit(String senderUnit) {
    this.senderUnit = senderUnit;
  }

  public DepartmentTransferStatus getStatus() {
    return status;
  }

  public void setStatus(DepartmentTransferStatus status) {
    this.status = status;
  }

  public TransferReason getReason() {
    return reason;
  }

  public void setReason(TransferReason reason) {
    this.reason = reason;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public int getFeedbackWorkingDays() {
    return feedbackWorkingDays;
  }

  public void setFeedbackWorkingDays(int feedbackWorkingDays) {
    this.feedbackWorkingDays = feedbackWorkingDays;
  }

  public boolean isNotCriminal() {
    return notCriminal;
  }

  public void setNotCriminal(boolean notCriminal) {
    this.notCriminal = notCriminal;
  }

  public boolean isViaCoordination() {
    return viaCoordination;
  }

  public void setViaCoordination(boolean viaCoordination) {
    this.viaCoordination = viaCoordination;
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

  public String getForwardedBy() {
    return forwardedBy;
  }

  public void setForwardedBy(String forwardedBy) {
    this.forwardedBy = forwardedBy;
  }

  public LocalDateTime getForwardedAt() {
    return forwardedAt;
  }

  public void setForwardedAt(LocalDateTime forwardedAt) {
    this.forwardedAt = forwardedAt;
  }

  public String getForwardNote() {
    return forwardNote;
  }

  public void setForwardNote(String forwardNote) {
    this.forwardNote = forwardNote;
  }

  public String getIssuingUnit() {
    return issuingUnit;
  }

  public void setIssuingUnit(String issuingUnit) {
    this.issuingUnit = issuingUnit;
  }

  public Long getActionId() {
    return actionId;
  }

  public void setActionId(Long actionId) {
    this.actionId = actionId;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public void setSentAt(LocalDateTime sentAt) {
    this.sentAt = sentAt;
  }

  public LocalDateTime getReceiptDue() {
    return receiptDue;
  }

  public void setReceiptDue(LocalDateTime receiptDue) {
    this.receiptDue = receiptDue;
  }

  public LocalDateTime getReceiptRemindedAt() {
    return receiptRemindedAt;
  }

  public void setReceiptRemindedAt(LocalDateTime receiptRemindedAt) {
    this.receiptRemindedAt = receiptRemindedAt;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getReceiver() {
    return receiver;
  }

  public void setReceiver(String receiver) {
    this.receiver = receiver;
  }

  public String getReceiptRecordedBy() {
    return receiptRecordedBy;
  }

  public void setReceiptRecordedBy(String receiptRecordedBy) {
    this.receiptRecordedBy = receiptRecordedBy;
  }

  public LocalDateTime getFeedbackDue() {
    return feedbackDue;
  }

  public void setFeedbackDue(LocalDateTime feedbackDue) {
    this.feedbackDue = feedbackDue;
  }

  public LocalDateTime getRemindedAt() {
    return remindedAt;
  }

  public void setRemindedAt(LocalDateTime remindedAt) {
    this.remindedAt = remindedAt;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public TransferFeedbackOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(TransferFeedbackOutcome outcome) {
    this.outcome = outcome;
  }

  public String getFeedbackRecordedBy() {
    return feedbackRecordedBy;
  }

  public void setFeedbackRecordedBy(String feedbackRecordedBy) {
    this.feedbackRecordedBy = feedbackRecordedBy;
  }

  public LocalDateTime getFeedbackRecordedAt() {
    return feedbackRecordedAt;
  }

  public void setFeedbackRecordedAt(LocalDateTime feedbackRecordedAt) {
    this.feedbackRecordedAt = feedbackRecordedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(LocalDateTime requestedAt) {
    this.requestedAt = requestedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }
}
