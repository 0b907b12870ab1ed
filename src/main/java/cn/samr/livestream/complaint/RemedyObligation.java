package cn.samr.livestream.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What one responsible party owes the consumer, and how it was enforced (督促退赔). */
public class RemedyObligation {

  private Long id;
  private Long complaintId;
  private PartyRole partyRole;
  private Long subjectId;
  private String remedyTypes;
  private BigDecimal amountOwed;
  private RemedyStatus status;
  private String noticeNo;
  private LocalDateTime notifiedAt;
  private LocalDateTime deadline;
  private LocalDateTime urgedAt;
  private String urgeNote;
  private BigDecimal fulfilledAmount;
  private LocalDate fulfilledOn;
  private String refusalReason;
  private Long referralId;
  private String updatedBy;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public PartyRole getPartyRole() {
    return partyRole;
  }

  public void setPartyRole(PartyRole partyRole) {
    this.partyRole = partyRole;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public String getRemedyTypes() {
    return remedyTypes;
  }

  public void setRemedyTypes(String remedyTypes) {
    this.remedyTypes = remedyTypes;
  }

  public BigDecimal getAmountOwed() {
    return amountOwed;
  }

  public void setAmountOwed(BigDecimal amountOwed) {
    this.amountOwed = amountOwed;
  }

  public RemedyStatus getStatus() {
    return status;
  }

  public void setStatus(RemedyStatus status) {
    this.status = status;
  }

  public String getNoticeNo() {
    return noticeNo;
  }

  public void setNoticeNo(String noticeNo) {
    this.noticeNo = noticeNo;
  }

  public LocalDateTime getNotifiedAt() {
    return notifiedAt;
  }

  public void setNotifiedAt(LocalDateTime notifiedAt) {
    this.notifiedAt = notifiedAt;
  }

  public LocalDateTime getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDateTime deadline) {
    this.deadline = deadline;
  }

  public LocalDateTime getUrgedAt() {
    return urgedAt;
  }

  public void setUrgedAt(LocalDateTime urgedAt) {
    this.urgedAt = urgedAt;
  }

  public String getUrgeNote() {
    return urgeNote;
  }

  public void setUrgeNote(String urgeNote) {
    this.urgeNote = urgeNote;
  }

  public BigDecimal getFulfilledAmount() {
    return fulfilledAmount;
  }

  public void setFulfilledAmount(BigDecimal fulfilledAmount) {
    this.fulfilledAmount = fulfilledAmount;
  }

  public LocalDate getFulfilledOn() {
    return fulfilledOn;
  }

  public void setFulfilledOn(LocalDate fulfilledOn) {
    this.fulfilledOn = fulfilledOn;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public void setRefusalReason(String refusalReason) {
    this.refusalReason = refusalReason;
  }

  public Long getReferralId() {
    return referralId;
  }

  public void setReferralId(Long referralId) {
    this.referralId = referralId;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String updatedBy) {
    this.updatedBy = updatedBy;
  }
}
