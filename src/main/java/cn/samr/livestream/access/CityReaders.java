package cn.samr.livestream.access;

import static cn.samr.livestream.access.CityGroups.ADMINISTRATORS;
import static cn.samr.livestream.access.CityGroups.COMPLAINT_CENTRE;
import static cn.samr.livestream.access.CityGroups.COORDINATION;
import static cn.samr.livestream.access.CityGroups.COORDINATION_HEADS;
import static cn.samr.livestream.access.CityGroups.ENFORCEMENT_CORPS;
import static cn.samr.livestream.access.CityGroups.SUPERVISORS;

import java.util.Set;

/**
 * Who reads each kind of record city-wide, besides the unit that handles a record and its heads
 * ({@link ReadPolicy}): the one table of these rules, so that a new reader is added here and nowhere else.
 */
public enum CityReaders {

  /** Complaints, with the complainant masked. */
  COMPLAINTS(COMPLAINT_CENTRE, SUPERVISORS, ADMINISTRATORS),
  /** Clues, without the reporter's identity. */
  CLUES(ENFORCEMENT_CORPS, SUPERVISORS, ADMINISTRATORS),
  /** Escalations: the coordination group sees them city-wide, a reporting unit its own. */
  ESCALATIONS(COORDINATION, COORDINATION_HEADS, ADMINISTRATORS),
  /**
   * Interviews and written reminders (约谈、提醒告诫): besides the host unit and the subjects' districts, the coordination
   * group and the supervisors.
   */
  INTERVIEWS(COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** The monthly statistics of every district and the city totals. */
  MONTHLY_STATISTICS(COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** Platforms' self-inspection reports (自查报告); a district reads those of the platforms registered in it. */
  PLATFORM_REPORTS(ENFORCEMENT_CORPS, COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** Transfers to other departments (部门移送): the coordination group forwards them, the supervisors oversee them. */
  DEPARTMENT_TRANSFERS(COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** Typical-case write-ups (典型案例) before and after publication: the coordination group (宣传) reads them city-wide. */
  TYPICAL_CASES(COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** Credit listings (信用名单): the coordination group city-wide, the supervisors; a unit its own and its district's. */
  LISTINGS(COORDINATION, COORDINATION_HEADS, SUPERVISORS, ADMINISTRATORS),
  /** Who was shown a record's personal data (besides the handling unit's heads). */
  PERSONAL_DATA_ACCESS_LOG(SUPERVISORS);

  private final Set<String> groups;

  CityReaders(String... groups) {
    this.groups = Set.of(groups);
  }

  public Set<String> groups() {
    return groups;
  }
}
