package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.shared.CampaignTagging.RecordKind;
import java.time.LocalDateTime;

/** The row written for a tag (campaign_tag). */
public class CampaignTagRow {

  /** Tagged when the record was registered, or later through the tagging endpoint. */
  public enum Via { INTAKE, LATER }

  private Long id;
  private long campaignId;
  private RecordKind recordKind;
  private long recordId;
  private String unit;
  private String taggedBy;
  private LocalDateTime taggedAt;
  private Via via;

  public CampaignTagRow(long campaignId, RecordKind recordKind, long recordId, String unit, String taggedBy,
      LocalDateTime taggedAt, Via via) {
    this.campaignId = campaignId;
    this.recordKind = recordKind;
    this.recordId = recordId;
    this.unit = unit;
    this.taggedBy = taggedBy;
    this.taggedAt = taggedAt;
    this.via = via;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public long getCampaignId() { return campaignId; }
  public RecordKind getRecordKind() { return recordKind; }
  public long getRecordId() { return recordId; }
  public String getUnit() { return unit; }
  public String getTaggedBy() { return taggedBy; }
  public LocalDateTime getTaggedAt() { return taggedAt; }
  public Via getVia() { return via; }
}
