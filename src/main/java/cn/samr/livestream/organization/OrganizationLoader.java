package cn.samr.livestream.organization;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organisation file into org_unit and Camunda's identity and authorization tables, at
 * every start-up (all profiles), idempotently: units are upserted, units no longer in the file are
 * deactivated (never deleted), groups and authorizations are created when missing and never
 * duplicated; the groups' authorizations are written in the same transaction by {@link GroupAuthorizations}
 * (access: missing permissions added, retired ones taken back); when grants were narrowed, the working units
 * get read access to the instances of their open tasks ({@link GroupAuthorizations#grantOpenTasks}).
 *
 * <p>Runs once all singletons exist (so the process engine is built and Flyway has migrated)
 * and before the web server takes requests. An invalid file fails start-up.
 */
@Component
public class OrganizationLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(OrganizationLoader.class);

  static final String HEADS_SUFFIX = "负责人";

  private final OrgUnitMapper mapper;
  private final IdentityService identityService;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final org.springframework.core.io.Resource resource;
  private final GroupAuthorizations authorizations;
  private final OrganizationService organization;

  public OrganizationLoader(OrgUnitMapper mapper, OrganizationService organization, IdentityService identityService,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events,
      @Value("${livestream.organization.resource}") org.springframework.core.io.Resource resource,
      GroupAuthorizations authorizations) {
    this.mapper = mapper;
    this.organization = organization;
    this.identityService = identityService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.events = events;
    this.resource = resource;
    this.authorizations = authorizations;
  }

  @Override
  public void afterSingletonsInstantiated() {
    load();
  }

  /** Loads the configured organisation file. */
  public LoadResult load() {
    return load(resource);
  }

  /**
   * Loads the given organisation file; in one transaction, nothing is written if it is invalid. Then
   * announces the active units ({@link OrganizationLoaded}), e.g. for the heads' Tasklist filter.
   */
  public LoadResult load(org.springframework.core.io.Resource file) {
    List<UnitDefinition> definitions = OrganizationDefinitionReader.read(file);
    LoadResult result = transaction.execute(status -> apply(definitions));
    events.publishEvent(new OrganizationLoaded(definitions.stream()
        .map(UnitDefinition::toOrgUnit).filter(OrgUnit::isActive).toList()));
    log.info("Organisation loaded from {}: {} units ({} inserted, {} updated, {} deactivated), "
            + "{} groups created, {} authorizations created or extended, {} narrowed",
        file.getDescription(), definitions.size(), result.inserted(), result.updated(),
        result.deactivated(), result.groupsCreated(), result.authorizationsWritten(), result.authorizationsNarrowed());
    if (result.authorizationsNarrowed() > 0) {
      int granted = authorizations.grantOpenTasks();
      log.info("Grants narrowed to the instances each unit works on: {} instance grants for open tasks", granted);
    }
    return result;
  }

  private LoadResult apply(List<UnitDefinition> definitions) {
    // the cached units are dropped now and again when this transaction ends
    organization.unitsChanged();
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, UnitDefinition> byCode = definitions.stream()
        .collect(Collectors.toMap(UnitDefinition::code, Function.identity()));
    Map<String, String> codeByDistrict = definitions.stream()
        .filter(d -> d.districtCode() != null)
        .collect(Collectors.toMap(UnitDefinition::districtCode, UnitDefinition::code));
    Counter counter = new Counter();

    // 1. deactivate units no longer in the file (first: a district code may have moved to a new unit)
    for (OrgUnit existing : mapper.findAll()) {
      if (byCode.containsKey(existing.getCode())) {
        continue;
      }
      boolean changed = false;
      if (existing.isActive()) {
        existing.setActive(false);
        changed = true;
        log.warn("Unit {} ({}) is no longer in the organisation file: deactivated",
            existing.getCode(), existing.getName());
      }
      String district = existing.getDistrictCode();
      if (district != null && codeByDistrict.containsKey(district)) {
        log.warn("District code {} moves from the removed unit {} to unit {}", district,
            existing.getCode(), codeByDistrict.get(district));
        existing.setDistrictCode(null);
        changed = true;
      }
      if (changed) {
        existing.setUpdatedAt(now);
        mapper.update(existing);
        counter.deactivated++;
      }
    }

    // 2. upsert the file's units
    for (UnitDefinition definition : definitions) {
      OrgUnit wanted = definition.toOrgUnit();
      wanted.setUpdatedAt(now);
      OrgUnit existing = mapper.findByCode(definition.code());
      if (existing == null) {
        mapper.insert(wanted);
        counter.inserted++;
      } else if (!existing.sameContentAs(wanted)) {
        mapper.update(wanted);
        counter.updated++;
      }
    }

    // 3. Camunda groups, then their authorizations
    ensureAdminGroup(counter);
    List<OrgUnit> units = definitions.stream().map(UnitDefinition::toOrgUnit).toList();
    for (OrgUnit unit : units) {
      ensureGroup(unit.getCode(), unit.getName(), counter);
      if (unit.getHeadGroup() != null) {
        ensureGroup(unit.getHeadGroup(), unit.getName() + HEADS_SUFFIX, counter);
      }
    }
    GroupAuthorizations.Changes changes = authorizations.apply(units);
    return new LoadResult(counter.inserted, counter.updated, counter.deactivated,
        counter.groupsCreated, changes.written(), changes.narrowed());
  }

  private void ensureAdminGroup(Counter counter) {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("系统管理员 (Camunda Administrators)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
      counter.groupsCreated++;
    }
  }

  private void ensureGroup(String id, String name, Counter counter) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
      counter.groupsCreated++;
    } else if (!Objects.equals(group.getName(), name)) {
      group.setName(name);
      identityService.saveGroup(group);
    }
  }

  /** What a load changed; all zero when nothing did. */
  public record LoadResult(int inserted, int updated, int deactivated, int groupsCreated,
      int authorizationsWritten, int authorizationsNarrowed) {
  }

  private static final class Counter {
    int inserted;
    int updated;
    int deactivated;
    int groupsCreated;
  }
}
