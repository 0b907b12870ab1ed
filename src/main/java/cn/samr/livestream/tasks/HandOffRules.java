package cn.samr.livestream.tasks;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may hand a task over to whom (docs/handoffs-and-notifications.md §1.3), decided the same way for the engine
 * guard ({@link HandOffGuard}) and the API ({@link HandOffService}):
 * <ul>
 *   <li>who: the assignee (his own task), or a member of the heads' group of a unit one of the task's candidate
 *       groups belongs to (any task of the unit, claimed or not); a delegation only the assignee; nobody else
 *       (403);</li>
 *   <li>to whom: a member of one of the task's candidate groups; a user of no unit of the task 400
 *       「不能转办到其他单位」, a colleague of the same unit outside the candidate groups 400 as well;</li>
 *   <li>a task without candidate groups: none in the models (every user task of processes/ names its unit through
 *       camunda:candidateGroups, none is assigned by expression), so only a task created by hand (Tasklist's
 *       「新建任务」, the Java API) has none: it has no unit to stay in, so it cannot be handed over at all (400,
 *       fail closed).</li>
 * </ul>
 */
@Component
public class HandOffRules {

  static final String CROSS_UNIT = "不能转办到其他单位：跨单位请走管辖变更 / 上报 / "
      + "A task cannot be handed to another unit: across units use a change of jurisdiction or an escalation";
  static final String NOT_CANDIDATE = "只能转办或委托给该任务候选组（本单位）的成员 / "
      + "The task can only be handed to a member of its candidate groups (the same unit)";
  static final String NO_UNIT = "该任务没有候选组（不属于任何单位），不能转办或委托 / "
      + "The task has no candidate group (no unit): it cannot be handed over";
  static final String UNKNOWN_USER = "目标用户不存在或不属于任何单位 / The user does not exist or belongs to no unit";
  static final String SAME_USER = "目标用户已是该任务的办理人 / The user already holds the task";
  static final String NOT_ALLOWED = "只有任务办理人或本单位负责人才能转办该任务 / "
      + "Only the task's assignee or a head of its unit may hand it over";
  static final String DELEGATE_NOT_ALLOWED = "只有任务办理人才能委托该任务 / Only the task's assignee may delegate it";

  /** What a check found; {@link #ok()} when the hand-off may go ahead. */
  public record Verdict(boolean forbidden, String message) {
    static final Verdict OK = new Verdict(false, null);

    public boolean ok() {
      return message == null;
    }

    static Verdict forbidden(String message) {
      return new Verdict(true, message);
    }

    static Verdict invalid(String message) {
      return new Verdict(false, message);
    }
  }

  private final OrganizationService organization;

  public HandOffRules(OrganizationService organization) {
    this.organization = organization;
  }

  /** The units (codes) of the groups, as far as they are units' officers' or heads' groups. */
  Set<String> unitsOf(Collection<String> groups) {
    return groups.stream().map(organization::unitOfGroup).flatMap(Optional::stream).map(OrgUnit::getCode)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The heads' groups of the units of the candidate groups. */
  Set<String> headGroupsOf(Collection<String> candidateGroups) {
    return candidateGroups.stream().map(organization::unitOfGroup).flatMap(Optional::stream)
        .map(OrgUnit::getHeadGroup).filter(g -> g != null)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** True if the user's groups hold a heads' group of the task's units. */
  boolean isHeadOf(Collection<String> callerGroups, Collection<String> candidateGroups) {
    Set<String> heads = headGroupsOf(candidateGroups);
    return callerGroups.stream().anyMatch(heads::contains);
  }

  /**
   * May the caller hand the task over? {@code caller} null: the application's own work (no user), allowed.
   */
  Verdict who(String caller, Collection<String> callerGroups, String assignee, Collection<String> candidateGroups,
      boolean delegation) {
    if (caller == null || caller.equals(assignee)) {
      return Verdict.OK;
    }
    if (delegation) {
      return Verdict.forbidden(DELEGATE_NOT_ALLOWED);
    }
    return isHeadOf(callerGroups, candidateGroups) ? Verdict.OK : Verdict.forbidden(NOT_ALLOWED);
  }

  /** May the task go to the target? {@code groupsOf} gives a user's group ids. */
  Verdict target(String target, Collection<String> candidateGroups, Function<String, Collection<String>> groupsOf) {
    if (candidateGroups.isEmpty()) {
      return Verdict.invalid(NO_UNIT);
    }
    Collection<String> targetGroups = groupsOf.apply(target);
    if (targetGroups.stream().anyMatch(candidateGroups::contains)) {
      return Verdict.OK;
    }
    Set<String> targetUnits = unitsOf(targetGroups);
    if (targetUnits.isEmpty()) {
      return Verdict.invalid(UNKNOWN_USER);
    }
    Set<String> taskUnits = unitsOf(candidateGroups);
    return targetUnits.stream().anyMatch(taskUnits::contains) ? Verdict.invalid(NOT_CANDIDATE)
        : Verdict.invalid(CROSS_UNIT);
  }
}
