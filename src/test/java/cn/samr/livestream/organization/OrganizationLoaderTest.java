package cn.samr.livestream.organization;

import cn.samr.livestream.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.access.ProcessKeys;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.RemedyProcess;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.transfer.TransferProcess;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess;
import cn.samr.livestream.shared.Times;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

@IntegrationTest
class OrganizationLoaderTest {

  static final Map<String, String> DISTRICTS = Map.ofEntries(
      Map.entry("310101", "黄浦区市场监督管理局"), Map.entry("310104", "徐汇区市场监督管理局"),
      Map.entry("310105", "长宁区市场监督管理局"), Map.entry("310106", "静安区市场监督管理局"),
      Map.entry("310107", "普陀区市场监督管理局"), Map.entry("310109", "虹口区市场监督管理局"),
      Map.entry("310110", "杨浦区市场监督管理局"), Map.entry("310112", "闵行区市场监督管理局"),
      Map.entry("310113", "宝山区市场监督管理局"), Map.entry("310114", "嘉定区市场监督管理局"),
      Map.entry("310115", "浦东新区市场监督管理局"), Map.entry("310116", "金山区市场监督管理局"),
      Map.entry("310117", "松江区市场监督管理局"), Map.entry("310118", "青浦区市场监督管理局"),
      Map.entry("310120", "奉贤区市场监督管理局"), Map.entry("310151", "崇明区市场监督管理局"),
      Map.entry("LINGANG", "临港新片区市场监管局"), Map.entry("AIRPORT", "机场分局"));

  static final Map<String, UnitKind> CITY_UNITS = Map.of(
      "complaint-centre", UnitKind.COMPLAINT_CENTRE,
      "enforcement-corps", UnitKind.ENFORCEMENT_CORPS,
      "monitoring-centre", UnitKind.MONITORING_CENTRE,
      "coordination-group", UnitKind.COORDINATION,
      "supervisors", UnitKind.SUPERVISION,
      "operations", UnitKind.OPERATIONS);

  // the processes' keys as their features declare them
  static final String COMPLAINT_HANDLING = ComplaintProcess.PROCESS_KEY;
  static final String REMEDY_ENFORCEMENT = RemedyProcess.PROCESS_KEY;
  static final String CLUE_VERIFICATION = ClueProcess.PROCESS_KEY;
  static final String CASE_INVESTIGATION = CaseProcess.PROCESS_KEY;
  static final String CRIMINAL_TRANSFER = TransferProcess.PROCESS_KEY;
  static final String COORDINATION_ESCALATION = CoordinationProcess.PROCESS_KEY;
  static final String SPOT_CHECK_ENTRY = SpotCheckEntryProcess.PROCESS_KEY;

  @Autowired OrganizationLoader loader;
  @Autowired OrganizationService organization;
  @Autowired OrgUnitMapper mapper;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApplicationContext context;
  @Autowired ComplaintIntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessKeys processKeys;

  @Test
  void allDistrictsAndCityUnitsAreLoadedIntoOrgUnitAndAsGroups() {
    List<OrgUnit> districts = organization.activeDistricts();
    assertThat(districts).hasSize(18);
    assertThat(districts).extracting(OrgUnit::getDistrictCode)
        .containsExactlyInAnyOrderElementsOf(DISTRICTS.keySet());
    for (OrgUnit district : districts) {
      String code = "district-" + district.getDistrictCode().toLowerCase();
      assertThat(district.getCode()).isEqualTo(code);
      assertThat(district.getName()).isEqualTo(DISTRICTS.get(district.getDistrictCode()));
      assertThat(district.getKind()).isEqualTo(UnitKind.DISTRICT);
      assertThat(district.getHeadGroup()).isEqualTo(code + "-head");
      assertThat(district.getUpdatedAt()).isNotNull();
      assertGroup(code, district.getName());
      assertGroup(code + "-head", district.getName() + "负责人");
    }
    CITY_UNITS.forEach((code, kind) -> {
      OrgUnit unit = organization.unit(code).orElseThrow();
      assertThat(unit.getKind()).isEqualTo(kind);
      assertThat(unit.isActive()).isTrue();
      assertThat(unit.getDistrictCode()).isNull();
      assertGroup(code, unit.getName());
    });
    assertThat(organization.unit("coordination-group").orElseThrow().getName())
        .isEqualTo("网络直播营销监管综合协调工作组（广告处、网监处）");
    assertGroup("complaint-centre-head", "市局投诉举报中心负责人");
    assertGroup("enforcement-corps-head", "市局执法总队负责人");
    assertGroup("coordination-group-head", "网络直播营销监管综合协调工作组（广告处、网监处）负责人");
    assertThat(identityService.createGroupQuery().groupId("supervisors-head").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count()).isOne();
    assertThat(mapper.findAll()).hasSize(24);
  }

