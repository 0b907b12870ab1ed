package cn.samr.livestream.enforcement.clue;

/** A real-name reporter (实名举报人): readable by the handling unit only (投诉举报办法 Art.33), never a process variable, never logged. */
public class ClueReporter {

  private Long clueId;
  private String name;
  private String phone;
  private String idNumber;
  private String address;

  public Long getClueId() {
    return clueId;
  }

  public void setClueId(Long clueId) {
    this.clueId = clueId;
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

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
