package cn.samr.livestream.coordination;

import java.time.LocalDateTime;

/** One step or decision on an escalation: who, when, what. */
public class EscalationEvent {

  private Long id;
  private Long escalationId;
  private String step;
  private String decision;
  private String detail;
  private String actor;
  private LocalDateTime occurredAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEscalationId() {
    return escalationId;
  }

  public void setEscalationId(Long escalationId) {
    this.escalationId = escalationId;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }
}
