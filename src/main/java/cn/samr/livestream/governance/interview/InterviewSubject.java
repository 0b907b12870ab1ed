package cn.samr.livestream.governance.interview;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One subject of an interview: its notice (约谈通知书) and what the interview with it found (table interview_subject). */
public class InterviewSubject {

  private Long id;
  private Long interviewId;
  private Long subjectId;
  private Long noticeActionId;
  private Boolean attended;
  private String partyAttendees;
  private String problems;
  private String recordedBy;
  private LocalDateTime recordedAt;
  private LocalDateTime acknowledgementDue;
  private Boolean acknowledged;
  private LocalDate acknowledgedOn;
  private String acknowledgedVia;
  private String platformLetterNo;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getInterviewId() {
    return interviewId;
  }

  public void setInterviewId(Long interviewId) {
    this.interviewId = interviewId;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public Long getNoticeActionId() {
    return noticeActionId;
  }

  public void setNoticeActionId(Long noticeActionId) {
    this.noticeActionId = noticeActionId;
  }

  public Boolean getAttended() {
    return attended;
  }

  public void setAttended(Boolean attended) {
    this.attended = attended;
  }

  public String getPartyAttendees() {
    return partyAttendees;
  }

  public void setPartyAttendees(String partyAttendees) {
    this.partyAttendees = partyAttendees;
  }

  public String getProblems() {
    return problems;
  }

  public void setProblems(String problems) {
    this.problems = problems;
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

  public LocalDateTime getAcknowledgementDue() {
    return acknowledgementDue;
  }

  public void setAcknowledgementDue(LocalDateTime acknowledgementDue) {
    this.acknowledgementDue = acknowledgementDue;
  }

  public Boolean getAcknowledged() {
    return acknowledged;
  }

  public void setAcknowledged(Boolean acknowledged) {
    this.acknowledged = acknowledged;
  }

  public LocalDate getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public void setAcknowledgedOn(LocalDate acknowledgedOn) {
    this.acknowledgedOn = acknowledgedOn;
  }

  public String getAcknowledgedVia() {
    return acknowledgedVia;
  }

  public void setAcknowledgedVia(String acknowledgedVia) {
    this.acknowledgedVia = acknowledgedVia;
  }

  public String getPlatformLetterNo() {
    return platformLetterNo;
  }

  public void setPlatformLetterNo(String platformLetterNo) {
    this.platformLetterNo = platformLetterNo;
  }
}
