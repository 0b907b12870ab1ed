package cn.samr.livestream.access;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the engine's current command already holds in its entity cache about grants, so that granting need not
 * ask the database whether a grant exists (issue 15 counted 28 such SELECTs in one complaint's life). Reads the
 * cache only: never a statement.
 */
final class CommandGrants {

  private CommandGrants() {
  }

  private static DbEntityCache cache() {
    return Context.getCommandContext().getDbEntityManager().getDbEntityCache();
  }

  /** Created in this command, not yet in the database: nothing there refers to it. */
  static boolean isNew(DbEntity entity) {
    return cache().isTransient(entity);
  }

  /** A task created in this command. */
  static boolean isNewTask(String taskId) {
    TaskEntity task = taskId == null ? null : cache().get(TaskEntity.class, taskId);
    return task != null && cache().isTransient(task);
  }

  /** A grant to the group or user on the resource inserted or loaded in this command. */
  static Optional<AuthorizationEntity> cached(String groupId, String userId, Resource resource, String resourceId) {
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
        .stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
            && Objects.equals(groupId, a.getGroupId()) && Objects.equals(userId, a.getUserId())
            && a.getResourceType() == resource.resourceType() && Objects.equals(resourceId, a.getResourceId()))
        .findFirst();
  }

  /**
   * True when this command holds a task created in an earlier one (typically the task being completed) that is
   * offered to one of the groups, in the instance or in an instance it called: the task's creation granted the
   * groups' unit that instance and every instance calling it ({@link InstanceReadGrants}).
   */
  static boolean taskOfGroupsWithin(Collection<String> groups, ExecutionEntity instance) {
    DbEntityCache cache = cache();
    for (IdentityLinkEntity link : cache.getEntitiesByType(IdentityLinkEntity.class)) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getTaskId() == null
          || !groups.contains(link.getGroupId())) {
        continue;
      }
      TaskEntity task = cache.get(TaskEntity.class, link.getTaskId());
      if (task != null && !cache.isTransient(task) && isOrCalls(instance.getId(), task.getProcessInstanceId(), cache)) {
        return true;
      }
    }
    return false;
  }

  /** The instance is {@code instanceId} or is called by it, at any depth, as far as the cache shows. */
  private static boolean isOrCalls(String instanceId, String processInstanceId, DbEntityCache cache) {
    String id = processInstanceId;
    while (id != null) {
      if (id.equals(instanceId)) {
        return true;
      }
      ExecutionEntity instance = cache.get(ExecutionEntity.class, id);
      ExecutionEntity superExecution = instance == null || instance.getSuperExecutionId() == null ? null
          : cache.get(ExecutionEntity.class, instance.getSuperExecutionId());
      id = superExecution == null ? null : superExecution.getProcessInstanceId();
    }
    return false;
  }
}
