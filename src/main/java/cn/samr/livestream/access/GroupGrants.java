package cn.samr.livestream.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.samr.livestream.access.ProcessAccess.Starter;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.UnitKind;
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
 *
 * <ul>
 *   <li>Tasks are not granted here: the engine gives candidate groups READ and TASK_WORK on each task
 *       (defaultUserPermissionNameForTask), so officers see only their own unit's tasks; with them
 *       {@link UnitAuthorizationProvider} gives the candidate group and its unit's heads' group TASK_ASSIGN (Tasklist's
 *       assignee field, issue 17 转办), tasks.HandOffGuard deciding to whom.</li>
 *   <li>Process instances of working units (districts, complaint centre, enforcement corps) are not granted
 *       per definition either: a unit's officers and heads read the instances their unit works on, granted
 *       per instance by {@link InstanceReadGrants} when a task of the unit is created (and for an escalation,
 *       to the reporting unit when it starts). Heads get Cockpit for those.</li>
 *   <li>Only the coordination group reads every process city-wide, escalations included; the supervisors
 *       and the monitoring centre read every process but the escalations ({@link ProcessKeys#overseen()}).</li>
 * </ul>
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

  private final ProcessKeys processes;

  GroupGrants(ProcessKeys processes) {
    this.processes = processes;
  }

  /** True for units whose groups read the process instances they work on, granted per instance. */
  static boolean readsOwnInstances(UnitKind kind) {
    return switch (kind) {
      case DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS -> true;
      case COORDINATION, MONITORING_CENTRE, SUPERVISION, OPERATIONS -> false;
    };
  }

  /** Grants of the unit's officers' group and, if any, its heads' group. */
  List<Grant> forUnit(OrgUnit unit) {
    List<Grant> grants = new ArrayList<>();
    String officers = unit.getCode();
    String heads = unit.getHeadGroup();
    switch (unit.getKind()) {
      case DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS -> {
        grants.addAll(caseWorker(officers, unit.getKind(), false));
        if (heads != null) {
          grants.addAll(caseWorker(heads, unit.getKind(), true));
          // Cockpit shows a head the instances granted to the unit, nothing more
          grants.add(new Grant(heads, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        }
      }
      case COORDINATION -> {
        grants.addAll(coordination(officers));
        grants.addAll(coordinationStarts(officers));
        if (heads != null) {
          grants.addAll(coordination(heads));
          grants.addAll(coordinationStarts(heads));
        }
      }
      case MONITORING_CENTRE -> {
        grants.addAll(monitoringCentre(officers));
        grants.addAll(monitor(officers));
        if (heads != null) {
          grants.addAll(monitoringCentre(heads));
          grants.addAll(monitor(heads));
        }
      }
      case SUPERVISION -> {
        grants.addAll(readOnlySupervisor(officers));
        if (heads != null) {
          grants.addAll(readOnlySupervisor(heads));
        }
      }
      case OPERATIONS -> {
        // the operations view is /actuator (operations.ActuatorAccess), outside the engine: nothing to grant
      }
      default -> throw new IllegalStateException("no grants defined for kind " + unit.getKind());
    }
    return grants;
  }

  /**
   * Permissions earlier versions granted and this one takes back; the loader removes them from existing
   * authorizations (deleting an authorization left without permissions), before it adds {@link #forUnit}.
   * <ul>
   *   <li>heads: READ, READ_HISTORY, READ_INSTANCE on every process definition (city-wide Cockpit read);
   *       now their unit's instances only;</li>
   *   <li>monitoring centre and supervisors: the same on every definition, and for supervisors READ on every
   *       process instance, task, historic task and historic process instance; now every process but the
   *       escalations, per definition key.</li>
   * </ul>
   */
  static List<Grant> retired(OrgUnit unit) {
    List<Grant> retired = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    switch (unit.getKind()) {
      case DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS -> {
        if (unit.getHeadGroup() != null) {
          groups.add(unit.getHeadGroup());
        }
      }
      case MONITORING_CENTRE, SUPERVISION -> {
        groups.add(unit.getCode());
        if (unit.getHeadGroup() != null) {
          groups.add(unit.getHeadGroup());
        }
      }
      default -> {
        return retired;
      }
    }
    for (String group : groups) {
      retired.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE));
      if (unit.getKind() == UnitKind.SUPERVISION) {
        retired.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
        retired.add(new Grant(group, Resources.TASK, ANY, TaskPermissions.READ));
        retired.add(new Grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        retired.add(new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
      }
    }
    return retired;
  }

  /**
   * Officers who work complaints: Tasklist, read and start the complaint processes; districts also
   * record spot checks.
   */
  private List<Grant> caseWorker(String group, UnitKind kind, boolean headsGroup) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    List<String> byOfficers = processes.startableBy(Starter.OFFICERS);
    List<String> byDistricts = processes.startableBy(Starter.DISTRICTS);
    List<String> byHeads = processes.startableBy(Starter.HEADS);
    for (String key : processes.readableByOfficers()) {
      boolean startable = byOfficers.contains(key) || kind == UnitKind.DISTRICT && byDistricts.contains(key)
          || headsGroup && byHeads.contains(key);
      grants.add(startable
          ? new Grant(group, Resources.PROCESS_DEFINITION, key,
              ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)
          : new Grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ));
    }
    grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    return grants;
  }

  /** The coordination group: Tasklist and Cockpit, reads every process city-wide, escalations included. */
  private static List<Grant> coordination(String group) {
    return List.of(
        new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
        new Grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
        new Grant(group, Resources.PROCESS_DEFINITION, ANY,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE));
  }

  /** The processes the coordination group starts itself (an interview, a department transfer …), if any. */
  private List<Grant> coordinationStarts(String group) {
    List<String> keys = processes.startableBy(Starter.COORDINATION);
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Grant> grants = new ArrayList<>();
    for (String key : keys) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    return grants;
  }

  /** The monitoring centre: Tasklist and Cockpit, reads every process but the escalations. */
  private List<Grant> monitoringCentre(String group) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    grants.add(new Grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    for (String key : processes.overseen()) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE));
    }
    return grants;
  }

  /**
   * The monitoring centre records spot checks for every district (录入抽查记录, the upload) and so starts
   * the clue verifications of suspected violations.
   */
  private List<Grant> monitor(String group) {
    List<Grant> grants = new ArrayList<>();
    for (String key : processes.startableBy(Starter.MONITORING_CENTRE)) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    return grants;
  }

  /**
   * 监督查看: Cockpit, reading only, nothing that changes anything: every process's definition, instances,
   * tasks and history city-wide, but not the escalations (only the coordination group sees those city-wide).
   */
  private List<Grant> readOnlySupervisor(String group) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    for (String key : processes.overseen()) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK));
    }
    grants.add(new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
    grants.add(new Grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ));
    return grants;
  }
}
