package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDateTime;

/** A complaint matter referred to enforcement (移送执法), which becomes a clue to verify. */
public class Referral {

  private Long id;
  private String referralNo;
  private Long complaintId;
  private Long remedyId;
  private Long subjectId;
  private ViolationCategory category;
  private ReferralReason reason;
  private String facts;
  private String targetUnit;
  private String status;
  private String processInstanceId;
  private String createdBy;
  private LocalDateTime createdAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReferralNo() {
    return referralNo;
  }

  public void setReferralNo(String referralNo) {
    this.referralNo = referralNo;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public Long getRemedyId() {
    return remedyId;
  }

  public void setRemedyId(Long remedyId) {
    this.remedyId = remedyId;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public ViolationCategory getCategory() {
    return category;
  }

  public void setCategory(ViolationCategory category) {
    this.category = category;
  }

  public ReferralReason getReason() {
    return reason;
  }

  public void setReason(ReferralReason reason) {
    this.reason = reason;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getTargetUnit() {
    return targetUnit;
  }

  public void setTargetUnit(String targetUnit) {
    this.targetUnit = targetUnit;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }
}
