package cn.samr.livestream.access;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants (a task's candidate groups read and work it), and besides ({@link InstanceReadGrants}):
 * when a task gets a working unit's group as candidate group, that unit's officers and heads read the task's
 * process instance and its history.
 *
 * <p>Two differences from Camunda's defaults, neither changing who reads what:
 * <ul>
 *   <li>no grant on the task's history (HISTORIC_TASK) for a candidate group that reads the history of the task's
 *       whole instance: every query that checks the one checks the other on the same instance, and that grant
 *       would stay in ACT_RU_AUTHORIZATION for the three years the history is kept (users who claim a task keep
 *       theirs: they may leave the unit);</li>
 *   <li>a task created in this command has no grants in the database: they are not looked up there
 *       ({@link CommandGrants}); Camunda merges those made earlier in the command itself.</li>
 * </ul>
 */
class UnitAuthorizationProvider extends DefaultAuthorizationProvider {

  private final InstanceReadGrants instanceGrants;
  private final OrganizationService organization;

  UnitAuthorizationProvider(InstanceReadGrants instanceGrants, OrganizationService organization) {
    this.instanceGrants = instanceGrants;
    this.organization = organization;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] forTask = super.newTaskGroupIdentityLink(task, groupId, type);
    if (!IdentityLinkType.CANDIDATE.equals(type) || !(task instanceof TaskEntity entity)
        || entity.getProcessInstanceId() == null) {
      return forTask;
    }
    boolean readsInstanceHistory = instanceGrants.readsHistoryOf(groupId, entity.getProcessInstance());
    List<AuthorizationEntity> all = new ArrayList<>();
    for (AuthorizationEntity authorization : forTask == null ? new AuthorizationEntity[0] : forTask) {
      boolean newTaskHistoryGrant = authorization.getResourceType() == Resources.HISTORIC_TASK.resourceType()
          && authorization.getId() == null;
      if (!(readsInstanceHistory && newTaskHistoryGrant)) {
        all.add(authorization);
      }
    }
    all.addAll(instanceGrants.forCandidateGroup(groupId, entity.getProcessInstance()));
    all.addAll(assignGrants(entity, groupId, all));
    return all.toArray(AuthorizationEntity[]::new);
  }

  /**
   * Issue 17 (转办): TASK_ASSIGN on the task for the candidate group and for the heads' group of its unit, so that
   * Tasklist's assignee field works for them (the engine asks TASK_ASSIGN or UPDATE). Only TASK_ASSIGN: heads do not
   * get to read or work their officers' tasks by it. tasks.HandOffGuard decides to whom a task may go (the task's
   * candidate groups, never another unit). Not for groups of no unit, nor for the supervisors (never candidates).
   */
  private List<AuthorizationEntity> assignGrants(TaskEntity task, String groupId, List<AuthorizationEntity> made) {
    OrgUnit unit = organization.unitOfGroup(groupId).orElse(null);
    if (unit == null || unit.getKind() == UnitKind.SUPERVISION || unit.getKind() == UnitKind.OPERATIONS) {
      return List.of();
    }
    List<AuthorizationEntity> added = new ArrayList<>();
    for (AuthorizationEntity authorization : made) {
      if (authorization.getResourceType() == Resources.TASK.resourceType() && groupId.equals(authorization.getGroupId())
          && task.getId().equals(authorization.getResourceId())) {
        authorization.addPermission(TaskPermissions.TASK_ASSIGN);
      }
    }
    String heads = unit.getHeadGroup();
    if (heads != null && !heads.equals(groupId)) {
      added.add(createOrUpdateAuthorization(task, null, heads, Resources.TASK, false, TaskPermissions.TASK_ASSIGN));
    }
    return added;
  }

  /** None in the database for a task created in this command (those in the cache Camunda merges itself). */
  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
    return CommandGrants.isNewTask(resourceId) ? null
        : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
    return CommandGrants.isNewTask(resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }
}
