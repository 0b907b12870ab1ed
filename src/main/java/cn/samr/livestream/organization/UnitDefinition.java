package cn.samr.livestream.organization;

/**
 * One unit as written in the organisation file (organization/shanghai.yaml).
 *
 * @param spotCheckQuota districts' monthly spot-check quota; kept in the file only for now
 *     (org_unit has no column for it), null when not given
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
    return new OrgUnit(code, name, kind, districtCode, headGroup, active, order);
  }
}
