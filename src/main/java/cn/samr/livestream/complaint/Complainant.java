package cn.samr.livestream.complaint;

/** The complainant's personal data (个人信息): never a process variable, never logged. */
public class Complainant {

  private Long complaintId;
  private String name;
  private String phone;
  private boolean confidential;

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public void setConfidential(boolean confidential) {
    this.confidential = confidential;
  }
}
