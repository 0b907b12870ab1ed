package cn.samr.livestream.governance.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A special campaign (专项整治, table campaign). */
public class Campaign {

  private Long id;
  private String code;
  private String name;
  private CampaignLevel level;
  private String ownerUnit;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private String focusCategories;
  private String productAreas;
  private String description;
  private String jointDepartments;
  private CampaignStatus status;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private String approvalRemarks;
  private LocalDateTime summaryDue;
  private String reviewRemarks;
  private String reviewedBy;
  private String processInstanceId;
  private String createdBy;
  private LocalDateTime createdAt;
  private LocalDateTime closedAt;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public CampaignLevel getLevel() { return level; }
  public void setLevel(CampaignLevel level) { this.level = level; }
  public String getOwnerUnit() { return ownerUnit; }
  public void setOwnerUnit(String ownerUnit) { this.ownerUnit = ownerUnit; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
  public String getFocusCategories() { return focusCategories; }
  public void setFocusCategories(String focusCategories) { this.focusCategories = focusCategories; }
  public String getProductAreas() { return productAreas; }
  public void setProductAreas(String productAreas) { this.productAreas = productAreas; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getJointDepartments() { return jointDepartments; }
  public void setJointDepartments(String jointDepartments) { this.jointDepartments = jointDepartments; }
  public CampaignStatus getStatus() { return status; }
  public void setStatus(CampaignStatus status) { this.status = status; }
  public String getApprovedBy() { return approvedBy; }
  public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
  public LocalDateTime getApprovedAt() { return approvedAt; }
  public void setApprovedAt(LocalDateTime approvedAt) { this.approvedAt = approvedAt; }
  public String getApprovalRemarks() { return approvalRemarks; }
  public void setApprovalRemarks(String approvalRemarks) { this.approvalRemarks = approvalRemarks; }
  public LocalDateTime getSummaryDue() { return summaryDue; }
  public void setSummaryDue(LocalDateTime summaryDue) { this.summaryDue = summaryDue; }
  public String getReviewRemarks() { return reviewRemarks; }
  public void setReviewRemarks(String reviewRemarks) { this.reviewRemarks = reviewRemarks; }
  public String getReviewedBy() { return reviewedBy; }
  public void setReviewedBy(String reviewedBy) { this.reviewedBy = reviewedBy; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getCreatedBy() { return createdBy; }
  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }

  /** The day lies in the campaign's period (both ends included). */
  public boolean covers(LocalDate day) {
    return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
  }
}
