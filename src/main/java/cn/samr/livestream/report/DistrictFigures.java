package cn.samr.livestream.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One district's row of the monthly statistics table (DOMAIN.md §7). Computed live from the domain
 * tables, or read back from the frozen snapshot (monthly_report_figures).
 */
public class DistrictFigures {

  /** the district's org_unit.code. */
  private String unitCode;
  /** 区局名称. */
  private String unitName;
  private int displayOrder;
  /** 抽查监测条次. */
  private int spotChecks;
  /** 抽查配额. */
  private int spotCheckQuota;
  /** 抽查发现涉嫌违法. */
  private int suspectedViolations;
  /** 收到线索. */
  private int cluesReceived;
  /** 核查线索. */
  private int cluesVerified;
  /** 行政告诫. */
  private int admonitions;
  /** 行政指导书. */
  private int guidanceLetters;
  /** 责令改正. */
  private int ordersToCorrect;
  /** 已改正（复查）. */
  private int ordersCorrected;
  /** 下架商品/链接. */
  private int takedowns;
  /** 立案. */
  private int casesFiled;
  /** 结案（作出处罚决定）. */
  private int casesDecided;
  /** 罚款（元）. */
  private BigDecimal fines = BigDecimal.ZERO;
  /** 没收违法所得（元）. */
  private BigDecimal confiscations = BigDecimal.ZERO;
  /** 移送司法机关. */
  private int criminalTransfers;
  /** 收到投诉. */
  private int complaintsReceived;
  /** 受理投诉. */
  private int complaintsAccepted;
  /** 办结投诉. */
  private int complaintsClosed;
  /** 按时办结投诉. */
  private int complaintsClosedOnTime;
  /** 收到举报. */
  private int reportsReceived;
  /** 核查举报. */
  private int reportsVerified;
  /** 按时核查举报. */
  private int reportsVerifiedOnTime;
  /** 挽回退款和赔偿（元）. */
  private BigDecimal refundsRecovered = BigDecimal.ZERO;
  /** 上报综合协调工作组. */
  private int escalations;
  private int departmentTransfers;
  /** 按时报送 (null until the district submits). */
  private Boolean submittedOnTime;
  /** 情况说明. */
  private String remarks;
  /** 工作建议. */
  private String suggestions;

  /** Share of complaints closed this month that were closed on time, 0–100 with one decimal; null when none closed. */
  public BigDecimal getComplaintsOnTimeRate() {
    return rate(complaintsClosedOnTime, complaintsClosed);
  }

  /** Share of reports verified this month that were verified on time, 0–100 with one decimal; null when none verified. */
  public BigDecimal getReportsOnTimeRate() {
    return rate(reportsVerifiedOnTime, reportsVerified);
  }

  /** Spot checks done as a share of the quota, with one decimal (may exceed 100); null when the quota is 0. */
  public BigDecimal getSpotCheckRate() {
    return rate(spotChecks, spotCheckQuota);
  }

  static BigDecimal rate(int part, int whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }

  public void setDisplayOrder(int displayOrder) {
    this.displayOrder = displayOrder;
  }

  public int getSpotChecks() {
    return spotChecks;
  }

  public void setSpotChecks(int spotChecks) {
    this.spotChecks = spotChecks;
  }

  public int getSpotCheckQuota() {
    return spotCheckQuota;
  }

  public void setSpotCheckQuota(int spotCheckQuota) {
    this.spotCheckQuota = spotCheckQuota;
  }

  public int getSuspectedViolations() {
    return suspectedViolations;
  }

  public void setSuspectedViolations(int suspectedViolations) {
    this.suspectedViolations = suspectedViolations;
  }

  public int getCluesReceived() {
    return cluesReceived;
  }

  public void setCluesReceived(int cluesReceived) {
    this.cluesReceived = cluesReceived;
  }

  public int getCluesVerified() {
    return cluesVerified;
  }

  public void setCluesVerified(int cluesVerified) {
    this.cluesVerified = cluesVerified;
  }

  public int getAdmonitions() {
    return admonitions;
  }

  public void setAdmonitions(int admonitions) {
    this.admonitions = admonitions;
  }

