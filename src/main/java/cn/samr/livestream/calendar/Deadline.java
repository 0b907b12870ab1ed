package cn.samr.livestream.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code deadline}: a due date the engine holds and what it was computed from. */
public class Deadline {

  /** What holds the deadline in the engine. */
  public enum TargetKind {
    /** A user task's due date. */
    TASK,
    /** A timer job's due date. */
    TIMER
  }

  private Long id;
  private String processInstanceId;
  private String activityId;
  private String activityName;
  private TargetKind targetKind;
  private String targetId;
  private LocalDate startDay;
  private int amount;
  private DeadlineUnit unit;
  private LocalDateTime dueAt;
  private boolean provisional;
  private boolean open = true;
  private LocalDateTime firstDueAt;
  private boolean firstProvisional;
  private LocalDateTime createdAt;
  private LocalDateTime recomputedAt;

  public DeadlineBasis basis() {
    return new DeadlineBasis(startDay, amount, unit);
  }

  public void setBasis(DeadlineBasis basis) {
    this.startDay = basis.startDay();
    this.amount = basis.amount();
    this.unit = basis.unit();
  }

  /** The year the period starts in (indexed: which deadlines a year's calendar touches). */
  public int getStartYear() {
    return startDay.getYear();
  }

  public int getDueYear() {
    return dueAt.getYear();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getActivityId() {
    return activityId;
  }

  public void setActivityId(String activityId) {
    this.activityId = activityId;
  }

  public String getActivityName() {
    return activityName;
  }

  public void setActivityName(String activityName) {
    this.activityName = activityName;
  }

  public TargetKind getTargetKind() {
    return targetKind;
  }

  public void setTargetKind(TargetKind targetKind) {
    this.targetKind = targetKind;
  }

  public String getTargetId() {
    return targetId;
  }

  public void setTargetId(String targetId) {
    this.targetId = targetId;
  }

  public LocalDate getStartDay() {
    return startDay;
  }

  public void setStartDay(LocalDate startDay) {
    this.startDay = startDay;
  }

  public int getAmount() {
    return amount;
  }

  public void setAmount(int amount) {
    this.amount = amount;
  }

  public DeadlineUnit getUnit() {
    return unit;
  }

  public void setUnit(DeadlineUnit unit) {
    this.unit = unit;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public boolean isProvisional() {
    return provisional;
  }

  public void setProvisional(boolean provisional) {
    this.provisional = provisional;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public LocalDateTime getFirstDueAt() {
    return firstDueAt;
  }

  public void setFirstDueAt(LocalDateTime firstDueAt) {
    this.firstDueAt = firstDueAt;
  }

  public boolean isFirstProvisional() {
    return firstProvisional;
  }

  public void setFirstProvisional(boolean firstProvisional) {
    this.firstProvisional = firstProvisional;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public LocalDateTime getRecomputedAt() {
    return recomputedAt;
  }

  public void setRecomputedAt(LocalDateTime recomputedAt) {
    this.recomputedAt = recomputedAt;
  }
}