  @Test
  void organizationServiceAnswersForOtherFeatures() {
    assertThat(organization.districtByCode("310113")).map(OrgUnit::getCode).contains("district-310113");
    assertThat(organization.districtByCode("LINGANG")).map(OrgUnit::getName).contains("临港新片区市场监管局");
    assertThat(organization.districtByCode("999999")).isEmpty();
    assertThat(organization.districtByCode(null)).isEmpty();
    assertThat(organization.headGroupOf("district-310115")).isEqualTo("district-310115-head");
    assertThat(organization.headGroupOf("enforcement-corps")).isEqualTo("enforcement-corps-head");
    assertThat(organization.headGroupOf("monitoring-centre")).isEqualTo("monitoring-centre");
    assertThatThrownBy(() -> organization.headGroupOf("nowhere")).hasMessageContaining("nowhere");
    assertThat(organization.isKnownUnit("complaint-centre")).isTrue();
    assertThat(organization.isKnownUnit("district-310113-head")).isFalse();
    assertThat(organization.isKnownUnit(null)).isFalse();
    assertThat(organization.activeDistricts().get(0).getCode()).isEqualTo("district-310101");
  }

  @Test
  void groupsGetTheAuthorizationsTheirWorkNeeds() {
    // district officers: tasklist, complaint processes, but no Cockpit and no TASK * READ
    List<String> officers = List.of("district-310113");
    assertThat(authorized(officers, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorized(officers, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorized(officers, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        COMPLAINT_HANDLING)).isTrue();
    assertThat(authorized(officers, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
        REMEDY_ENFORCEMENT)).isTrue();
    assertThat(authorized(officers, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        REMEDY_ENFORCEMENT)).isFalse();
    assertThat(authorized(officers, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
        "some-other-process")).isFalse();
    // clue intake (POST /api/clues) and the processes clue-verification calls
    for (String group : List.of("district-310113", "complaint-centre", "enforcement-corps")) {
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, CLUE_VERIFICATION)).as(group).isTrue();
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
          CLUE_VERIFICATION)).as(group).isTrue();
    }
    for (String group : List.of("district-310113", "district-310113-head", "enforcement-corps-head")) {
      for (String called : List.of(CASE_INVESTIGATION, CRIMINAL_TRANSFER)) {
        assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
            called)).as(group + " reads " + called).isTrue();
        assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
            Resources.PROCESS_DEFINITION, called)).as(group + " starts " + called).isFalse();
      }
    }
    assertThat(CLUE_VERIFICATION).isEqualTo("clue-verification");
    assertThat(CASE_INVESTIGATION).isEqualTo("case-investigation");
    assertThat(CRIMINAL_TRANSFER).isEqualTo("criminal-transfer");
    assertThat(authorized(officers, ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE,
        Authorization.ANY)).isTrue();
    assertThat(authorized(officers, TaskPermissions.READ, Resources.TASK, "any-task-id")).isFalse();

    // heads: also Cockpit, but no city-wide read: their unit's instances are granted per instance
    List<String> heads = List.of("district-310113-head");
    assertThat(authorized(heads, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    for (String key : processKeys.all()) {
      for (Permission cityWide : List.of(ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK)) {
        assertThat(authorized(heads, cityWide, Resources.PROCESS_DEFINITION, key)).as(cityWide + " " + key).isFalse();
      }
    }
    assertThat(authorized(heads, ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, "any-instance"))
        .isFalse();
    assertThat(authorized(heads, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        COMPLAINT_HANDLING)).isTrue();

    // supervisors read, change nothing
    List<String> supervisors = List.of("supervisors");
    assertThat(authorized(supervisors, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorized(supervisors, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();
    assertThat(authorized(supervisors, TaskPermissions.UPDATE, Resources.TASK, "any-task-id")).isFalse();
    for (String key : processKeys.overseen()) {
      for (Permission read : List.of(ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY)) {
        assertThat(authorized(supervisors, read, Resources.PROCESS_DEFINITION, key)).as(read + " " + key).isTrue();
      }
      assertThat(authorized(supervisors, ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION,
          key)).isFalse();
    }
    // only the coordination group sees the escalations city-wide
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        COORDINATION_ESCALATION)).isFalse();
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        COMPLAINT_HANDLING)).isFalse();
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        CLUE_VERIFICATION)).isFalse();
    assertThat(authorized(supervisors, ProcessInstancePermissions.UPDATE, Resources.PROCESS_INSTANCE,
        Authorization.ANY)).isFalse();
    assertThat(authorized(supervisors, Permissions.READ_HISTORY, Resources.DECISION_DEFINITION,
        Authorization.ANY)).isTrue();

    // coordination group: tasklist + cockpit, reads every process; monitoring centre: every one but escalations
    for (String group : List.of("coordination-group", "coordination-group-head", "monitoring-centre")) {
      assertThat(authorized(List.of(group), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
      assertThat(authorized(List.of(group), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ_INSTANCE,
          Resources.PROCESS_DEFINITION, COMPLAINT_HANDLING)).isTrue();
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ_INSTANCE,
          Resources.PROCESS_DEFINITION, COORDINATION_ESCALATION)).as(group)
          .isEqualTo(!group.equals("monitoring-centre"));
    }

    // recording spot checks (录入抽查记录): districts and the monitoring centre, which also starts the clues
    for (String group : List.of("district-310113", "district-310113-head", "monitoring-centre")) {
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
          SPOT_CHECK_ENTRY)).as(group).isTrue();
    }
    for (String group : List.of("complaint-centre", "enforcement-corps", "coordination-group", "supervisors")) {
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
          SPOT_CHECK_ENTRY)).as(group).isFalse();
    }
    List<String> monitors = List.of("monitoring-centre");
    assertThat(authorized(monitors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        CLUE_VERIFICATION)).isTrue();
    assertThat(authorized(monitors, ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE,
        Authorization.ANY)).isTrue();
    assertThat(authorized(monitors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        COMPLAINT_HANDLING)).isFalse();
    assertThat(authorized(List.of("coordination-group"), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, CLUE_VERIFICATION)).isFalse();

    // camunda-admin: everything
    List<String> admins = List.of(Groups.CAMUNDA_ADMIN);
    for (Resources resource : Resources.values()) {
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).count()).as(resource.resourceName()).isOne();
    }
    assertThat(authorized(admins, Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
  }

  @Test
  void loadingAgainCreatesNoDuplicateGroupsOrAuthorizations() {
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    Map<String, Long> perGroup = authorizationService.createAuthorizationQuery().list().stream()
        .filter(a -> a.getGroupId() != null)
        .collect(Collectors.groupingBy(a -> a.getGroupId() + "|" + a.getResourceType() + "|" + a.getResourceId(),
            Collectors.counting()));
    assertThat(perGroup.values()).as("one authorization per group, resource type and id").allMatch(n -> n == 1);

    OrganizationLoader.LoadResult result = loader.load();

    assertThat(result).isEqualTo(new OrganizationLoader.LoadResult(0, 0, 0, 0, 0, 0));
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void grantsOfEarlierVersionsAreTakenBackAndWorkingUnitsKeepReadingTheirOpenInstances() {
    // a Baoshan complaint waiting for acceptance, started (as it were) before instances were granted per instance
    String pi = intake.register(ComplaintFixtures.baoshanMerchant(
        LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS)), "loader-test").processInstanceId();
    assertThat(authorized(List.of("district-310113-head"), ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE,
        pi)).as("granted with the acceptance task").isTrue();
    for (Resources resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
      authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(pi).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
    // the earlier version's city-wide grants; one with a permission an administrator added
    grant("district-310115-head", Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant("supervisors", Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
    grant("supervisors", Resources.TASK, Authorization.ANY, TaskPermissions.READ);
    grant("monitoring-centre", Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
    try {
      OrganizationLoader.LoadResult result = loader.load();

      assertThat(result.authorizationsNarrowed()).isEqualTo(4);
      assertThat(result.authorizationsWritten()).isZero();
      for (String group : List.of("supervisors", "monitoring-centre")) {
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group)
            .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).count()).as(group).isZero();
      }
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn("supervisors")
          .resourceType(Resources.TASK).resourceId(Authorization.ANY).count()).isZero();
      // what was not retired stays
      Authorization kept = authorizationService.createAuthorizationQuery().groupIdIn("district-310115-head")
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
      assertThat(kept.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).isTrue();
      assertThat(kept.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isFalse();
      // Pudong's head no longer reads Baoshan's complaint; Baoshan's officers and heads read it again
      assertThat(authorized(List.of("district-310115-head"), ProcessDefinitionPermissions.READ_INSTANCE,
          Resources.PROCESS_DEFINITION, COMPLAINT_HANDLING)).isFalse();
      for (String group : List.of("district-310113", "district-310113-head")) {
        assertThat(authorized(List.of(group), ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, pi))
            .as(group).isTrue();
        assertThat(authorized(List.of(group), HistoricProcessInstancePermissions.READ,
            Resources.HISTORIC_PROCESS_INSTANCE, pi)).as(group).isTrue();
      }
      assertThat(authorized(List.of("district-310115-head"), ProcessInstancePermissions.READ,
          Resources.PROCESS_INSTANCE, pi)).isFalse();
      // and again: nothing left to do
      assertThat(loader.load()).isEqualTo(new OrganizationLoader.LoadResult(0, 0, 0, 0, 0, 0));
    } finally {
      authorizationService.createAuthorizationQuery().groupIdIn("district-310115-head")
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      runtimeService.deleteProcessInstance(pi, "test over");
    }
  }

  private void grant(String group, Resources resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  @Test
  void aUnitRemovedFromTheFileBecomesInactiveAndComesBackWhenReadded() {
    try {
      OrganizationLoader.LoadResult result = loader.load(new ClassPathResource("organization/shanghai-reduced.yaml"));

      assertThat(result.deactivated()).isEqualTo(22);
      OrgUnit airport = organization.unit("district-airport").orElseThrow();
      assertThat(airport.isActive()).isFalse();
      assertThat(airport.getDistrictCode()).isEqualTo("AIRPORT");
      assertThat(organization.districtByCode("AIRPORT")).isEmpty();
      assertThat(organization.isKnownUnit("complaint-centre")).isFalse();
      assertThat(organization.activeDistricts()).extracting(OrgUnit::getCode).containsExactly("district-310113");
      assertThat(mapper.findAll()).hasSize(24);
      // groups stay: tasks and history still name them
      assertThat(identityService.createGroupQuery().groupId("district-airport").count()).isOne();
    } finally {
      loader.load();
    }
    assertThat(organization.activeDistricts()).hasSize(18);
    assertThat(organization.districtByCode("AIRPORT")).isPresent();
  }

  @Test
  void invalidFilesFailWithAMessageNamingTheUnit() {
    assertInvalid("""
        units:
          - {code: district-310113, name: 宝山区, kind: DISTRICT, districtCode: "310113"}
          - {code: district-310113, name: 宝山区二, kind: DISTRICT, districtCode: "310199"}
        """, "unit #2 (district-310113): duplicate code 'district-310113'");
    assertInvalid("""
        units:
          - {code: district-310199, name: 某区, kind: DISTRICT}
        """, "unit #1 (district-310199): a DISTRICT needs a districtCode");
    assertInvalid("""
        units:
          - {code: press-office, name: 宣传处, kind: PRESS}
        """, "unit #1 (press-office): kind 'PRESS' is unknown");
    assertInvalid("""
        units:
          - {code: district-310113, name: 宝山区, kind: DISTRICT, districtCode: "310113", headgroup: x}
        """, "unit #1 (district-310113): unknown field(s) [headgroup]");
    assertInvalid("""
        units:
          - {code: a, name: A, kind: DISTRICT, districtCode: "310113"}
          - {code: b, name: B, kind: DISTRICT, districtCode: "310113"}
        """, "unit #2 (b): districtCode '310113' is already used by unit a");
    assertInvalid("""
        units:
          - {code: district-310113, name: 宝山区, kind: DISTRICT, districtCode: "310113", headGroup: baoshan-leaders}
        """, "unit #1 (district-310113): headGroup 'baoshan-leaders' must end with '-head'");
    assertInvalid("units: [", "is not valid YAML");

    // nothing was written
    assertThat(organization.unit("press-office")).isEmpty();
    assertThat(organization.activeDistricts()).hasSize(18);
  }

  @Test
  void noDemoUsersOutsideTheLocalProfile() {
    assertThat(context.getBeansOfType(DemoUserLoader.class)).isEmpty();
    assertThat(identityService.createUserQuery()
        .userIdIn("admin", "baoshan-officer", "pudong-head", "supervisor").count()).isZero();
  }

  @Test
  void demoUsersAreCreatedOnceWithTheirGroups() {
    MockEnvironment environment = new MockEnvironment().withProperty("livestream.demo.password", "test-pw-1");
    DemoUserLoader demo = new DemoUserLoader(identityService, environment);
    List<String> created = demo.createMissingUsers();
    try {
      assertThat(created).hasSize(14)
          .contains("admin", "baoshan-officer2", "coord-officer", "coord-head", "monitor-officer", "ops");
      assertThat(identityService.checkPassword("baoshan-head", "test-pw-1")).isTrue();
      assertThat(identityService.createGroupQuery().groupMember("baoshan-head").list())
          .extracting(Group::getId).containsExactly("district-310113-head");
      assertThat(identityService.createGroupQuery().groupMember("admin").singleResult().getId())
          .isEqualTo(Groups.CAMUNDA_ADMIN);
      assertThat(demo.createMissingUsers()).isEmpty();
    } finally {
      created.forEach(identityService::deleteUser);
    }
    assertThatThrownBy(() -> new DemoUserLoader(identityService, new MockEnvironment()).createMissingUsers())
        .hasMessageContaining("livestream.demo.password");
  }

  private void assertInvalid(String yaml, String message) {
    ByteArrayResource file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test file");
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(OrganizationDefinitionException.class)
        .hasMessageContaining(message);
  }

  private void assertGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    assertThat(group).as("group " + id).isNotNull();
    assertThat(group.getName()).isEqualTo(name);
    assertThat(group.getType()).isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
  }

  private boolean authorized(List<String> groups, org.camunda.bpm.engine.authorization.Permission permission,
      Resources resource, String resourceId) {
    return authorizationService.isUserAuthorized("nobody-in-particular", groups, permission, resource, resourceId);
  }
}
