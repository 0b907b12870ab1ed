package cn.samr.livestream.operations;

import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Who has the operations role: the members of an active unit of kind {@link UnitKind#OPERATIONS} in the organisation
 * file (运维组, group {@code operations}), its officers' or heads' group. Nobody else — administrators and officers
 * included — and nobody at all when the file declares no such unit: the role fails closed.
 */
@Component
public class OperationsRole {

  private final OrganizationService organization;

  public OperationsRole(OrganizationService organization) {
    this.organization = organization;
  }

  /** True if one of the groups is an active operations unit's group. */
  public boolean isHeldBy(Collection<String> groupIds) {
    if (groupIds == null || groupIds.isEmpty()) {
      return false;
    }
    return organization.activeUnits().stream().filter(unit -> unit.getKind() == UnitKind.OPERATIONS)
        .anyMatch(unit -> groupIds.contains(unit.getCode())
            || unit.getHeadGroup() != null && groupIds.contains(unit.getHeadGroup()));
  }
}
