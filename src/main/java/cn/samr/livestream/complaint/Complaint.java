package cn.samr.livestream.complaint;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A complaint record (投诉件); the complainant's personal data is kept apart in {@link Complainant}. */
public class Complaint {

  private Long id;
  private String complaintNo;
  private ComplaintSource source;
  private String externalNo;
  private LocalDateTime receivedAt;
  private String reportedDistrict;
  private String product;
  private String orderNo;
  private BigDecimal amountPaid;
  private String claims;
  private String description;
  private boolean lifeHealthRisk;
  private String jurisdiction;
  private String handlingUnit;
  private ComplaintStatus status;
  private ComplaintOutcome outcome;
  private LocalDateTime acceptanceDue;
  private LocalDateTime acceptedAt;
  private boolean acceptanceOverdue;
  private boolean rerouted;
  private LocalDateTime mediationDeadline;
  private LocalDateTime closedAt;
  private Boolean closedOnTime;
  private String processInstanceId;
  private String registeredBy;
  private LocalDateTime createdAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getComplaintNo() {
    return complaintNo;
  }

  public void setComplaintNo(String complaintNo) {
    this.complaintNo = complaintNo;
  }

  public ComplaintSource getSource() {
    return source;
  }

  public void setSource(ComplaintSource source) {
    this.source = source;
  }

  public String getExternalNo() {
    return externalNo;
  }

  public void setExternalNo(String externalNo) {
    this.externalNo = externalNo;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getReportedDistrict() {
    return reportedDistrict;
  }

  public void setReportedDistrict(String reportedDistrict) {
    this.reportedDistrict = reportedDistrict;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public void setOrderNo(String orderNo) {
    this.orderNo = orderNo;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public void setAmountPaid(BigDecimal amountPaid) {
    this.amountPaid = amountPaid;
  }

  public String getClaims() {
    return claims;
  }

  public void setClaims(String claims) {
    this.claims = claims;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isLifeHealthRisk() {
    return lifeHealthRisk;
  }

  public void setLifeHealthRisk(boolean lifeHealthRisk) {
    this.lifeHealthRisk = lifeHealthRisk;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public String getHandlingUnit() {
    return handlingUnit;
  }

  public void setHandlingUnit(String handlingUnit) {
    this.handlingUnit = handlingUnit;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public ComplaintOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ComplaintOutcome outcome) {
    this.outcome = outcome;
  }

  public LocalDateTime getAcceptanceDue() {
    return acceptanceDue;
  }

  public void setAcceptanceDue(LocalDateTime acceptanceDue) {
    this.acceptanceDue = acceptanceDue;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public void setAcceptedAt(LocalDateTime acceptedAt) {
    this.acceptedAt = acceptedAt;
  }

  public boolean isAcceptanceOverdue() {
    return acceptanceOverdue;
  }

  public void setAcceptanceOverdue(boolean acceptanceOverdue) {
    this.acceptanceOverdue = acceptanceOverdue;
  }

  public boolean isRerouted() {
    return rerouted;
  }

  public void setRerouted(boolean rerouted) {
    this.rerouted = rerouted;
  }

  public LocalDateTime getMediationDeadline() {
    return mediationDeadline;
  }

  public void setMediationDeadline(LocalDateTime mediationDeadline) {
    this.mediationDeadline = mediationDeadline;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public Boolean getClosedOnTime() {
    return closedOnTime;
  }

  public void setClosedOnTime(Boolean closedOnTime) {
    this.closedOnTime = closedOnTime;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }
}
