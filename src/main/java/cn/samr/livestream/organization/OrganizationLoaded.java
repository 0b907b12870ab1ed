package cn.samr.livestream.organization;

import java.util.List;

/**
 * Published by {@link OrganizationLoader} after each load of the organisation file (at every start):
 * the active units, in file order. Start-up work that depends on the organisation listens for it
 * rather than guessing the order of start-up beans.
 */
public record OrganizationLoaded(List<OrgUnit> activeUnits) {

  public OrganizationLoaded {
    activeUnits = List.copyOf(activeUnits);
  }
}