  public int getGuidanceLetters() {
    return guidanceLetters;
  }

  public void setGuidanceLetters(int guidanceLetters) {
    this.guidanceLetters = guidanceLetters;
  }

  public int getOrdersToCorrect() {
    return ordersToCorrect;
  }

  public void setOrdersToCorrect(int ordersToCorrect) {
    this.ordersToCorrect = ordersToCorrect;
  }

  public int getOrdersCorrected() {
    return ordersCorrected;
  }

  public void setOrdersCorrected(int ordersCorrected) {
    this.ordersCorrected = ordersCorrected;
  }

  public int getTakedowns() {
    return takedowns;
  }

  public void setTakedowns(int takedowns) {
    this.takedowns = takedowns;
  }

  public int getCasesFiled() {
    return casesFiled;
  }

  public void setCasesFiled(int casesFiled) {
    this.casesFiled = casesFiled;
  }

  public int getCasesDecided() {
    return casesDecided;
  }

  public void setCasesDecided(int casesDecided) {
    this.casesDecided = casesDecided;
  }

  public BigDecimal getFines() {
    return fines;
  }

  public void setFines(BigDecimal fines) {
    this.fines = fines;
  }

  public BigDecimal getConfiscations() {
    return confiscations;
  }

  public void setConfiscations(BigDecimal confiscations) {
    this.confiscations = confiscations;
  }

  public int getCriminalTransfers() {
    return criminalTransfers;
  }

  public void setCriminalTransfers(int criminalTransfers) {
    this.criminalTransfers = criminalTransfers;
  }

  public int getComplaintsReceived() {
    return complaintsReceived;
  }

  public void setComplaintsReceived(int complaintsReceived) {
    this.complaintsReceived = complaintsReceived;
  }

  public int getComplaintsAccepted() {
    return complaintsAccepted;
  }

  public void setComplaintsAccepted(int complaintsAccepted) {
    this.complaintsAccepted = complaintsAccepted;
  }

  public int getComplaintsClosed() {
    return complaintsClosed;
  }

  public void setComplaintsClosed(int complaintsClosed) {
    this.complaintsClosed = complaintsClosed;
  }

  public int getComplaintsClosedOnTime() {
    return complaintsClosedOnTime;
  }

  public void setComplaintsClosedOnTime(int complaintsClosedOnTime) {
    this.complaintsClosedOnTime = complaintsClosedOnTime;
  }

  public int getReportsReceived() {
    return reportsReceived;
  }

  public void setReportsReceived(int reportsReceived) {
    this.reportsReceived = reportsReceived;
  }

  public int getReportsVerified() {
    return reportsVerified;
  }

  public void setReportsVerified(int reportsVerified) {
    this.reportsVerified = reportsVerified;
  }

  public int getReportsVerifiedOnTime() {
    return reportsVerifiedOnTime;
  }

  public void setReportsVerifiedOnTime(int reportsVerifiedOnTime) {
    this.reportsVerifiedOnTime = reportsVerifiedOnTime;
  }

  public BigDecimal getRefundsRecovered() {
    return refundsRecovered;
  }

  public void setRefundsRecovered(BigDecimal refundsRecovered) {
    this.refundsRecovered = refundsRecovered;
  }

  public int getEscalations() {
    return escalations;
  }

  public void setEscalations(int escalations) {
    this.escalations = escalations;
  }

  /** 移交其他部门: department transfers (部门移送) whose letter was sent in the month, by the requesting unit. */
  public int getDepartmentTransfers() {
    return departmentTransfers;
  }

  public void setDepartmentTransfers(int departmentTransfers) {
    this.departmentTransfers = departmentTransfers;
  }

  public Boolean getSubmittedOnTime() {
    return submittedOnTime;
  }

  public void setSubmittedOnTime(Boolean submittedOnTime) {
    this.submittedOnTime = submittedOnTime;
  }

  public String getRemarks() {
    return remarks;
  }

  public void setRemarks(String remarks) {
    this.remarks = remarks;
  }

  public String getSuggestions() {
    return suggestions;
  }

  public void setSuggestions(String suggestions) {
    this.suggestions = suggestions;
  }
}
