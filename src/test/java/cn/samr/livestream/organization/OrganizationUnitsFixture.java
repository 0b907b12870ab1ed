package cn.samr.livestream.organization;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.core.io.Resource;

/**
 * The units of an organisation file stored through OrgUnitMapper, as OrganizationLoader stores them, without
 * its Camunda groups and grants: for slices that have the database but no engine. Leaves existing units alone.
 */
public final class OrganizationUnitsFixture {

  private OrganizationUnitsFixture() {
  }

  public static void store(OrgUnitMapper units, Resource file) {
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    for (UnitDefinition definition : OrganizationDefinitionReader.read(file)) {
      if (units.findByCode(definition.code()) == null) {
        OrgUnit unit = definition.toOrgUnit();
        unit.setUpdatedAt(now);
        units.insert(unit);
      }
    }
  }
}
