package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.samr.livestream.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's side of issue 11 §1, without the REST guard in front: the Java API reaches the engine
 * directly, as a designer's deployment or a future endpoint might. Without {@link QueryExpressionPolicy}
 * the or-query below sets the property (the engine checks ad-hoc expressions only on the first query) and
 * the stored filter calls any method it names.
 */
@IntegrationTest
class QueryExpressionPolicyTest {

  static final String OFFICER = "test-sandbox-officer";

  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl configuration;
  final String marker = "livestream.pwned." + UUID.randomUUID();
  String filterId;

  @AfterEach
  void tearDown() {
    System.clearProperty(marker);
    if (filterId != null) {
      filterService.deleteFilter(filterId);
    }
  }

  String codeExecution() {
    return "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), "
        + "''.getClass()).invoke(null, '" + marker + "', 'yes')}";
  }

  @Test
  void adhocExpressionsAreOffAndStoredOnesStayForTheTasklistFilters() {
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isTrue();
  }

  @Test
  void anExpressionInAnOrQueryIsRefusedBeforeItIsEvaluated() {
    TaskQuery query = taskService.createTaskQuery().taskCandidateGroup("district-310113")
        .or().taskAssigneeExpression(codeExecution()).endOr();
    Throwable refused = catchThrowable(query::list);
    assertThat(System.getProperty(marker)).as("the expression ran").isNull();
    assertThat(refused).isInstanceOf(BadUserRequestException.class).hasMessageContaining("不允许使用表达式");
    assertThatThrownBy(query::count).isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void anExpressionInTheQueryItselfIsRefusedToo() {
    assertThatThrownBy(() -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").list())
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void aStoredFilterCanCallFunctionsButNothingElse() {
    Filter filter = filterService.newTaskFilter("沙箱测试").setOwner(OFFICER)
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression(codeExecution()));
    filterId = filterService.saveFilter(filter).getId();

    Throwable failed = catchThrowable(() -> filterService.list(filterId));
    assertThat(System.getProperty(marker)).as("the expression ran").isNull();
    assertThat(failed).isInstanceOf(ProcessEngineException.class).hasStackTraceContaining("查询表达式只能调用函数");

    // a bean of the application is out of reach as well
    filterService.saveFilter(filterService.getFilter(filterId)
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${identityService.createUserQuery().count()}")));
    assertThatThrownBy(() -> filterService.count(filterId)).isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("查询表达式只能调用函数");

    // what the application's own filters use keeps working
    filterService.saveFilter(filterService.getFilter(filterId).setQuery(taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").dueBeforeExpression("${workingDaysFromNow(3)}")));
    identityService.setAuthentication(OFFICER, List.of("district-310113"));
    try {
      assertThat(filterService.count(filterId)).isNotNegative();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
