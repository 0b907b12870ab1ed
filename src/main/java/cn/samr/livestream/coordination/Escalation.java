package cn.samr.livestream.coordination;

import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A matter reported to the coordination group (上报重大疑难问题), its triage, meeting, guidance and acknowledgement. */
public class Escalation {

  private Long id;
  private String escalationNo;
  private EscalationSource source;
  private Long clueId;
  private String reportingUnit;
  private String title;
  private String description;
  private ViolationCategory category;
  private String suggestedDepartments;
  private EscalationStatus status;
  private boolean answerDirectly;
  private boolean conveneMeeting;
  private boolean notifyDepartments;
  private String triageGuidance;
  private String triagedBy;
  private LocalDateTime triagedAt;
  private LocalDate meetingDate;
  private String meetingParticipants;
  private String meetingMinutes;
  private String meetingConclusions;
  private String guidance;
  private String guidanceBy;
  private LocalDateTime guidanceAt;
  private String acknowledgedBy;
  private LocalDateTime acknowledgedAt;
  private String acknowledgementNote;
  private String processInstanceId;
  private String reportedBy;
  private LocalDateTime reportedAt;
  private LocalDateTime closedAt;
  // V8: the planned meeting, when the meeting was recorded, and each step's due date (bureau targets)
  private LocalDate plannedMeetingDate;
  private LocalDateTime meetingRecordedAt;
  private LocalDateTime triageDue;
  private LocalDateTime meetingDue;
  private LocalDateTime consolidationDue;
  private LocalDateTime acknowledgementDue;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getEscalationNo() {
    return escalationNo;
  }

  public void setEscalationNo(String escalationNo) {
    this.escalationNo = escalationNo;
  }

  public EscalationSource getSource() {
    return source;
  }

  public void setSource(EscalationSource source) {
    this.source = source;
  }

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
  }

  public String getReportingUnit() {
    return reportingUnit;
  }

  public void setReportingUnit(String reportingUnit) {
    this.reportingUnit = reportingUnit;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ViolationCategory getCategory() {
    return category;
  }

  public void setCategory(ViolationCategory category) {
    this.category = category;
  }

  public String getSuggestedDepartments() {
    return suggestedDepartments;
  }

  public void setSuggestedDepartments(String suggestedDepartments) {
    this.suggestedDepartments = suggestedDepartments;
  }

  public EscalationStatus getStatus() {
    return status;
  }

  public void setStatus(EscalationStatus status) {
    this.status = status;
  }

  public boolean isAnswerDirectly() {
    return answerDirectly;
  }

  public void setAnswerDirectly(boolean answerDirectly) {
    this.answerDirectly = answerDirectly;
  }

  public boolean isConveneMeeting() {
    return conveneMeeting;
  }

  public void setConveneMeeting(boolean conveneMeeting) {
    this.conveneMeeting = conveneMeeting;
  }

  public boolean isNotifyDepartments() {
    return notifyDepartments;
  }

  public void setNotifyDepartments(boolean notifyDepartments) {
    this.notifyDepartments = notifyDepartments;
  }

  public String getTriageGuidance() {
    return triageGuidance;
  }

  public void setTriageGuidance(String triageGuidance) {
    this.triageGuidance = triageGuidance;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  public void setTriagedBy(String triagedBy) {
    this.triagedBy = triagedBy;
  }

  public LocalDateTime getTriagedAt() {
    return triagedAt;
  }

  public void setTriagedAt(LocalDateTime triagedAt) {
    this.triagedAt = triagedAt;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public void setMeetingDate(LocalDate meetingDate) {
    this.meetingDate = meetingDate;
  }

  public String getMeetingParticipants() {
    return meetingParticipants;
  }

  public void setMeetingParticipants(String meetingParticipants) {
    this.meetingParticipants = meetingParticipants;
  }

  public String getMeetingMinutes() {
    return meetingMinutes;
  }

  public void setMeetingMinutes(String meetingMinutes) {
    this.meetingMinutes = meetingMinutes;
  }

  public String getMeetingConclusions() {
    return meetingConclusions;
  }

  public void setMeetingConclusions(String meetingConclusions) {
    this.meetingConclusions = meetingConclusions;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance;
  }

  public String getGuidanceBy() {
    return guidanceBy;
  }

  public void setGuidanceBy(String guidanceBy) {
    this.guidanceBy = guidanceBy;
  }

  public LocalDateTime getGuidanceAt() {
    return guidanceAt;
  }

  public void setGuidanceAt(LocalDateTime guidanceAt) {
    this.guidanceAt = guidanceAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public void setAcknowledgedBy(String acknowledgedBy) {
    this.acknowledgedBy = acknowledgedBy;
  }

  public LocalDateTime getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public void setAcknowledgedAt(LocalDateTime acknowledgedAt) {
    this.acknowledgedAt = acknowledgedAt;
  }

  public String getAcknowledgementNote() {
    return acknowledgementNote;
  }

  public void setAcknowledgementNote(String acknowledgementNote) {
    this.acknowledgementNote = acknowledgementNote;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public void setReportedBy(String reportedBy) {
    this.reportedBy = reportedBy;
  }

  public LocalDateTime getReportedAt() {
    return reportedAt;
  }

  public void setReportedAt(LocalDateTime reportedAt) {
    this.reportedAt = reportedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public LocalDate getPlannedMeetingDate() {
    return plannedMeetingDate;
  }

  public void setPlannedMeetingDate(LocalDate plannedMeetingDate) {
    this.plannedMeetingDate = plannedMeetingDate;
  }

  public LocalDateTime getMeetingRecordedAt() {
    return meetingRecordedAt;
  }

  public void setMeetingRecordedAt(LocalDateTime meetingRecordedAt) {
    this.meetingRecordedAt = meetingRecordedAt;
  }

  public LocalDateTime getTriageDue() {
    return triageDue;
  }

  public void setTriageDue(LocalDateTime triageDue) {
    this.triageDue = triageDue;
  }

  public LocalDateTime getMeetingDue() {
    return meetingDue;
  }

  public void setMeetingDue(LocalDateTime meetingDue) {
    this.meetingDue = meetingDue;
  }

  public LocalDateTime getConsolidationDue() {
    return consolidationDue;
  }

  public void setConsolidationDue(LocalDateTime consolidationDue) {
    this.consolidationDue = consolidationDue;
  }

  public LocalDateTime getAcknowledgementDue() {
    return acknowledgementDue;
  }

  public void setAcknowledgementDue(LocalDateTime acknowledgementDue) {
    this.acknowledgementDue = acknowledgementDue;
  }
}
