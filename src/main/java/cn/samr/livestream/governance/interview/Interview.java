package cn.samr.livestream.governance.interview;

import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An interview or written reminder (行政约谈 / 提醒告诫函 / 行政指导意见函) of one or several subjects: table interview. */
public class Interview {

  private Long id;
  private String interviewNo;
  private InterviewKind kind;
  private String origin;
  private InterviewStatus status;
  private String hostUnit;
  private String issues;
  private String basis;
  private ViolationCategory category;
  private String jointDepartments;
  private String proposalReason;
  private String proposalFacts;
  private LocalDate plannedDate;
  private LocalDateTime interviewAt;
  private String place;
  private String bureauAttendees;
  private String approvedBy;
  private LocalDateTime approvedAt;
  private String approvalNote;
  private String letterContent;
  private Integer acknowledgementWorkingDays;
  private String processInstanceId;
  private String requestedBy;
  private LocalDateTime requestedAt;
  private LocalDateTime closedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getInterviewNo() {
    return interviewNo;
  }

  public void setInterviewNo(String interviewNo) {
    this.interviewNo = interviewNo;
  }

  public InterviewKind getKind() {
    return kind;
  }

  public void setKind(InterviewKind kind) {
    this.kind = kind;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public InterviewStatus getStatus() {
    return status;
  }

  public void setStatus(InterviewStatus status) {
    this.status = status;
  }

  public String getHostUnit() {
    return hostUnit;
  }

  public void setHostUnit(String hostUnit) {
    this.hostUnit = hostUnit;
  }

  public String getIssues() {
    return issues;
  }

  public void setIssues(String issues) {
    this.issues = issues;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public ViolationCategory getCategory() {
    return category;
  }

  public void setCategory(ViolationCategory category) {
    this.category = category;
  }

  public String getJointDepartments() {
    return jointDepartments;
  }

  public void setJointDepartments(String jointDepartments) {
    this.jointDepartments = jointDepartments;
  }

  public String getProposalReason() {
    return proposalReason;
  }

  public void setProposalReason(String proposalReason) {
    this.proposalReason = proposalReason;
  }

  public String getProposalFacts() {
    return proposalFacts;
  }

  public void setProposalFacts(String proposalFacts) {
    this.proposalFacts = proposalFacts;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public void setPlannedDate(LocalDate plannedDate) {
    this.plannedDate = plannedDate;
  }

  public LocalDateTime getInterviewAt() {
    return interviewAt;
  }

  public void setInterviewAt(LocalDateTime interviewAt) {
    this.interviewAt = interviewAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getBureauAttendees() {
    return bureauAttendees;
  }

  public void setBureauAttendees(String bureauAttendees) {
    this.bureauAttendees = bureauAttendees;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(LocalDateTime approvedAt) {
    this.approvedAt = approvedAt;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public void setApprovalNote(String approvalNote) {
    this.approvalNote = approvalNote;
  }

  public String getLetterContent() {
    return letterContent;
  }

  public void setLetterContent(String letterContent) {
    this.letterContent = letterContent;
  }

  public Integer getAcknowledgementWorkingDays() {
    return acknowledgementWorkingDays;
  }

  public void setAcknowledgementWorkingDays(Integer acknowledgementWorkingDays) {
    this.acknowledgementWorkingDays = acknowledgementWorkingDays;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(LocalDateTime requestedAt) {
    this.requestedAt = requestedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }
}
