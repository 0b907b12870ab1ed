package cn.samr.livestream.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Testing, inspection or appraisal time not counted in the 45 working days of mediation: complaint_excluded_period. */
public class MediationExcludedPeriod {

  private Long id;
  private Long complaintId;
  private LocalDate startDate;
  private LocalDate endDate;
  private int workingDays;
  private String note;
  private String recordedBy;
  private LocalDateTime recordedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(int workingDays) {
    this.workingDays = workingDays;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
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
