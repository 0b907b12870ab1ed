package cn.samr.livestream.coordination;

import java.time.LocalDateTime;

/** The complaint and report centre's monthly summary of livestream complaint and report leads (投诉举报线索月度汇总). */
public class LeadSummary {

  private Long id;
  private String summaryMonth;
  private int complaintCount;
  private int reportCount;
  private String summary;
  private LocalDateTime compiledAt;
  private String submittedBy;
  private LocalDateTime submittedAt;
  private String centreRemarks;
  private String reviewedBy;
  private LocalDateTime reviewedAt;
  private String reviewNote;
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSummaryMonth() {
    return summaryMonth;
  }

  public void setSummaryMonth(String summaryMonth) {
    this.summaryMonth = summaryMonth;
  }

  public int getComplaintCount() {
    return complaintCount;
  }

  public void setComplaintCount(int complaintCount) {
    this.complaintCount = complaintCount;
  }

  public int getReportCount() {
    return reportCount;
  }

  public void setReportCount(int reportCount) {
    this.reportCount = reportCount;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public LocalDateTime getCompiledAt() {
    return compiledAt;
  }

  public void setCompiledAt(LocalDateTime compiledAt) {
    this.compiledAt = compiledAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public void setSubmittedBy(String submittedBy) {
    this.submittedBy = submittedBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public void setSubmittedAt(LocalDateTime submittedAt) {
    this.submittedAt = submittedAt;
  }

  public String getCentreRemarks() {
    return centreRemarks;
  }

  public void setCentreRemarks(String centreRemarks) {
    this.centreRemarks = centreRemarks;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public void setReviewedBy(String reviewedBy) {
    this.reviewedBy = reviewedBy;
  }

  public LocalDateTime getReviewedAt() {
    return reviewedAt;
  }

  public void setReviewedAt(LocalDateTime reviewedAt) {
    this.reviewedAt = reviewedAt;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }
}
