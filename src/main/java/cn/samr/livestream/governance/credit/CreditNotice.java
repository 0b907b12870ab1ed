package cn.samr.livestream.governance.credit;

import cn.samr.livestream.coordination.Department;
import java.time.LocalDateTime;

/** A joint-punishment notice (联合惩戒通报) to one department and its feedback, with deadline and overdue flag; the lifting notice after removal. */
public class CreditNotice {

  private Long id;
  private Long listingId;
  private Department department;
  private int feedbackWorkingDays;
  private LocalDateTime sentAt;
  private LocalDateTime feedbackDue;
  private LocalDateTime remindedAt;
  private boolean overdue;
  private String feedback;
  private String recordedBy;
  private LocalDateTime receivedAt;
  private LocalDateTime liftedNoticeAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getListingId() {
    return listingId;
  }

  public void setListingId(Long listingId) {
    this.listingId = listingId;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public int getFeedbackWorkingDays() {
    return feedbackWorkingDays;
  }

  public void setFeedbackWorkingDays(int feedbackWorkingDays) {
    this.feedbackWorkingDays = feedbackWorkingDays;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public void setSentAt(LocalDateTime sentAt) {
    this.sentAt = sentAt;
  }

  public LocalDateTime getFeedbackDue() {
    return feedbackDue;
  }

  public void setFeedbackDue(LocalDateTime feedbackDue) {
    this.feedbackDue = feedbackDue;
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

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
  }

  public LocalDateTime getLiftedNoticeAt() {
    return liftedNoticeAt;
  }

  public void setLiftedNoticeAt(LocalDateTime liftedNoticeAt) {
    this.liftedNoticeAt = liftedNoticeAt;
  }
}
