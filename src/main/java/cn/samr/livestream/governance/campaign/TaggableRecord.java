package cn.samr.livestream.governance.campaign;

import java.time.LocalDateTime;

/** A record as tagging sees it: its id, the unit that handles it and when it was received or recorded. */
public class TaggableRecord {

  private long id;
  private String unit;
  private LocalDateTime occurredAt;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public LocalDateTime getOccurredAt() { return occurredAt; }
  public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
}
