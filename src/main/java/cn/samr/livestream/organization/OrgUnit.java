package cn.samr.livestream.organization;

import java.time.LocalDateTime;
import java.util.Objects;

/** One row of org_unit. The officers' Camunda group id equals {@link #getCode()}. */
public class OrgUnit {

  private String code;
  private String name;
  private UnitKind kind;
  private String districtCode;
  private String headGroup;
  private boolean active;
  private int sortOrder;
  /** Districts' monthly spot-check quota (月度抽查监测); 10 unless the organisation file says otherwise. */
  private int spotCheckQuota = DEFAULT_SPOT_CHECK_QUOTA;
  private LocalDateTime updatedAt;

  /** At least 10 items per district and month (沪市监广告〔2021〕66号 二(二)1). */
  public static final int DEFAULT_SPOT_CHECK_QUOTA = 10;

  /**
   * Every heads' group id ends so ({@link OrganizationDefinitionReader} rejects any other), which is how the
   * heads' Tasklist filter recognises them.
   */
  public static final String HEAD_GROUP_SUFFIX = "-head";

  /** True for a heads' (负责人) group id. */
  public static boolean isHeadGroup(String groupId) {
    return groupId != null && groupId.endsWith(HEAD_GROUP_SUFFIX);
  }

  public OrgUnit() {
  }

  public OrgUnit(String code, String name, UnitKind kind, String districtCode, String headGroup,
      boolean active, int sortOrder) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.districtCode = districtCode;
    this.headGroup = headGroup;
    this.active = active;
    this.sortOrder = sortOrder;
  }

  /** A copy, for callers of the organisation's cached units. */
  OrgUnit copy() {
    OrgUnit copy = new OrgUnit(code, name, kind, districtCode, headGroup, active, sortOrder);
    copy.setSpotCheckQuota(spotCheckQuota);
    copy.setUpdatedAt(updatedAt);
    return copy;
  }

  /** The officers' group id: the unit code. */
  public String getGroupId() {
    return code;
  }

  public boolean isDistrict() {
    return kind == UnitKind.DISTRICT;
  }

  /** True when the persisted fields other than updatedAt equal the other's. */
  boolean sameContentAs(OrgUnit other) {
    return Objects.equals(code, other.code)
        && Objects.equals(name, other.name)
        && kind == other.kind
        && Objects.equals(districtCode, other.districtCode)
        && Objects.equals(headGroup, other.headGroup)
        && active == other.active
        && sortOrder == other.sortOrder
        && spotCheckQuota == other.spotCheckQuota;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getHeadGroup() {
    return headGroup;
  }

  public void setHeadGroup(String headGroup) {
    this.headGroup = headGroup;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public int getSpotCheckQuota() {
    return spotCheckQuota;
  }

  public void setSpotCheckQuota(int spotCheckQuota) {
    this.spotCheckQuota = spotCheckQuota;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(LocalDateTime updatedAt) {
    this.updatedAt = updatedAt;
  }

  @Override
  public String toString() {
    return "OrgUnit[" + code + " " + name + " " + kind
        + (districtCode != null ? " " + districtCode : "") + (active ? "" : " inactive") + "]";
  }
}
