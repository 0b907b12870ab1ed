package cn.samr.livestream.access;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Read access to the process instances a unit works on (districts, complaint centre, enforcement corps):
 * the unit's officers' and heads' groups get READ on the process instance and on its historic process
 * instance (enableHistoricInstancePermissions), and on every calling instance above it (a remedy
 * enforcement's complaint, a case's clue). Not on the monthly instances every district works in
 * ({@link ProcessKeys#sharedByDistricts}): there a district has its own task, not the whole.
 *
 * <p>Granted inside the engine's command, so that it commits or rolls back with the work that needs it:
 * by {@link UnitAuthorizationProvider} when a task gets one of the unit's groups as candidate group, and by
 * {@link #grantReading} for a unit that reads an instance before it has a task there (the reporting unit
 * of an escalation); and by {@link #grantStarter} to the unit of whoever starts an instance. Camunda deletes
 * the runtime grants when the instance ends; the historic ones carry the root instance, so history cleanup
 * removes them with the instance's history. A closed complaint keeps two rows per unit and instance (officers
 * and heads); the unit's task grants on the history are not written besides ({@link UnitAuthorizationProvider}).
 *
 * <p>Without asking the database whether a grant exists, where the command already knows
 * ({@link CommandGrants}): an instance started in this command has none but those written in it, and a unit with
 * a task in this command (the one just completed) in the instance or in one it called was granted the instance
 * when that task was created. Only other cases (a timer's task, a grant repeated from outside the process) look
 * the grant up. The task list's queries never read these rows: see {@link GrantIndexes}.
 */
@Component
public class InstanceReadGrants {

  private final OrganizationService organization;
  private final ProcessKeys processes;

  public InstanceReadGrants(OrganizationService organization, ProcessKeys processes) {
    this.organization = organization;
    this.processes = processes;
  }

  /**
   * Grants the unit's groups read access to the execution's process instance (and those calling it).
   * Call from a listener or delegate; a unit that is not a working unit is ignored.
   */
  public void grantReading(DelegateExecution execution, String unitCode) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !(execution instanceof ExecutionEntity entity)) {
      throw new IllegalStateException("grantReading needs the engine's command (a listener or delegate)");
    }
    organization.unit(unitCode).filter(unit -> GroupGrants.readsOwnInstances(unit.getKind()))
        .ifPresent(unit -> insert(context, grantsFor(unit, entity.getProcessInstance(), true)));
  }

  /**
   * Grants the working unit of whoever starts the instance read access to it: a complaint the centre registered,
   * a spot check a district recorded (which ends at once). Runs as the process's first start listener
   * ({@link InstanceReadPlugin}); nothing when the engine starts it (timers, messages without a user).
   */
  void grantStarter(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    Authentication starter = context == null ? null : context.getAuthentication();
    if (starter == null || starter.getGroupIds() == null || !(execution instanceof ExecutionEntity entity)) {
      return;
    }
    insert(context, forGroups(starter.getGroupIds(), entity.getProcessInstance()));
  }

  /** As the system: the user whose work needs the grant may not create authorizations himself. */
  private static void insert(CommandContext context, List<AuthorizationEntity> authorizations) {
    if (!authorizations.isEmpty()) {
      context.runWithoutAuthorization(() -> {
        authorizations.forEach(context.getAuthorizationManager()::insert);
        return null;
      });
    }
  }

  /** The grants to insert when a task of the process instance gets this candidate group; empty if none. */
  List<AuthorizationEntity> forCandidateGroup(String groupId, ExecutionEntity processInstance) {
    return forCandidateGroup(groupId, processInstance, true);
  }

  private List<AuthorizationEntity> forCandidateGroup(String groupId, ExecutionEntity processInstance,
      boolean earlierTasksGranted) {
    if (processInstance == null) {
      return List.of();
    }
    return organization.unitOfGroup(groupId).filter(unit -> GroupGrants.readsOwnInstances(unit.getKind()))
        .map(unit -> grantsFor(unit, processInstance, earlierTasksGranted)).orElse(List.of());
  }

  /**
   * True when a task of this candidate group lets the group read the history of the task's own process instance
   * (its unit works on the instance as a whole), so that a grant on the task's history would add nothing.
   */
  boolean readsHistoryOf(String groupId, ExecutionEntity processInstance) {
    return processInstance != null && !shared(processInstance) && organization.unitOfGroup(groupId)
        .filter(unit -> GroupGrants.readsOwnInstances(unit.getKind())).isPresent();
  }

  /**
   * The grants to insert for the units of these groups (a starter's), each unit once however many of its
   * groups are among them; empty if none is a working unit's.
   */
  List<AuthorizationEntity> forGroups(Collection<String> groupIds, ExecutionEntity processInstance) {
    if (processInstance == null) {
      return List.of();
    }
    Map<String, OrgUnit> units = new LinkedHashMap<>();
    for (String group : groupIds) {
      organization.unitOfGroup(group).filter(unit -> GroupGrants.readsOwnInstances(unit.getKind()))
          .ifPresent(unit -> units.putIfAbsent(unit.getCode(), unit));
    }
    List<AuthorizationEntity> grants = new ArrayList<>();
    units.values().forEach(unit -> grants.addAll(grantsFor(unit, processInstance, true)));
    return grants;
  }

  /**
   * Grants the units of the candidate groups of every open task read access to its instance, for instances
   * started before the grants were per instance (so an earlier task proves nothing here). Returns how many
   * authorizations it wrote.
   */
  public int grantOpenTasks(CommandExecutor executor) {
    return executor.execute(context -> context.runWithoutAuthorization(() -> {
      int written = 0;
      for (Task task : context.getTaskManager().findTasksByQueryCriteria(new TaskQueryImpl())) {
        TaskEntity entity = (TaskEntity) task;
        if (entity.getProcessInstanceId() == null) {
          continue;
        }
        for (IdentityLinkEntity link : entity.getIdentityLinks()) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            for (AuthorizationEntity authorization : forCandidateGroup(link.getGroupId(), entity.getProcessInstance(),
                false)) {
              context.getAuthorizationManager().insert(authorization);
              written++;
            }
          }
        }
      }
      return written;
    }));
  }

  /**
   * New authorizations for the unit's groups on the instance and its callers. Existing ones (in the
   * database or inserted earlier in this command) are extended in place instead, so none is duplicated.
   * With {@code earlierTasksGranted}, an instance where the unit has a task in this command is skipped: that
   * task's creation granted it.
   */
  private List<AuthorizationEntity> grantsFor(OrgUnit unit, ExecutionEntity processInstance,
      boolean earlierTasksGranted) {
    List<String> groups = new ArrayList<>();
    groups.add(unit.getCode());
    if (unit.getHeadGroup() != null) {
      groups.add(unit.getHeadGroup());
    }
    List<AuthorizationEntity> created = new ArrayList<>();
    for (ExecutionEntity instance = processInstance; instance != null; instance = caller(instance)) {
      if (shared(instance) || earlierTasksGranted && CommandGrants.taskOfGroupsWithin(groups, instance)) {
        continue;
      }
      boolean started = CommandGrants.isNew(instance);
      for (String group : groups) {
        grant(group, Resources.PROCESS_INSTANCE, instance, ProcessInstancePermissions.READ, started, created);
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, instance, HistoricProcessInstancePermissions.READ,
            started, created);
      }
    }
    return created;
  }

  private boolean shared(ExecutionEntity instance) {
    return instance.getProcessDefinition() != null
        && processes.sharedByDistricts(instance.getProcessDefinition().getKey());
  }

  private static ExecutionEntity caller(ExecutionEntity processInstance) {
    ExecutionEntity superExecution = processInstance.getSuperExecution();
    return superExecution == null ? null : superExecution.getProcessInstance();
  }

  /**
   * Adds the permission to the group's authorization on the instance, or a new one to {@code created}; an
   * instance started in this command has no authorization in the database to look up.
   */
  private static void grant(String group, Resources resource, ExecutionEntity instance, Permission permission,
      boolean started, List<AuthorizationEntity> created) {
    String id = instance.getId();
    Optional<AuthorizationEntity> existing = CommandGrants.cached(group, null, resource, id)
        .or(() -> started ? Optional.empty() : Optional.ofNullable(Context.getCommandContext()
            .getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, group,
                resource, id)));
    if (existing.isPresent()) {
      if (!existing.get().isPermissionGranted(permission)) {
        existing.get().addPermission(permission);
      }
      return;
    }
    AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    if (resource == Resources.HISTORIC_PROCESS_INSTANCE) {
      String root = instance.getRootProcessInstanceId();
      authorization.setRootProcessInstanceId(root);
      authorization.setRemovalTime(removalTimeNow(root));
    }
    created.add(authorization);
  }

  /** Like Camunda's own historic grants: a removal time now only with the "start" strategy, else at the end. */
  private static Date removalTimeNow(String rootProcessInstanceId) {
    if (rootProcessInstanceId == null || !ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START.equals(
        Context.getProcessEngineConfiguration().getHistoryRemovalTimeStrategy())) {
      return null;
    }
    HistoricProcessInstanceEntity root = Context.getCommandContext().getHistoricProcessInstanceManager()
        .findHistoricProcessInstance(rootProcessInstanceId);
    return root == null ? null : root.getRemovalTime();
  }
}
