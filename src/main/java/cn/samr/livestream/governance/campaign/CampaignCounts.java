package cn.samr.livestream.governance.campaign;

import java.math.BigDecimal;

/**
 * One unit's partial figures from one of {@link CampaignReportMapper}'s queries (only that query's columns are set;
 * the others stay null); {@link CampaignReportService} adds them up per unit.
 */
public class CampaignCounts {

  private String unit;
  private Long spotChecks;
  private Long suspectedViolations;
  private Long clues;
  private Long cluesSubstantiated;
  private Long tierNone;
  private Long tierLenient;
  private Long tierAdmonition;
  private Long tierOrderToCorrect;
  private Long tierCase;
  private Long tierCriminalTransfer;
  private Long casesFiled;
  private Long casesClosed;
  private BigDecimal fines;
  private Long takedowns;
  private Long interviews;
  private Long listings;
  private Long departmentTransfers;

  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public Long getSpotChecks() { return spotChecks; }
  public void setSpotChecks(Long spotChecks) { this.spotChecks = spotChecks; }
  public Long getSuspectedViolations() { return suspectedViolations; }
  public void setSuspectedViolations(Long suspectedViolations) { this.suspectedViolations = suspectedViolations; }
  public Long getClues() { return clues; }
  public void setClues(Long clues) { this.clues = clues; }
  public Long getCluesSubstantiated() { return cluesSubstantiated; }
  public void setCluesSubstantiated(Long cluesSubstantiated) { this.cluesSubstantiated = cluesSubstantiated; }
  public Long getTierNone() { return tierNone; }
  public void setTierNone(Long tierNone) { this.tierNone = tierNone; }
  public Long getTierLenient() { return tierLenient; }
  public void setTierLenient(Long tierLenient) { this.tierLenient = tierLenient; }
  public Long getTierAdmonition() { return tierAdmonition; }
  public void setTierAdmonition(Long tierAdmonition) { this.tierAdmonition = tierAdmonition; }
  public Long getTierOrderToCorrect() { return tierOrderToCorrect; }
  public void setTierOrderToCorrect(Long tierOrderToCorrect) { this.tierOrderToCorrect = tierOrderToCorrect; }
  public Long getTierCase() { return tierCase; }
  public void setTierCase(Long tierCase) { this.tierCase = tierCase; }
  public Long getTierCriminalTransfer() { return tierCriminalTransfer; }
  public void setTierCriminalTransfer(Long tierCriminalTransfer) { this.tierCriminalTransfer = tierCriminalTransfer; }
  public Long getCasesFiled() { return casesFiled; }
  public void setCasesFiled(Long casesFiled) { this.casesFiled = casesFiled; }
  public Long getCasesClosed() { return casesClosed; }
  public void setCasesClosed(Long casesClosed) { this.casesClosed = casesClosed; }
  public BigDecimal getFines() { return fines; }
  public void setFines(BigDecimal fines) { this.fines = fines; }
  public Long getTakedowns() { return takedowns; }
  public void setTakedowns(Long takedowns) { this.takedowns = takedowns; }
  public Long getInterviews() { return interviews; }
  public void setInterviews(Long interviews) { this.interviews = interviews; }
  public Long getListings() { return listings; }
  public void setListings(Long listings) { this.listings = listings; }
  public Long getDepartmentTransfers() { return departmentTransfers; }
  public void setDepartmentTransfers(Long departmentTransfers) { this.departmentTransfers = departmentTransfers; }
}
