package cn.samr.livestream.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants (a task's candidate groups read and work it), and besides ({@link InstanceReadGrants}):
 * when a task gets a working unit's group as candidate group, that unit's officers and heads read the task's
 * process instance.
 */
class UnitAuthorizationProvider extends DefaultAuthorizationProvider {

  private final InstanceReadGrants instanceGrants;

  UnitAuthorizationProvider(InstanceReadGrants instanceGrants) {
    this.instanceGrants = instanceGrants;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] forTask = super.newTaskGroupIdentityLink(task, groupId, type);
    if (!IdentityLinkType.CANDIDATE.equals(type) || !(task instanceof TaskEntity entity)
        || entity.getProcessInstanceId() == null) {
      return forTask;
    }
    List<AuthorizationEntity> forInstance = instanceGrants.forCandidateGroup(groupId, entity.getProcessInstance());
    if (forInstance.isEmpty()) {
      return forTask;
    }
    List<AuthorizationEntity> all = new ArrayList<>(forTask == null ? List.of() : Arrays.asList(forTask));
    all.addAll(forInstance);
    return all.toArray(AuthorizationEntity[]::new);
  }
}
