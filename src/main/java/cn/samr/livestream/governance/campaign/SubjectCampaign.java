package cn.samr.livestream.governance.campaign;

import java.time.LocalDate;

/** A campaign on the subject page: name, period and how many records about the subject carry its tag. */
public class SubjectCampaign {

  private String code;
  private String name;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private long taggedRecords;

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
  public long getTaggedRecords() { return taggedRecords; }
  public void setTaggedRecords(long taggedRecords) { this.taggedRecords = taggedRecords; }

  /** 2026-05-01 至 2026-07-31, the register page's column. */
  public String getPeriod() {
    return periodFrom + " 至 " + periodTo;
  }
}
