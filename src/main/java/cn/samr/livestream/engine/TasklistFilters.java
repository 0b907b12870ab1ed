package cn.samr.livestream.engine;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationLoaded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task lists officers open Tasklist with, sorted by due date (the statutory deadline), created at
 * every start once the organisation is loaded ({@link OrganizationLoaded}) and kept current: a filter
 * that exists keeps its id and authorizations, only its query and properties are brought up to date.
 * <ul>
 *   <li>{@value #UNIT_TASKS}: every task offered to one of the user's groups, or assigned to him;</li>
 *   <li>{@value #MY_TASKS}: the tasks he has claimed;</li>
 *   <li>{@value #DUE_SOON}: the unit's tasks not yet overdue and due today or by the end of the second
 *       working day after today (holidays honoured, {@link TasklistFunctions#workingDaysFromNow(int)});</li>
 *   <li>{@value #OVERDUE}: the unit's tasks whose due date has passed;</li>
 *   <li>{@value #HEAD_TASKS}: for heads (负责人) only, the tasks offered to their heads' group —
 *       approvals and overdue supervision.</li>
 * </ul>
 * The first four are readable by every user (one global READ grant each); {@value #HEAD_TASKS} by the
 * heads' group of every active unit. What a filter shows is still limited by the engine's task
 * authorizations, so an officer sees only his unit's tasks. All show the same columns, task-local values
 * set on every task by {@link TaskListColumns}.
 */
@Component
public class TasklistFilters {

  public static final String UNIT_TASKS = "本单位待办";
  public static final String MY_TASKS = "我的待办";
  public static final String DUE_SOON = "即将到期";
  public static final String OVERDUE = "已超期";
  public static final String HEAD_TASKS = "待我审批";

  /** Working days after today within which a task counts as due soon. */
  public static final int DUE_SOON_WORKING_DAYS = 2;

  /** Columns shown in the list: task-local values set on every task by {@link TaskListColumns}. */
  public static final List<Map<String, String>> VARIABLES = List.of(
      column(TaskListColumns.NUMBER, "编号"),
      column(TaskListColumns.SUBJECT, "当事人/主体"),
      column(TaskListColumns.CATEGORY, "违法类别"),
      column(TaskListColumns.UNIT, "承办单位"),
      column(TaskListColumns.DEADLINE, "办理期限"));

  static final String UNIT_GROUPS = "${currentUserGroups()}";
  static final String CURRENT_USER = "${currentUser()}";
  static final String NOW = "${now()}";
  static final String DUE_SOON_LIMIT =
      "${" + TasklistFunctions.WORKING_DAYS_FROM_NOW + "(" + DUE_SOON_WORKING_DAYS + ")}";
  static final String HEAD_GROUPS = "${" + TasklistFunctions.CURRENT_USER_HEAD_GROUPS + "()}";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener
  public void organizationLoaded(OrganizationLoaded organization) {
    List<String> headGroups = organization.activeUnits().stream()
        .map(OrgUnit::getHeadGroup).filter(Objects::nonNull).toList();
    ensureAll(headGroups);
  }

  /**
   * Creates or updates every filter; returns them by name. A filter for everyone gets its global READ
   * grant when it is created (an administrator may narrow it later, a restart does not undo that); the
   * heads' filter gets READ for each heads' group that has no grant on it yet, like the organisation's
   * other grants (access.OrganizationGrants).
   */
  Map<String, Filter> ensureAll(List<String> headGroups) {
    Map<String, Filter> filters = new LinkedHashMap<>();
    filters.put(HEAD_TASKS, ensure(HEAD_TASKS, -20, null, "负责人：提交本单位负责人组审批、督办的待办，按法定期限排序",
        unitQuery(HEAD_GROUPS), false));
    filters.put(UNIT_TASKS, ensure(UNIT_TASKS, -10, null, "分配给本单位（候选组）或本人的待办，按法定期限排序",
        unitQuery(UNIT_GROUPS), true));
    filters.put(MY_TASKS, ensure(MY_TASKS, -5, null, "本人已签收的待办，按法定期限排序",
        taskService.createTaskQuery().taskAssigneeExpression(CURRENT_USER).orderByDueDate().asc(), true));
    filters.put(DUE_SOON, ensure(DUE_SOON, 0, "#f0ad4e",
        "本单位待办中尚未超期、今天及之后" + DUE_SOON_WORKING_DAYS + "个工作日内（节假日不计）到期的，按法定期限排序",
        unitQuery(UNIT_GROUPS).dueAfterExpression(NOW).dueBeforeExpression(DUE_SOON_LIMIT), true));
    filters.put(OVERDUE, ensure(OVERDUE, 5, "#d9534f", "本单位待办中已过法定期限的，按法定期限排序",
        unitQuery(UNIT_GROUPS).dueBeforeExpression(NOW), true));
    for (String group : headGroups) {
      grantGroup(filters.get(HEAD_TASKS), group);
    }
    return filters;
  }

  /** Tasks offered to the given candidate groups, including those someone has claimed, by due date. */
  private TaskQuery unitQuery(String candidateGroups) {
    return taskService.createTaskQuery().taskCandidateGroupInExpression(candidateGroups)
        .includeAssignedTasks().orderByDueDate().asc();
  }

  /** Creates the filter, or brings an existing one up to date (its id and authorizations stay). */
  private Filter ensure(String name, int priority, String color, String description, TaskQuery query,
      boolean forEveryone) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    if (color != null) {
      properties.put("color", color);
    }
    properties.put("refresh", true);
    properties.put("variables", VARIABLES);
    filter.setProperties(properties);
    filter.setQuery(query);
    filterService.saveFilter(filter);
    if (existing != null) {
      return filter;
    }
    if (forEveryone) {
      Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      everyone.setUserId(Authorization.ANY);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
    LOG.info("Tasklist filter '{}' created", name);
    return filter;
  }

  /** READ for one group, when it has no grant on the filter yet (a unit added to the organisation). */
  private void grantGroup(Filter filter, String groupId) {
    boolean granted = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
    if (!granted) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filter.getId());
      grant.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(grant);
    }
  }

  private static Map<String, String> column(String name, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", name);
    column.put("label", label);
    return column;
  }
}
