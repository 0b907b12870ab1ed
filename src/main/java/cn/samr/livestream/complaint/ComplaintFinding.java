package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.ViolationCategory;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The findings of verification (调查核实). */
public class ComplaintFinding {

  private Long complaintId;
  private boolean substantiated;
  private String facts;
  private String remedyTypes;
  private BigDecimal amountOwed;
  private boolean violationClueFound;
  private ViolationCategory clueCategory;
  private String clueDescription;
  private String recordedBy;
  private LocalDateTime recordedAt;

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public boolean isSubstantiated() {
    return substantiated;
  }

  public void setSubstantiated(boolean substantiated) {
    this.substantiated = substantiated;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
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

  public boolean isViolationClueFound() {
    return violationClueFound;
  }

  public void setViolationClueFound(boolean violationClueFound) {
    this.violationClueFound = violationClueFound;
  }

  public ViolationCategory getClueCategory() {
    return clueCategory;
  }

  public void setClueCategory(ViolationCategory clueCategory) {
    this.clueCategory = clueCategory;
  }

  public String getClueDescription() {
    return clueDescription;
  }

  public void setClueDescription(String clueDescription) {
    this.clueDescription = clueDescription;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }
}
