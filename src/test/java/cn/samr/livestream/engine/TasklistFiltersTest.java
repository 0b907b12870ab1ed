package cn.samr.livestream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrganizationLoader;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist filters created at start, executed as the officers and heads who use them: standalone
 * tasks with candidate groups and due dates stand for the units' work, the engine clock is set.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEADS = "district-310113-head";
  static final String PUDONG = "district-310115";
  static final String PUDONG_HEADS = "district-310115-head";
  static final String COORDINATION = "coordination-group";
  static final List<String> FOR_EVERYONE = List.of(TasklistFilters.UNIT_TASKS, TasklistFilters.MY_TASKS,
      TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
  static final List<String> ALL = List.of(TasklistFilters.HEAD_TASKS, TasklistFilters.UNIT_TASKS,
      TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganizationLoader organizationLoader;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  final List<String> created = new ArrayList<>();
  TestUsers users;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    created.forEach(id -> taskService.deleteTask(id, true));
    created.clear();
  }

  @Test
  void everyFilterExistsSortedByDueDateWithTheOfficersColumns() {
    for (String name : ALL) {
      Filter filter = filter(name);
      TaskQueryImpl query = filter.getQuery();
      assertThat(query.getOrderingProperties()).as(name).hasSize(1);
      QueryOrderingProperty order = query.getOrderingProperties().get(0);
      assertThat(order.getQueryProperty()).as(name).isEqualTo(TaskQueryProperty.DUE_DATE);
      assertThat(order.getDirection().getName()).as(name).isEqualTo("asc");
      @SuppressWarnings("unchecked")
      List<Map<String, String>> columns = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(columns).as(name).extracting(c -> c.get("name")).containsExactly(TaskListColumns.NUMBER,
          TaskListColumns.SUBJECT, TaskListColumns.CATEGORY, TaskListColumns.UNIT, TaskListColumns.DEADLINE);
      assertThat(columns).as(name).extracting(c -> c.get("label"))
          .containsExactly("编号", "当事人/主体", "违法类别", "承办单位", "办理期限");
    }
    assertThat(query(TasklistFilters.DUE_SOON).getExpressions())
        .containsEntry("dueAfter", "${now()}").containsEntry("dueBefore", "${workingDaysFromNow(2)}");
    assertThat(query(TasklistFilters.OVERDUE).getExpressions()).containsEntry("dueBefore", "${now()}");

    // the four for everyone (global READ), 待我审批 for every heads' group and not for officers
    for (String name : FOR_EVERYONE) {
      assertThat(authorizationService.isUserAuthorized("any-officer", List.of(BAOSHAN), Permissions.READ,
          Resources.FILTER, filter(name).getId())).as(name).isTrue();
    }
    String heads = filter(TasklistFilters.HEAD_TASKS).getId();
    for (String group : List.of(BAOSHAN_HEADS, PUDONG_HEADS, "enforcement-corps-head", "complaint-centre-head",
        "coordination-group-head", "district-airport-head")) {
      assertThat(authorizationService.isUserAuthorized("a-head", List.of(group), Permissions.READ, Resources.FILTER,
          heads)).as(group).isTrue();
    }
    for (String group : List.of(BAOSHAN, COORDINATION, "supervisors")) {
      assertThat(authorizationService.isUserAuthorized("not-a-head", List.of(group), Permissions.READ,
          Resources.FILTER, heads)).as(group).isFalse();
    }
  }

  @Test
  void loadingTheOrganisationAgainKeepsFilterIdsAndAuthorizations() {
    Map<String, String> ids = ALL.stream().collect(Collectors.toMap(name -> name, name -> filter(name).getId()));
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

    organizationLoader.load();

    assertThat(ALL.stream().collect(Collectors.toMap(name -> name, name -> filter(name).getId()))).isEqualTo(ids);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
        .isEqualTo(authorizations);
    for (String name : FOR_EVERYONE) {
      assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
          .resourceType(Resources.FILTER).resourceId(ids.get(name)).count()).as(name).isOne();
    }
  }

  @Test
  void dueSoonIsTheUnitsTasksDueWithinTwoWorkingDaysAndOverdueThoseWhoseDeadlinePassed() {
    // Tuesday 10 March 2026, no holiday near
    now(LocalDateTime.of(2026, 3, 10, 10, 0));
    String dueTomorrow = task(BAOSHAN, "明天到期", endOf(2026, 3, 11));
    String dueTodayLater = task(BAOSHAN, "今天到期", endOf(2026, 3, 10));
    String dueIn2 = task(BAOSHAN, "第2个工作日到期", endOf(2026, 3, 12));
    String dueIn3 = task(BAOSHAN, "第3个工作日到期", endOf(2026, 3, 13));
    String dueIn5 = task(BAOSHAN, "5个工作日后到期", endOf(2026, 3, 17));
    String overdue = task(BAOSHAN, "昨天已到期", endOf(2026, 3, 9));
    String noDueDate = task(BAOSHAN, "无期限", null);
    String pudongTomorrow = task(PUDONG, "浦东明天到期", endOf(2026, 3, 11));
    String pudongOverdue = task(PUDONG, "浦东已到期", endOf(2026, 3, 9));

    asUser("filter-test-baoshan", BAOSHAN);
    assertThat(mine(TasklistFilters.DUE_SOON)).containsExactly(dueTodayLater, dueTomorrow, dueIn2);
    assertThat(mine(TasklistFilters.OVERDUE)).containsExactly(overdue);
    assertThat(mine(TasklistFilters.UNIT_TASKS)).contains(noDueDate) // where the database sorts no date
        .filteredOn(id -> !id.equals(noDueDate))
        .containsExactly(overdue, dueTodayLater, dueTomorrow, dueIn2, dueIn3, dueIn5);

    asUser("filter-test-pudong", PUDONG);
    assertThat(mine(TasklistFilters.DUE_SOON)).containsExactly(pudongTomorrow);
    assertThat(mine(TasklistFilters.OVERDUE)).containsExactly(pudongOverdue);

    // a claimed task stays in the unit's lists and shows in his own
    identityService.clearAuthentication();
    taskService.claim(dueTomorrow, "filter-test-baoshan");
    asUser("filter-test-baoshan", BAOSHAN);
    assertThat(mine(TasklistFilters.DUE_SOON)).containsExactly(dueTodayLater, dueTomorrow, dueIn2);
    assertThat(mine(TasklistFilters.MY_TASKS)).containsExactly(dueTomorrow);

    // the clock moves on to Thursday: Tuesday's and Wednesday's are overdue; Thursday's and Friday's are due
    // soon, next Tuesday's (the 3rd working day) not yet
    now(LocalDateTime.of(2026, 3, 12, 9, 0));
    assertThat(mine(TasklistFilters.DUE_SOON)).containsExactly(dueIn2, dueIn3);
    assertThat(mine(TasklistFilters.OVERDUE)).containsExactly(overdue, dueTodayLater, dueTomorrow);
  }

  @Test
  void twoWorkingDaysReachOverAHoliday() {
    // Friday 3 April 2026: 清明节 closes Saturday 4 to Monday 6 April; the 2nd working day is Wednesday 8
    now(LocalDateTime.of(2026, 4, 3, 16, 30));
    assertThat(TasklistFunctions.workingDaysFromNow(2))
        .isEqualTo(Date.from(LocalDate.of(2026, 4, 9).atStartOfDay(WorkCalendar.ZONE).toInstant()));
    String dueTuesday = task(BAOSHAN, "节后第1个工作日到期", endOf(2026, 4, 7));
    String dueWednesday = task(BAOSHAN, "节后第2个工作日到期", endOf(2026, 4, 8));
    String dueThursday = task(BAOSHAN, "节后第3个工作日到期", endOf(2026, 4, 9));
    String dueHolidayMonday = task(BAOSHAN, "假期中到期", endOf(2026, 4, 6));

    asUser("filter-test-baoshan", BAOSHAN);
    assertThat(mine(TasklistFilters.DUE_SOON)).containsExactly(dueHolidayMonday, dueTuesday, dueWednesday)
        .doesNotContain(dueThursday);

    // the make-up working day counts: Saturday 9 May 2026 is worked (劳动节 调休), Friday 8 May + 2 = Monday 11
    now(LocalDateTime.of(2026, 5, 8, 9, 0));
    assertThat(TasklistFunctions.workingDaysFromNow(2))
        .isEqualTo(Date.from(LocalDate.of(2026, 5, 12).atStartOfDay(WorkCalendar.ZONE).toInstant()));
  }

  @Test
  void headsSeeWhatWaitsForTheirApprovalAndOfficersShareTheUnitsList() {
    now(LocalDateTime.of(2026, 3, 10, 10, 0));
    String approval = task(BAOSHAN_HEADS, "审批", endOf(2026, 3, 12));
    String officersTask = task(BAOSHAN, "执法员办理", endOf(2026, 3, 11));
    String pudongApproval = task(PUDONG_HEADS, "浦东审批", endOf(2026, 3, 11));
    String coordinationTask = task(COORDINATION, "研判", endOf(2026, 3, 13));

    asUser("filter-test-baoshan-head", BAOSHAN, BAOSHAN_HEADS);
    assertThat(mine(TasklistFilters.HEAD_TASKS)).containsExactly(approval);
    assertThat(mine(TasklistFilters.UNIT_TASKS)).containsExactly(officersTask, approval);

    // officers may not open it, nor see that it exists
    identityService.clearAuthentication();
    String heads = filter(TasklistFilters.HEAD_TASKS).getId();
    asUser("filter-test-baoshan", BAOSHAN);
    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.HEAD_TASKS).count()).isZero();
    assertThatThrownBy(() -> filterService.list(heads)).isInstanceOf(AuthorizationException.class);
    // an administrator (reads every filter, in no heads' group) gets an empty list, not an error
    asUser("filter-test-admin", Groups.CAMUNDA_ADMIN);
    assertThat(filterService.list(heads)).isEmpty();
    asUser("filter-test-pudong-head", PUDONG_HEADS);
    assertThat(mine(TasklistFilters.HEAD_TASKS)).containsExactly(pudongApproval);

    // the coordination group (广告处、网监处) is one group: both departments see its tasks in 本单位待办
    asUser("filter-test-coordination", COORDINATION);
    assertThat(mine(TasklistFilters.UNIT_TASKS)).containsExactly(coordinationTask);
    assertThat(mine(TasklistFilters.DUE_SOON)).isEmpty();
  }

  @Test
  void tasklistRunsTheStoredQueriesOverRest() throws Exception {
    now(LocalDateTime.of(2026, 4, 3, 16, 30));
    String dueWednesday = task(BAOSHAN, "节后第2个工作日到期", endOf(2026, 4, 8));
    String dueThursday = task(BAOSHAN, "节后第3个工作日到期", endOf(2026, 4, 9));
    taskService.setVariableLocal(dueWednesday, TaskListColumns.SUBJECT, "上海某某商贸有限公司");
    String officer = users.create("filter-test-rest-officer", BAOSHAN);

    ResponseEntity<String> answer = TestHttp.send(http, officer, HttpMethod.POST,
        "/engine-rest/filter/" + filter(TasklistFilters.DUE_SOON).getId() + "/list", "{}");

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    json.readTree(answer.getBody()).forEach(task -> ids.add(task.get("id").asText()));
    assertThat(ids).contains(dueWednesday).doesNotContain(dueThursday);

    // the columns, as Tasklist reads them: the task's own variables
    JsonNode local = json.readTree(TestHttp.send(http, officer, HttpMethod.GET,
        "/engine-rest/task/" + dueWednesday + "/localVariables", null).getBody());
    assertThat(local.at("/" + TaskListColumns.SUBJECT + "/value").asText()).isEqualTo("上海某某商贸有限公司");
  }

  private TaskQueryImpl query(String filterName) {
    return filter(filterName).getQuery();
  }

  private Filter filter(String name) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    assertThat(filter).as("filter " + name).isNotNull();
    return filter;
  }

  /** The filter's result, as the authenticated user, restricted to this test's tasks, in the filter's order. */
  private List<String> mine(String filterName) {
    Set<String> ours = Set.copyOf(created);
    List<Task> tasks = filterService.list(filter(filterName).getId());
    return tasks.stream().map(Task::getId).filter(ours::contains).toList();
  }

  private String task(String candidateGroup, String name, Date due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(due);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), candidateGroup);
    created.add(task.getId());
    return task.getId();
  }

  private void asUser(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  private static void now(LocalDateTime time) {
    ClockUtil.setCurrentTime(Times.toDate(time));
  }

  /** A deadline as the processes set it: 23:59:59 of the day, Beijing time. */
  private static Date endOf(int year, int month, int day) {
    return WorkCalendar.endOfDay(LocalDate.of(year, month, day));
  }
}
