package cn.samr.livestream.calendar;

import java.time.LocalDateTime;

/** One stored version of a year's arrangement (table holiday_calendar), without its days. */
public class CalendarVersion {

  /** Where a version came from. */
  public enum Source { FILE, API }

  private Long id;
  private int calendarYear;
  private int versionNo;
  private boolean currentVersion;
  private String papers;
  private String enteredBy;
  private LocalDateTime enteredAt;
  private Source source;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getCalendarYear() {
    return calendarYear;
  }

  public void setCalendarYear(int calendarYear) {
    this.calendarYear = calendarYear;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(int versionNo) {
    this.versionNo = versionNo;
  }

  public boolean isCurrentVersion() {
    return currentVersion;
  }

  public void setCurrentVersion(boolean currentVersion) {
    this.currentVersion = currentVersion;
  }

  public String getPapers() {
    return papers;
  }

  public void setPapers(String papers) {
    this.papers = papers;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public void setEnteredBy(String enteredBy) {
    this.enteredBy = enteredBy;
  }

  public LocalDateTime getEnteredAt() {
    return enteredAt;
  }

  public void setEnteredAt(LocalDateTime enteredAt) {
    this.enteredAt = enteredAt;
  }

  public Source getSource() {
    return source;
  }

  public void setSource(Source source) {
    this.source = source;
  }
}
