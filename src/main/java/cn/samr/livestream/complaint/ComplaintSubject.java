package cn.samr.livestream.complaint;

import cn.samr.livestream.subject.SubjectType;

/** A subject complained about, with its role in the complaint. */
public class ComplaintSubject {

  private PartyRole role;
  private Long subjectId;
  private SubjectType subjectType;
  private String name;
  private String creditCode;
  private String platformName;
  private String accountId;
  private String districtCode;

  public PartyRole getRole() {
    return role;
  }

  public void setRole(PartyRole role) {
    this.role = role;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(Long subjectId) {
    this.subjectId = subjectId;
  }

  public SubjectType getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(SubjectType subjectType) {
    this.subjectType = subjectType;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getPlatformName() {
    return platformName;
  }

  public void setPlatformName(String platformName) {
    this.platformName = platformName;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }
}
