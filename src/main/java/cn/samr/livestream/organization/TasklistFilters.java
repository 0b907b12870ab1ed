package cn.samr.livestream.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.samr.livestream.shared.TaskListColumns;
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
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The task lists officers open Tasklist with, created at the first start and kept current: 本单位待办 (every task offered to one of the
 * user's groups, or assigned to him) and 我的待办 (claimed by him), both sorted by due date, which is
 * the statutory deadline. Every user may read them; what each shows is still limited by the engine's
 * task authorizations, so an officer sees only his unit's tasks.
 */
@Component
public class TasklistFilters implements SmartInitializingSingleton {

  public static final String UNIT_TASKS = "本单位待办";
  public static final String MY_TASKS = "我的待办";

  /** Columns shown in the list: task-local values set on every task by {@link TaskListColumns}. */
  static final List<Map<String, String>> VARIABLES = List.of(
      Map.of("name", TaskListColumns.NUMBER, "label", "编号"),
      Map.of("name", TaskListColumns.UNIT, "label", "承办单位"),
      Map.of("name", TaskListColumns.DEADLINE, "label", "办理期限"));

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

  @Override
  public void afterSingletonsInstantiated() {
    ensure(UNIT_TASKS, -10, "分配给本单位（候选组）或本人的待办，按法定期限排序",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    ensure(MY_TASKS, -5, "本人已签收的待办，按法定期限排序",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
  }

  /** Creates the filter, or brings an existing one up to date (its id and authorizations stay). */
  private void ensure(String name, int priority, String description, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", VARIABLES);
    filter.setProperties(properties);
    filter.setQuery(query);
    filterService.saveFilter(filter);
    if (existing != null) {
      return;
    }

    Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
    LOG.info("Tasklist filter '{}' created", name);
  }
}
