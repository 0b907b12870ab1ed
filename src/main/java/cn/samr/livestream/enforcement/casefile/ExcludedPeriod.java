package cn.samr.livestream.enforcement.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Time not counted towards the case deadline (hearing, testing/appraisal, public notice): case_excluded_period. */
public class ExcludedPeriod {

  private Long id;
  private Long caseId;
  private ExcludedPeriodKind kind;
  private LocalDate startDate;
  private LocalDate endDate;
  private int days;
  private String note;
  private String recordedBy;
  private LocalDateTime recordedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public ExcludedPeriodKind getKind() {
    return kind;
  }

  public void setKind(ExcludedPeriodKind kind) {
    this.kind = kind;
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

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
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
