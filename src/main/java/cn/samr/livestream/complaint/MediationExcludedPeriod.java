package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.RecordedPeriod;

/** Testing, inspection or appraisal time not counted in the 45 working days of mediation: complaint_excluded_period. */
public class MediationExcludedPeriod extends RecordedPeriod {

  private Long complaintId;
  private int workingDays;

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(int workingDays) {
    this.workingDays = workingDays;
  }
}
