package cn.samr.livestream.monitoring;

import cn.samr.livestream.engine.DistrictMonth;
import java.time.LocalDateTime;

/** One row of spot_check_assignment: a district's spot checks for one month (yyyy-MM). */
public class SpotCheckAssignment {

  /** Task-list prefix of an assignment's number. */
  public static final String NUMBER_PREFIX = "JC";

  private Long id;
  private String unitCode;
  private String monthCode;
  private int quota;
  private String focusAreas;
  private AssignmentStatus status;
  private Boolean quotaMet;
  private Integer checksRecorded;
  private LocalDateTime remindedAt;
  private LocalDateTime closedAt;
  private String closedBy;
  private String processInstanceId;
  private LocalDateTime createdAt;

  /** The assignment number shown in task lists: JC-310113-2026-03 (district code and month). */
  public static String number(String districtCode, String monthCode) {
    return DistrictMonth.number(NUMBER_PREFIX, districtCode, monthCode);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public int getQuota() {
    return quota;
  }

  public void setQuota(int quota) {
    this.quota = quota;
  }

  public String getFocusAreas() {
    return focusAreas;
  }

  public void setFocusAreas(String focusAreas) {
    this.focusAreas = focusAreas;
  }

  public AssignmentStatus getStatus() {
    return status;
  }

  public void setStatus(AssignmentStatus status) {
    this.status = status;
  }

  public Boolean getQuotaMet() {
    return quotaMet;
  }

  public void setQuotaMet(Boolean quotaMet) {
    this.quotaMet = quotaMet;
  }

  public Integer getChecksRecorded() {
    return checksRecorded;
  }

  public void setChecksRecorded(Integer checksRecorded) {
    this.checksRecorded = checksRecorded;
  }

  public LocalDateTime getRemindedAt() {
    return remindedAt;
  }

  public void setRemindedAt(LocalDateTime remindedAt) {
    this.remindedAt = remindedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public void setClosedBy(String closedBy) {
    this.closedBy = closedBy;
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
}
