package cn.samr.livestream.subject;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the register of supervised subjects (监管对象名录库): one real party, whatever roles it plays
 * ({@link #getRoles()}); {@link #getSubjectType()} is the role it was first registered in.
 */
public class SupervisedSubject {

  private Long id;
  private SubjectType subjectType;
  private String name;
  private String creditCode;
  private String platformName;
  private String accountId;
  private String districtCode;
  private LocalDateTime createdAt;
  private KeyArea keyArea;
  private Long followers;
  private BigDecimal annualTurnover;
  private RiskLevel riskLevel;
  private CreditClass creditClass;
  private LocalDateTime creditClassAt;
  private String creditClassReason;
  private LocalDateTime updatedAt;
  /** The credit lists the subject is on now, comma separated {@link CreditList} names (null: none). */
  private String listingFlags;
  private List<SubjectType> roles = new ArrayList<>();

  public KeyArea getKeyArea() {
    return keyArea;
  }

  public void setKeyArea(KeyArea keyArea) {
    this.keyArea = keyArea;
  }

  public Long getFollowers() {
    return followers;
  }

  public void setFollowers(Long followers) {
    this.followers = followers;
  }

  public BigDecimal getAnnualTurnover() {
    return annualTurnover;
  }

  public void setAnnualTurnover(BigDecimal annualTurnover) {
    this.annualTurnover = annualTurnover;
  }

  /** The computed credit risk class (信用风险分类), null until first computed. */
  public CreditClass getCreditClass() {
    return creditClass;
  }

  public void setCreditClass(CreditClass creditClass) {
    this.creditClass = creditClass;
  }

  /** 「A 信用风险低」…, or null. */
  public String getCreditClassLabel() {
    return creditClass == null ? null : creditClass.name() + " " + creditClass.label();
  }

  /** Since when the subject is in this class (it is recomputed whenever its facts change, and daily). */
  public LocalDateTime getCreditClassAt() {
    return creditClassAt;
  }

  public void setCreditClassAt(LocalDateTime creditClassAt) {
    this.creditClassAt = creditClassAt;
  }

  /** The rule table's reason for the class. */
  public String getCreditClassReason() {
    return creditClassReason;
  }

  public void setCreditClassReason(String creditClassReason) {
    this.creditClassReason = creditClassReason;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(LocalDateTime updatedAt) {
    this.updatedAt = updatedAt;
  }

  /** The roles this party plays, in SubjectType order. */
  public List<SubjectType> getRoles() {
    return roles;
  }

  public void setRoles(List<SubjectType> roles) {
    this.roles = roles;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public String getListingFlags() {
    return listingFlags;
  }

  public void setListingFlags(String listingFlags) {
    this.listingFlags = listingFlags;
  }
}
