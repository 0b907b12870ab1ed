package cn.samr.livestream.enforcement.casefile;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A filed case (立案查处): one row of case_file, from the filing request to closing. */
public class CaseFile {

  private Long id;
  private String caseNo;
  private Long clueId;
  private Long subjectId;
  private String unit;
  private CaseStatus status;
  private LocalDateTime filedAt;
  private LocalDateTime decisionDue;
  private boolean extended;
  private int excludedDays;
  private String plannedPenalty;
  private LocalDateTime hearingNotifiedAt;
  private Boolean hearingRequested;
  private BigDecimal fineAmount;
  private BigDecimal confiscationAmount;
  private Boolean warning;
  private Boolean publication;
  private Boolean seriousViolationList;
  private LocalDateTime decidedAt;
  private String decisionNo;
  private LocalDateTime servedAt;
  private LocalDateTime publishedAt;
  private LocalDateTime closedAt;
  private String outcome;
  private String processInstanceId;
  private LocalDateTime createdAt;
  private String filingNote;
  private String filingDecidedBy;
  private boolean extensionRequested;
  private String extensionNote;
  private boolean deadlineOverdue;
  private String supervisionNote;
  private boolean crimeSuspected;
  private String suspectedOffence;
  private String findings;
  private Boolean licenceRevocation;
  private Boolean suspendBusiness;
  private Boolean hearingRight;
  private LocalDateTime serviceDue;
  private boolean serviceOverdue;
  private LocalDateTime publicationDue;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
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

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public LocalDateTime getFiledAt() {
    return filedAt;
  }

  public void setFiledAt(LocalDateTime filedAt) {
    this.filedAt = filedAt;
  }

  public LocalDateTime getDecisionDue() {
    return decisionDue;
  }

  public void setDecisionDue(LocalDateTime decisionDue) {
    this.decisionDue = decisionDue;
  }

  public boolean isExtended() {
    return extended;
  }

  public void setExtended(boolean extended) {
    this.extended = extended;
  }

  public int getExcludedDays() {
    return excludedDays;
  }

  public void setExcludedDays(int excludedDays) {
    this.excludedDays = excludedDays;
  }

  public String getPlannedPenalty() {
    return plannedPenalty;
  }

  public void setPlannedPenalty(String plannedPenalty) {
    this.plannedPenalty = plannedPenalty;
  }

  public LocalDateTime getHearingNotifiedAt() {
    return hearingNotifiedAt;
  }

  public void setHearingNotifiedAt(LocalDateTime hearingNotifiedAt) {
    this.hearingNotifiedAt = hearingNotifiedAt;
  }

  public Boolean getHearingRequested() {
    return hearingRequested;
  }

  public void setHearingRequested(Boolean hearingRequested) {
    this.hearingRequested = hearingRequested;
  }

  public BigDecimal getFineAmount() {
    return fineAmount;
  }

  public void setFineAmount(BigDecimal fineAmount) {
    this.fineAmount = fineAmount;
  }

  public BigDecimal getConfiscationAmount() {
    return confiscationAmount;
  }

  public void setConfiscationAmount(BigDecimal confiscationAmount) {
    this.confiscationAmount = confiscationAmount;
  }

  public Boolean getWarning() {
    return warning;
  }

  public void setWarning(Boolean warning) {
    this.warning = warning;
  }

  public Boolean getPublication() {
    return publication;
  }

  public void setPublication(Boolean publication) {
    this.publication = publication;
  }

  public Boolean getSeriousViolationList() {
    return seriousViolationList;
  }

  public void setSeriousViolationList(Boolean seriousViolationList) {
    this.seriousViolationList = seriousViolationList;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(LocalDateTime decidedAt) {
    this.decidedAt = decidedAt;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public void setDecisionNo(String decisionNo) {
    this.decisionNo = decisionNo;
  }

  public LocalDateTime getServedAt() {
    return servedAt;
  }

  public void setServedAt(LocalDateTime servedAt) {
    this.servedAt = servedAt;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(LocalDateTime publishedAt) {
    this.publishedAt = publishedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public String getFilingNote() {
    return filingNote;
  }

  public void setFilingNote(String filingNote) {
    this.filingNote = filingNote;
  }

  public String getFilingDecidedBy() {
    return filingDecidedBy;
  }

  public void setFilingDecidedBy(String filingDecidedBy) {
    this.filingDecidedBy = filingDecidedBy;
  }

  public boolean isExtensionRequested() {
    return extensionRequested;
  }

  public void setExtensionRequested(boolean extensionRequested) {
    this.extensionRequested = extensionRequested;
  }

  public String getExtensionNote() {
    return extensionNote;
  }

  public void setExtensionNote(String extensionNote) {
    this.extensionNote = extensionNote;
  }

  public boolean isDeadlineOverdue() {
    return deadlineOverdue;
  }

  public void setDeadlineOverdue(boolean deadlineOverdue) {
    this.deadlineOverdue = deadlineOverdue;
  }

  public String getSupervisionNote() {
    return supervisionNote;
  }

  public void setSupervisionNote(String supervisionNote) {
    this.supervisionNote = supervisionNote;
  }

  public boolean isCrimeSuspected() {
    return crimeSuspected;
  }

  public void setCrimeSuspected(boolean crimeSuspected) {
    this.crimeSuspected = crimeSuspected;
  }

  public String getSuspectedOffence() {
    return suspectedOffence;
  }

  public void setSuspectedOffence(String suspectedOffence) {
    this.suspectedOffence = suspectedOffence;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public Boolean getLicenceRevocation() {
    return licenceRevocation;
  }

  public void setLicenceRevocation(Boolean licenceRevocation) {
    this.licenceRevocation = licenceRevocation;
  }

  public Boolean getSuspendBusiness() {
    return suspendBusiness;
  }

  public void setSuspendBusiness(Boolean suspendBusiness) {
    this.suspendBusiness = suspendBusiness;
  }

  public Boolean getHearingRight() {
    return hearingRight;
  }

  public void setHearingRight(Boolean hearingRight) {
    this.hearingRight = hearingRight;
  }

  public LocalDateTime getServiceDue() {
    return serviceDue;
  }

  public void setServiceDue(LocalDateTime serviceDue) {
    this.serviceDue = serviceDue;
  }

  public boolean isServiceOverdue() {
    return serviceOverdue;
  }

  public void setServiceOverdue(boolean serviceOverdue) {
    this.serviceOverdue = serviceOverdue;
  }

  public LocalDateTime getPublicationDue() {
    return publicationDue;
  }

  public void setPublicationDue(LocalDateTime publicationDue) {
    this.publicationDue = publicationDue;
  }
}
