package cn.samr.livestream.complaint;

import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.EngineCalls;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The unit a record was registered by: the first unit, in the organisation's order, whose officers' or
 * heads' group its registrant belongs to. What a 409 tells a caller who may not read the record.
 */
@Component
public class RegisteringUnit {

  private final IdentityService identityService;
  private final CommandExecutor executor;
  private final OrganizationService organization;

  public RegisteringUnit(ProcessEngine engine, OrganizationService organization) {
    this.identityService = engine.getIdentityService();
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.organization = organization;
  }

  /** The registrant's unit; empty for the system or a user no longer in any unit. */
  public Optional<OrgUnit> of(String registeredBy) {
    if (registeredBy == null) {
      return Optional.empty();
    }
    // as the system: the caller may not read other units' users and groups
    Set<String> groups = EngineCalls.asSystem(executor, () -> identityService.createGroupQuery()
        .groupMember(registeredBy).list().stream().map(Group::getId).collect(Collectors.toSet()));
    return organization.activeUnits().stream()
        .filter(unit -> groups.contains(unit.getCode()) || groups.contains(unit.getHeadGroup()))
        .findFirst();
  }
}
