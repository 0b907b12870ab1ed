package cn.samr.livestream.governance.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the party filed against a listing: an application for removal (移出申请) or an objection (异议), and the decision on it. */
public class CreditListingRequest {

  private Long id;
  private Long listingId;
  private RequestKind kind;
  private LocalDate receivedOn;
  private String grounds;
  private String recordedBy;
  private LocalDateTime recordedAt;
  private LocalDateTime due;
  private RequestDecision decision;
  private String decidedBy;
  private LocalDateTime decidedAt;
  private String decisionNote;

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

  public RequestKind getKind() {
    return kind;
  }

  public void setKind(RequestKind kind) {
    this.kind = kind;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
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

  public LocalDateTime getDue() {
    return due;
  }

  public void setDue(LocalDateTime due) {
    this.due = due;
  }

  public RequestDecision getDecision() {
    return decision;
  }

  public void setDecision(RequestDecision decision) {
    this.decision = decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(LocalDateTime decidedAt) {
    this.decidedAt = decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
