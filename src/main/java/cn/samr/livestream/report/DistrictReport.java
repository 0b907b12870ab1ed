package cn.samr.livestream.report;

import cn.samr.livestream.engine.DistrictMonth;
import java.time.LocalDateTime;

/** One row of district_report: a district's submission for a month (区局月度数据报送). */
public class DistrictReport {

  /** Task-list prefix of a district report's number. */
  public static final String NUMBER_PREFIX = "YB";

  private Long id;
  private Long reportId;
  /** The district's org_unit.code. */
  private String unitCode;
  private String monthCode;
  private DistrictReportStatus status;
  private LocalDateTime dueAt;
  /** Reminder on the 3rd, while not submitted. */
  private LocalDateTime remindedAt;
  /** Not submitted when the 5th began. */
  private boolean overdue;
  private LocalDateTime overdueAt;
  private LocalDateTime submittedAt;
  private String submittedBy;
  /** Submitted by the due time; null until submitted. */
  private Boolean onTime;
  /** 情况说明. */
  private String remarks;
  /** 工作建议. */
  private String suggestions;
  /** 逾期未报送督办: when the head supervised. */
  private LocalDateTime supervisedAt;
  private String supervisedBy;
  /** 督办意见. */
  private String supervisionNote;
  /** Read only: the district's name (org_unit). */
  private String unitName;
  /** Read only: the district's division code (org_unit), e.g. 310113. */
  private String districtCode;

  /** The district's report number shown in task lists: YB-310113-2026-10 (district code and month). */
  public static String number(String districtCode, String monthCode) {
    return DistrictMonth.number(NUMBER_PREFIX, districtCode, monthCode);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getMonthCode() {
    return monthCode;
  }

  public void setMonthCode(String monthCode) {
    this.monthCode = monthCode;
  }

  public DistrictReportStatus getStatus() {
    return status;
  }

  public void setStatus(DistrictReportStatus status) {
    this.status = status;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
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

  public LocalDateTime getOverdueAt() {
    return overdueAt;
  }

  public void setOverdueAt(LocalDateTime overdueAt) {
    this.overdueAt = overdueAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public void setSubmittedAt(LocalDateTime submittedAt) {
    this.submittedAt = submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public void setSubmittedBy(String submittedBy) {
    this.submittedBy = submittedBy;
  }

  public Boolean getOnTime() {
    return onTime;
  }

  public void setOnTime(Boolean onTime) {
    this.onTime = onTime;
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

  public LocalDateTime getSupervisedAt() {
    return supervisedAt;
  }

  public void setSupervisedAt(LocalDateTime supervisedAt) {
    this.supervisedAt = supervisedAt;
  }

  public String getSupervisedBy() {
    return supervisedBy;
  }

  public void setSupervisedBy(String supervisedBy) {
    this.supervisedBy = supervisedBy;
  }

  public String getSupervisionNote() {
    return supervisionNote;
  }

  public void setSupervisionNote(String supervisionNote) {
    this.supervisionNote = supervisionNote;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }
}
