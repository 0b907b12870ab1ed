package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.shared.RecordedPeriod;

/** Time not counted towards the case deadline (hearing, testing/appraisal, public notice): case_excluded_period. */
public class ExcludedPeriod extends RecordedPeriod {

  private Long caseId;
  private ExcludedPeriodKind kind;
  private int days;

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public ExcludedPeriodKind getKind() {
    return kind;
  }

  public void setKind(ExcludedPeriodKind kind) {
    this.kind = kind;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
