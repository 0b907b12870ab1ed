package cn.samr.livestream.governance.campaign;

import java.time.LocalDateTime;

/** A participating unit of a campaign and its summary (table campaign_unit). */
public class CampaignUnit {

  private Long id;
  private Long campaignId;
  private String unit;
  private String summary;
  private String submittedBy;
  private LocalDateTime submittedAt;
  private LocalDateTime summaryDue;
  private LocalDateTime remindedAt;
  private boolean overdue;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getCampaignId() { return campaignId; }
  public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getSubmittedBy() { return submittedBy; }
  public void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
  public LocalDateTime getSummaryDue() { return summaryDue; }
  public void setSummaryDue(LocalDateTime summaryDue) { this.summaryDue = summaryDue; }
  public LocalDateTime getRemindedAt() { return remindedAt; }
  public void setRemindedAt(LocalDateTime remindedAt) { this.remindedAt = remindedAt; }
  public boolean isOverdue() { return overdue; }
  public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
