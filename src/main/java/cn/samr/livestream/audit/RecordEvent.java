package cn.samr.livestream.audit;

import java.time.LocalDateTime;

/**
 * One step or decision taken on a record (complaint, clue, escalation): who, when, what. Each feature
 * keeps its own table (complaint_event, clue_event, escalation_event) and its mapper maps the table's
 * record column to {@link #getRecordId()}.
 */
public class RecordEvent {

  private Long id;
  private Long recordId;
  private String step;
  private String decision;
  private String detail;
  private String actor;
  private LocalDateTime occurredAt;

  public RecordEvent() {
  }

  /** A new event of the record at this step; its stored code is the step's name. */
  public RecordEvent(long recordId, TimelineStep step, String decision, String detail, String actor,
      LocalDateTime occurredAt) {
    this.recordId = recordId;
    this.step = step.name();
    this.decision = decision;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  /** Whether this event was recorded at the step. */
  public boolean is(TimelineStep step) {
    return step.name().equals(this.step);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getRecordId() {
    return recordId;
  }

  public void setRecordId(Long recordId) {
    this.recordId = recordId;
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
