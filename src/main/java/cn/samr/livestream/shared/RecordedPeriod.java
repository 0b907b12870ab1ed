package cn.samr.livestream.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A period an officer recorded because the law takes it out of a limit (the case's 90 days, the complaint's
 * 45 working days): its dates, the officer's note, and who recorded it when. Each feature keeps its own
 * table and adds what it counts.
 */
public abstract class RecordedPeriod {

  private Long id;
  private LocalDate startDate;
  private LocalDate endDate;
  private String note;
  private String recordedBy;
  private LocalDateTime recordedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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
