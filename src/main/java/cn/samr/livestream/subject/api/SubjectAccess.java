package cn.samr.livestream.subject.api;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.security.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees and edits which part of the register (issue 14): a district bureau's officers and heads their own
 * district's subjects; the city units the whole city, of which the enforcement corps, the monitoring centre,
 * the coordination group and administrators also edit everywhere (they register what they find in any
 * district); the complaint centre and the supervisors read only.
 */
@Component
public class SubjectAccess {

  /** City units that edit the whole register, besides administrators. */
  private static final Set<UnitKind> CITY_EDITORS = Set.of(UnitKind.ENFORCEMENT_CORPS, UnitKind.MONITORING_CENTRE,
      UnitKind.COORDINATION);

  private final OrganizationService organization;
  private final CurrentUser currentUser;

  public SubjectAccess(OrganizationService organization, CurrentUser currentUser) {
    this.organization = organization;
    this.currentUser = currentUser;
  }

  /** The caller reads the whole city's register. */
  public boolean readsCity() {
    return isAdministrator() || organization.activeUnits().stream()
        .filter(u -> u.getKind() != UnitKind.DISTRICT && u.getKind() != UnitKind.OPERATIONS).anyMatch(this::memberOf);
  }

  /** The caller edits every district's entries. */
  public boolean editsCity() {
    return isAdministrator() || organization.activeUnits().stream()
        .filter(u -> CITY_EDITORS.contains(u.getKind())).anyMatch(this::memberOf);
  }

  /** The district codes whose officers or heads the caller is. */
  public List<String> ownDistricts() {
    return organization.activeDistricts().stream().filter(this::memberOf).map(OrgUnit::getDistrictCode).toList();
  }

  /** Null for the whole city, else the caller's districts (empty: none at all). */
  public List<String> readScope() {
    return readsCity() ? null : ownDistricts();
  }

  public boolean mayRead(String districtCode) {
    return readsCity() || (districtCode != null && ownDistricts().contains(districtCode));
  }

  public boolean mayEdit(String districtCode) {
    return editsCity() || (districtCode != null && ownDistricts().contains(districtCode));
  }

  public boolean isAdministrator() {
    return currentUser.isMemberOf(CityGroups.ADMINISTRATORS);
  }

  public String userId() {
    return currentUser.userId();
  }

  private boolean memberOf(OrgUnit unit) {
    return currentUser.isMemberOf(unit.getCode())
        || (unit.getHeadGroup() != null && currentUser.isMemberOf(unit.getHeadGroup()));
  }
}
