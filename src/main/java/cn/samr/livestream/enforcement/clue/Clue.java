package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.shared.ViolationCategory;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A clue (线索) and its verification, tier decision and outcome; the reporter's identity is kept apart in {@link ClueReporter}. */
public class Clue {

  private Long id;
  private String clueNo;
  private ClueSource source;
  private String externalNo;
  private LocalDateTime receivedAt;
  private ViolationCategory category;
  private String districtCode;
  private String handlingUnit;
  private String facts;
  private String evidence;
  private Long referralId;
  private boolean realNameReport;
  private ClueStatus status;
  private LocalDateTime verificationDue;
  private boolean extensionRequested;
  private Boolean extensionGranted;
  private boolean verificationOverdue;
  private Boolean substantiated;
  private Boolean lifeHealthRisk;
  private Boolean majorPropertyLoss;
  private Boolean harmCaused;
  private Boolean correctedPromptly;
  private BigDecimal illegalTurnover;
  private Boolean refundRefused;
  private Boolean otherDepartmentsInvolved;
  private Boolean majorOrDifficult;
  private String findings;
  private LocalDateTime verifiedAt;
  private ResponseTier proposedTier;
  private ResponseTier tier;
  private String tierChangeReason;
  private boolean escalated;
  private LocalDateTime decidedAt;
  private LocalDateTime reporterNotifiedAt;
  private String outcome;
  private LocalDateTime closedAt;
  private String processInstanceId;
  private String registeredBy;
  private LocalDateTime createdAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getClueNo() {
    return clueNo;
  }

  public void setClueNo(String clueNo) {
    this.clueNo = clueNo;
  }

  public ClueSource getSource() {
    return source;
  }

  public void setSource(ClueSource source) {
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

  public ViolationCategory getCategory() {
    return category;
  }

  public void setCategory(ViolationCategory category) {
    this.category = category;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getHandlingUnit() {
    return handlingUnit;
  }

  public void setHandlingUnit(String handlingUnit) {
    this.handlingUnit = handlingUnit;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public Long getReferralId() {
    return referralId;
  }

  public void setReferralId(Long referralId) {
    this.referralId = referralId;
  }

  public boolean isRealNameReport() {
    return realNameReport;
  }

  public void setRealNameReport(boolean realNameReport) {
    this.realNameReport = realNameReport;
  }

  public ClueStatus getStatus() {
    return status;
  }

  public void setStatus(ClueStatus status) {
    this.status = status;
  }

  public LocalDateTime getVerificationDue() {
    return verificationDue;
  }

  public void setVerificationDue(LocalDateTime verificationDue) {
    this.verificationDue = verificationDue;
  }

  public boolean isExtensionRequested() {
    return extensionRequested;
  }

  public void setExtensionRequested(boolean extensionRequested) {
    this.extensionRequested = extensionRequested;
  }

  public Boolean getExtensionGranted() {
    return extensionGranted;
  }

  public void setExtensionGranted(Boolean extensionGranted) {
    this.extensionGranted = extensionGranted;
  }

  public boolean isVerificationOverdue() {
    return verificationOverdue;
  }

  public void setVerificationOverdue(boolean verificationOverdue) {
    this.verificationOverdue = verificationOverdue;
  }

  public Boolean getSubstantiated() {
    return substantiated;
  }

  public void setSubstantiated(Boolean substantiated) {
    this.substantiated = substantiated;
  }

  public Boolean getLifeHealthRisk() {
    return lifeHealthRisk;
  }

  public void setLifeHealthRisk(Boolean lifeHealthRisk) {
    this.lifeHealthRisk = lifeHealthRisk;
  }

  public Boolean getMajorPropertyLoss() {
    return majorPropertyLoss;
  }

  public void setMajorPropertyLoss(Boolean majorPropertyLoss) {
    this.majorPropertyLoss = majorPropertyLoss;
  }

  public Boolean getHarmCaused() {
    return harmCaused;
  }

  public void setHarmCaused(Boolean harmCaused) {
    this.harmCaused = harmCaused;
  }

  public Boolean getCorrectedPromptly() {
    return correctedPromptly;
  }

  public void setCorrectedPromptly(Boolean correctedPromptly) {
    this.correctedPromptly = correctedPromptly;
  }

  public BigDecimal getIllegalTurnover() {
    return illegalTurnover;
  }

  public void setIllegalTurnover(BigDecimal illegalTurnover) {
    this.illegalTurnover = illegalTurnover;
  }

  public Boolean getRefundRefused() {
    return refundRefused;
  }

  public void setRefundRefused(Boolean refundRefused) {
    this.refundRefused = refundRefused;
  }

  public Boolean getOtherDepartmentsInvolved() {
    return otherDepartmentsInvolved;
  }

  public void setOtherDepartmentsInvolved(Boolean otherDepartmentsInvolved) {
    this.otherDepartmentsInvolved = otherDepartmentsInvolved;
  }

  public Boolean getMajorOrDifficult() {
    return majorOrDifficult;
  }

  public void setMajorOrDifficult(Boolean majorOrDifficult) {
    this.majorOrDifficult = majorOrDifficult;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public LocalDateTime getVerifiedAt() {
    return verifiedAt;
  }

  public void setVerifiedAt(LocalDateTime verifiedAt) {
    this.verifiedAt = verifiedAt;
  }

  public ResponseTier getProposedTier() {
    return proposedTier;
  }

  public void setProposedTier(ResponseTier proposedTier) {
    this.proposedTier = proposedTier;
  }

  public ResponseTier getTier() {
    return tier;
  }

  public void setTier(ResponseTier tier) {
    this.tier = tier;
  }

  public String getTierChangeReason() {
    return tierChangeReason;
  }

  public void setTierChangeReason(String tierChangeReason) {
    this.tierChangeReason = tierChangeReason;
  }

  public boolean isEscalated() {
    return escalated;
  }

  public void setEscalated(boolean escalated) {
    this.escalated = escalated;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(LocalDateTime decidedAt) {
    this.decidedAt = decidedAt;
  }

  public LocalDateTime getReporterNotifiedAt() {
    return reporterNotifiedAt;
  }

  public void setReporterNotifiedAt(LocalDateTime reporterNotifiedAt) {
    this.reporterNotifiedAt = reporterNotifiedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
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
