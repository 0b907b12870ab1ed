package cn.samr.livestream.organization;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * The authorizations (grants) each unit's groups need for their work, with authorization checks on.
 * Tasks are not granted here: the engine gives candidate groups READ and TASK_WORK on each task
 * (defaultUserPermissionNameForTask), so officers see only their own unit's tasks.
 */
final class GroupGrants {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  /** One grant authorization: group, resource type and id, permissions. */
  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }
  }

  private GroupGrants() {
  }

  /** Grants of the unit's officers' group and, if any, its heads' group. */
  static List<Grant> forUnit(OrgUnit unit) {
    List<Grant> grants = new ArrayList<>();
    String officers = unit.getCode();
    String heads = unit.getHeadGroup();
    switch (unit.getKind()) {
      case DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS -> {
        grants.addAll(caseWorker(officers, unit.getKind()));
        if (heads != null) {
          grants.addAll(caseWorker(heads, unit.getKind()));
          grants.add(new Grant(heads, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
          grants.add(overseeAllProcesses(heads));
        }
      }
      case COORDINATION -> {
        grants.addAll(overseer(officers));
        if (heads != null) {
          grants.addAll(overseer(heads));
        }
      }
      case MONITORING_CENTRE -> {
        grants.addAll(overseer(officers));
        grants.addAll(monitor(officers));
        if (heads != null) {
          grants.addAll(overseer(heads));
          grants.addAll(monitor(heads));
        }
      }
      case SUPERVISION -> {
        grants.addAll(readOnlySupervisor(officers));
        if (heads != null) {
          grants.addAll(readOnlySupervisor(heads));
        }
      }
      default -> throw new IllegalStateException("no grants defined for kind " + unit.getKind());
    }
    return grants;
  }

  /**
   * Officers who work complaints: Tasklist, read and start the complaint processes; districts also
   * record spot checks.
   */
  private static List<Grant> caseWorker(String group, UnitKind kind) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    for (String key : ProcessKeys.READABLE_BY_OFFICERS) {
      boolean startable = ProcessKeys.STARTABLE_BY_OFFICERS.contains(key)
          || kind == UnitKind.DISTRICT && ProcessKeys.STARTABLE_BY_DISTRICTS.contains(key);
      grants.add(startable
          ? new Grant(group, Resources.PROCESS_DEFINITION, key,
              ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)
          : new Grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ));
    }
    grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    return grants;
  }

  /** Coordination group and monitoring centre: Tasklist and Cockpit, read every process. */
  private static List<Grant> overseer(String group) {
    return List.of(
        new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
        new Grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
        overseeAllProcesses(group));
  }

  /**
   * The monitoring centre records spot checks for every district (录入抽查记录, the upload) and so starts
   * the clue verifications of suspected violations.
   */
  private static List<Grant> monitor(String group) {
    List<Grant> grants = new ArrayList<>();
    for (String key : ProcessKeys.STARTABLE_BY_MONITORING_CENTRE) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    return grants;
  }

  private static Grant overseeAllProcesses(String group) {
    return new Grant(group, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE);
  }

  /** 监督查看: Cockpit, reading only; nothing that changes anything. */
  private static List<Grant> readOnlySupervisor(String group) {
    return List.of(
        new Grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, ANY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE),
        new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
        new Grant(group, Resources.TASK, ANY, TaskPermissions.READ),
        new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
        new Grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ),
        // checked only with enableHistoricInstancePermissions; harmless otherwise
        new Grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
        new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
  }
}
