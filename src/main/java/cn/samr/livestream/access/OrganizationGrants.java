package cn.samr.livestream.access;

import cn.samr.livestream.access.GroupGrants.Grant;
import cn.samr.livestream.organization.GroupAuthorizations;
import cn.samr.livestream.organization.OrgUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the organisation's grants ({@link GroupGrants}) for the organisation loader, idempotently:
 * authorizations are created when missing and never duplicated, missing permissions are added to existing
 * ones. Permissions are removed only where {@link GroupGrants#retired} names them (grants an earlier version
 * gave and this one takes back).
 */
@Component
class OrganizationGrants implements GroupAuthorizations {

  private static final Logger log = LoggerFactory.getLogger(OrganizationGrants.class);

  private final AuthorizationService authorizationService;
  private final ProcessEngine processEngine;
  private final InstanceReadGrants instanceGrants;
  private final GroupGrants grants;

  OrganizationGrants(AuthorizationService authorizationService, ProcessEngine processEngine,
      InstanceReadGrants instanceGrants, ProcessKeys processes) {
    this.authorizationService = authorizationService;
    this.processEngine = processEngine;
    this.instanceGrants = instanceGrants;
    this.grants = new GroupGrants(processes);
  }

  @Override
  public Changes apply(List<OrgUnit> units) {
    Counter counter = new Counter();
    // like Camunda's own admin setup: ALL on every resource type
    for (Resources resource : Resources.values()) {
      ensureGrant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, List.of(Permissions.ALL), counter);
    }
    for (OrgUnit unit : units) {
      for (Grant grant : GroupGrants.retired(unit)) {
        revokeGrant(grant, counter);
      }
      for (Grant grant : grants.forUnit(unit)) {
        ensureGrant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions(), counter);
      }
    }
    return new Changes(counter.authorizationsWritten, counter.authorizationsNarrowed);
  }

  @Override
  public int grantOpenTasks() {
    return instanceGrants.grantOpenTasks(((ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired());
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId,
      List<? extends Permission> permissions, Counter counter) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
    if (existing.isEmpty()) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      permissions.forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
      counter.authorizationsWritten++;
      return;
    }
    Authorization authorization = existing.get(0);
    List<Permission> missing = new ArrayList<>();
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        missing.add(permission);
      }
    }
    if (!missing.isEmpty()) {
      missing.forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
      counter.authorizationsWritten++;
    }
  }

  /** Removes the grant's permissions from the group's authorization; deletes it when none remain. */
  private void revokeGrant(Grant grant, Counter counter) {
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list()) {
      List<Permission> granted = grant.permissions().stream().filter(authorization::isPermissionGranted).toList();
      if (granted.isEmpty()) {
        continue;
      }
      granted.forEach(authorization::removePermission);
      if (authorization instanceof AuthorizationEntity entity && entity.getPermissions() == Permissions.NONE.getValue()) {
        authorizationService.deleteAuthorization(authorization.getId());
      } else {
        authorizationService.saveAuthorization(authorization);
      }
      log.warn("Group {}: {} on {} {} taken back (narrowed grants)", grant.groupId(), granted,
          grant.resource().resourceName(), grant.resourceId());
      counter.authorizationsNarrowed++;
    }
  }

  private static final class Counter {
    int authorizationsWritten;
    int authorizationsNarrowed;
  }
}
