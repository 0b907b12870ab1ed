package cn.samr.livestream.governance.credit;

import java.time.LocalDateTime;

/** A change of a subject's credit risk class (credit_class_change), with the inputs the rule decided on. */
public class CreditClassChange {

  /** What made the class be computed. */
  public enum Trigger {
    /** A fact changed: a complaint, a clue's finding, an enforcement action, a listing. */
    EVENT,
    /** The daily run (facts that slide out of their window). */
    DAILY,
    /** The coordination group or an administrator asked. */
    MANUAL
  }

  private Long id;
  private Long subjectId;
  private String oldClass;
  private String newClass;
  private String reason;
  private String inputsJson;
  private Integer decisionVersion;
  private Trigger changeTrigger;
  private LocalDateTime changedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public String getOldClass() {
    return oldClass;
  }

  public void setOldClass(String oldClass) {
    this.oldClass = oldClass;
  }

  public String getNewClass() {
    return newClass;
  }

  public void setNewClass(String newClass) {
    this.newClass = newClass;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getInputsJson() {
    return inputsJson;
  }

  public void setInputsJson(String inputsJson) {
    this.inputsJson = inputsJson;
  }

  public Integer getDecisionVersion() {
    return decisionVersion;
  }

  public void setDecisionVersion(Integer decisionVersion) {
    this.decisionVersion = decisionVersion;
  }

  public Trigger getChangeTrigger() {
    return changeTrigger;
  }

  public void setChangeTrigger(Trigger changeTrigger) {
    this.changeTrigger = changeTrigger;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(LocalDateTime changedAt) {
    this.changedAt = changedAt;
  }
}
