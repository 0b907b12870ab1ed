package cn.samr.livestream.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the organisation's groups may do with one process, declared by the feature that owns the process as
 * a Spring bean and collected by {@link ProcessKeys}: so that {@code access} names no feature, and a process
 * added without its declaration fails ProcessKeysTest.
 *
 * @param processKey the process definition key
 * @param starters who may start it besides the administrators
 * @param overseen read city-wide by the supervisors (监督查看) and the monitoring centre; only the escalations
 *     are not, the coordination group alone sees those city-wide (a reporting unit sees its own)
 * @param sharedByDistricts one instance a month for every district (a multi-instance task per district): a
 *     district works its own task there, but is not granted the instance as a whole
 */
public record ProcessAccess(String processKey, Set<Starter> starters, boolean overseen, boolean sharedByDistricts) {

  /** Who besides the administrators may start a process. */
  public enum Starter {
    /** Officers and heads of every working unit (districts, complaint centre, enforcement corps). */
    OFFICERS,
    /** Officers and heads of the districts only. */
    DISTRICTS,
    /** The monitoring centre (市局监测评价中心), which records spot checks for every district. */
    MONITORING_CENTRE,
    /** The heads of every working unit only (负责人: e.g. an interview or a credit listing is a head's decision). */
    HEADS,
    /** The coordination group and its heads (综合协调工作组), which act city-wide. */
    COORDINATION
  }

  public ProcessAccess {
    if (processKey == null || processKey.isBlank()) {
      throw new IllegalArgumentException("a process key is required");
    }
    starters = starters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(starters));
  }

  /** Read (and worked) by the officers of working units, overseen city-wide, started by nobody but the engine. */
  public static ProcessAccess of(String processKey) {
    return new ProcessAccess(processKey, Set.of(), true, false);
  }

  /** The same, startable also by these. */
  public ProcessAccess startedBy(Starter... starters) {
    Set<Starter> all = EnumSet.noneOf(Starter.class);
    all.addAll(this.starters);
    all.addAll(Set.of(starters));
    return new ProcessAccess(processKey, all, overseen, sharedByDistricts);
  }

  /** The same, but not read city-wide by the supervisors and the monitoring centre. */
  public ProcessAccess notOverseen() {
    return new ProcessAccess(processKey, starters, false, sharedByDistricts);
  }

  /** The same, with one instance a month that every district works in. */
  public ProcessAccess sharedMonthlyByDistricts() {
    return new ProcessAccess(processKey, starters, overseen, true);
  }

  public boolean startableBy(Starter starter) {
    return starters.contains(starter);
  }
}
