package cn.samr.livestream.access;

import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may read the application's own records (complaints, clues, escalations, statistics) through its API,
 * for the current caller: the unit that handles a record, that unit's heads, and the city-wide readers of
 * that kind of record ({@link CityReaders}). The engine's own resources are guarded by its authorizations
 * ({@link GroupGrants}, {@link InstanceReadGrants}); this is the same rule for the tables beside it.
 */
@Component
public class ReadPolicy {

  private final CurrentUser currentUser;
  private final OrganizationService organization;

  public ReadPolicy(CurrentUser currentUser, OrganizationService organization) {
    this.currentUser = currentUser;
    this.organization = organization;
  }

  /** The caller reads these records city-wide. */
  public boolean mayReadCity(CityReaders records) {
    return currentUser.groupIds().stream().anyMatch(records.groups()::contains);
  }

  /** The caller reads a record of this kind handled by the unit: its officers, its heads, a city-wide reader. */
  public boolean mayRead(CityReaders records, String unitCode) {
    return worksIn(unitCode) || mayReadCity(records) || headsUnit(unitCode);
  }

  /** The caller is one of the unit's officers (its group), who work its records. */
  public boolean worksIn(String unitCode) {
    return unitCode != null && currentUser.isMemberOf(unitCode);
  }

  /**
   * The caller is one of the unit's heads (负责人), or of its officers when the unit has no heads' group;
   * false for no unit or one the organisation does not know.
   */
  public boolean headsUnit(String unitCode) {
    return unitCode != null && organization.unit(unitCode).isPresent()
        && currentUser.isMemberOf(organization.headGroupOf(unitCode));
  }
}
