package cn.samr.livestream.organization;

import java.util.List;

/**
 * The authorizations of the organisation's groups, which {@link OrganizationLoader} writes with the units in
 * one transaction. Implemented in {@code access}, which knows what each kind of unit is granted; the
 * organisation only knows its units and groups.
 */
public interface GroupAuthorizations {

  /** Authorizations created or extended, and those narrowed (permissions taken back). */
  record Changes(int written, int narrowed) {
  }

  /**
   * Grants the administrators' group and every unit's groups what they need, adding only what is missing,
   * and takes back the grants earlier versions gave and this one does not; in the caller's transaction.
   */
  Changes apply(List<OrgUnit> units);

  /**
   * After grants were narrowed: the working units read the instances of their open tasks, which they read
   * through the narrowed grants before. Returns how many authorizations it wrote.
   */
  int grantOpenTasks();
}
