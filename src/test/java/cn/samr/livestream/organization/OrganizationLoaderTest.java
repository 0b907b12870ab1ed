package cn.samr.livestream.organization;

import cn.samr.livestream.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
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
      "supervisors", UnitKind.SUPERVISION);

  @Autowired OrganizationLoader loader;
  @Autowired OrganizationService organization;
  @Autowired OrgUnitMapper mapper;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApplicationContext context;

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
    assertThat(mapper.findAll()).hasSize(23);
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
        ProcessKeys.COMPLAINT_HANDLING)).isTrue();
    assertThat(authorized(officers, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
        ProcessKeys.REMEDY_ENFORCEMENT)).isTrue();
    assertThat(authorized(officers, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        ProcessKeys.REMEDY_ENFORCEMENT)).isFalse();
    assertThat(authorized(officers, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
        "some-other-process")).isFalse();
    // clue intake (POST /api/clues) and the processes clue-verification calls
    for (String group : List.of("district-310113", "complaint-centre", "enforcement-corps")) {
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, ProcessKeys.CLUE_VERIFICATION)).as(group).isTrue();
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
          ProcessKeys.CLUE_VERIFICATION)).as(group).isTrue();
    }
    for (String group : List.of("district-310113", "district-310113-head", "enforcement-corps-head")) {
      for (String called : List.of(ProcessKeys.CASE_INVESTIGATION, ProcessKeys.CRIMINAL_TRANSFER)) {
        assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION,
            called)).as(group + " reads " + called).isTrue();
        assertThat(authorized(List.of(group), ProcessDefinitionPermissions.CREATE_INSTANCE,
            Resources.PROCESS_DEFINITION, called)).as(group + " starts " + called).isFalse();
      }
    }
    assertThat(ProcessKeys.CLUE_VERIFICATION).isEqualTo("clue-verification");
    assertThat(ProcessKeys.CASE_INVESTIGATION).isEqualTo("case-investigation");
    assertThat(ProcessKeys.CRIMINAL_TRANSFER).isEqualTo("criminal-transfer");
    assertThat(authorized(officers, ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE,
        Authorization.ANY)).isTrue();
    assertThat(authorized(officers, TaskPermissions.READ, Resources.TASK, "any-task-id")).isFalse();

    // heads: also Cockpit and reading every process
    List<String> heads = List.of("district-310113-head");
    assertThat(authorized(heads, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorized(heads, ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION,
        "some-other-process")).isTrue();
    assertThat(authorized(heads, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        ProcessKeys.COMPLAINT_HANDLING)).isTrue();

    // supervisors read, change nothing
    List<String> supervisors = List.of("supervisors");
    assertThat(authorized(supervisors, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorized(supervisors, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();
    assertThat(authorized(supervisors, TaskPermissions.READ, Resources.TASK, "any-task-id")).isTrue();
    assertThat(authorized(supervisors, TaskPermissions.UPDATE, Resources.TASK, "any-task-id")).isFalse();
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        ProcessKeys.COMPLAINT_HANDLING)).isTrue();
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        ProcessKeys.COMPLAINT_HANDLING)).isFalse();
    assertThat(authorized(supervisors, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        ProcessKeys.CLUE_VERIFICATION)).isFalse();
    assertThat(authorized(supervisors, ProcessInstancePermissions.UPDATE, Resources.PROCESS_INSTANCE,
        Authorization.ANY)).isFalse();
    assertThat(authorized(supervisors, Permissions.READ_HISTORY, Resources.DECISION_DEFINITION,
        Authorization.ANY)).isTrue();

    // coordination group and monitoring centre: tasklist + cockpit, read every process
    for (String group : List.of("coordination-group", "coordination-group-head", "monitoring-centre")) {
      assertThat(authorized(List.of(group), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
      assertThat(authorized(List.of(group), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
      assertThat(authorized(List.of(group), ProcessDefinitionPermissions.READ_HISTORY,
          Resources.PROCESS_DEFINITION, "any-process")).isTrue();
    }

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

    assertThat(result).isEqualTo(new OrganizationLoader.LoadResult(0, 0, 0, 0, 0));
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void aUnitRemovedFromTheFileBecomesInactiveAndComesBackWhenReadded() {
    try {
      OrganizationLoader.LoadResult result = loader.load(new ClassPathResource("organization/shanghai-reduced.yaml"));

      assertThat(result.deactivated()).isEqualTo(21);
      OrgUnit airport = organization.unit("district-airport").orElseThrow();
      assertThat(airport.isActive()).isFalse();
      assertThat(airport.getDistrictCode()).isEqualTo("AIRPORT");
      assertThat(organization.districtByCode("AIRPORT")).isEmpty();
      assertThat(organization.isKnownUnit("complaint-centre")).isFalse();
      assertThat(organization.activeDistricts()).extracting(OrgUnit::getCode).containsExactly("district-310113");
      assertThat(mapper.findAll()).hasSize(23);
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
      assertThat(created).hasSize(11).contains("admin", "baoshan-officer2", "coord-officer");
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
