package cn.samr.livestream.report;

import java.time.LocalDateTime;

/** One row of monthly_report: a month's report (月度数据报送), from opening to the frozen figures. */
public class MonthlyReport {

  private Long id;
  /** The month reported on, yyyy-MM. */
  private String monthCode;
  private MonthlyReportStatus status;
  /** End of the 4th (Beijing): "before the 5th". */
  private LocalDateTime submissionDue;
  private String processInstanceId;
  private LocalDateTime openedAt;
  private LocalDateTime reviewStartedAt;
  private LocalDateTime frozenAt;
  private String frozenBy;
  /** 审核意见. */
  private String reviewRemarks;

  /** The report number: YB-2026-10. */
  public static String number(String monthCode) {
    return "YB-" + monthCode;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getMonthCode() {
    return monthCode;
  }

  public void setMonthCode(String monthCode) {
    this.monthCode = monthCode;
  }

  public MonthlyReportStatus getStatus() {
    return status;
  }

  public void setStatus(MonthlyReportStatus status) {
    this.status = status;
  }

  public LocalDateTime getSubmissionDue() {
    return submissionDue;
  }

  public void setSubmissionDue(LocalDateTime submissionDue) {
    this.submissionDue = submissionDue;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(LocalDateTime openedAt) {
    this.openedAt = openedAt;
  }

  public LocalDateTime getReviewStartedAt() {
    return reviewStartedAt;
  }

  public void setReviewStartedAt(LocalDateTime reviewStartedAt) {
    this.reviewStartedAt = reviewStartedAt;
  }

  public LocalDateTime getFrozenAt() {
    return frozenAt;
  }

  public void setFrozenAt(LocalDateTime frozenAt) {
    this.frozenAt = frozenAt;
  }

  public String getFrozenBy() {
    return frozenBy;
  }

  public void setFrozenBy(String frozenBy) {
    this.frozenBy = frozenBy;
  }

  public String getReviewRemarks() {
    return reviewRemarks;
  }

  public void setReviewRemarks(String reviewRemarks) {
    this.reviewRemarks = reviewRemarks;
  }
}
