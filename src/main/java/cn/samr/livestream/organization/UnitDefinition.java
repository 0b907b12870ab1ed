package cn.samr.livestream.organization;

/**
 * One unit as written in the organisation file (organization/shanghai.yaml).
 *
 * @param spotCheckQuota districts' monthly spot-check quota (org_unit.spot_check_quota), null when not
 *     given: then {@link OrgUnit#DEFAULT_SPOT_CHECK_QUOTA}
 */
public record UnitDefinition(
    String code,
    String name,
    UnitKind kind,
    String districtCode,
    String headGroup,
    boolean active,
    int order,
    Integer spotCheckQuota) {

  OrgUnit toOrgUnit() {
    OrgUnit unit = new OrgUnit(code, name, kind, districtCode, headGroup, active, order);
    unit.setSpotCheckQuota(spotCheckQuota != null ? spotCheckQuota : OrgUnit.DEFAULT_SPOT_CHECK_QUOTA);
    return unit;
  }
}
