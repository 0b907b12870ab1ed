package cn.samr.livestream.governance.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One commitment a subject made at the interview, its deadline and the check at that deadline (table interview_commitment). */
public class InterviewCommitment {

  private Long id;
  private String commitmentNo;
  private Long interviewSubjectId;
  private String content;
  private LocalDate dueOn;
  private LocalDateTime reportedAt;
  private CommitmentStatus status;
  private String checkNote;
  private String checkedBy;
  private LocalDateTime checkedAt;
  private FollowUp followUp;
  private Long clueId;
  private Long escalationId;
  private String noFollowUpApprovedBy;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCommitmentNo() {
    return commitmentNo;
  }

  public void setCommitmentNo(String commitmentNo) {
    this.commitmentNo = commitmentNo;
  }

  public Long getInterviewSubjectId() {
    return interviewSubjectId;
  }

  public void setInterviewSubjectId(Long interviewSubjectId) {
    this.interviewSubjectId = interviewSubjectId;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public LocalDateTime getReportedAt() {
    return reportedAt;
  }

  public void setReportedAt(LocalDateTime reportedAt) {
    this.reportedAt = reportedAt;
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  public void setStatus(CommitmentStatus status) {
    this.status = status;
  }

  public String getCheckNote() {
    return checkNote;
  }

  public void setCheckNote(String checkNote) {
    this.checkNote = checkNote;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public void setCheckedBy(String checkedBy) {
    this.checkedBy = checkedBy;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public void setCheckedAt(LocalDateTime checkedAt) {
    this.checkedAt = checkedAt;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public void setFollowUp(FollowUp followUp) {
    this.followUp = followUp;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
  }

  public Long getEscalationId() {
    return escalationId;
  }

  public void setEscalationId(Long escalationId) {
    this.escalationId = escalationId;
  }

  public String getNoFollowUpApprovedBy() {
    return noFollowUpApprovedBy;
  }

  public void setNoFollowUpApprovedBy(String noFollowUpApprovedBy) {
    this.noFollowUpApprovedBy = noFollowUpApprovedBy;
  }
}
