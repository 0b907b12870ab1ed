package cn.samr.livestream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.samr.livestream.IntegrationTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two process engines on the suite's database (H2, or MariaDB with -Pmysql-it), each with its own job executor
 * configured from the application's {@code camunda.bpm.job-execution} settings, execute 200 due timers together:
 * every timer's effect is recorded once and every job logged successful once, none left, no incident (issue 15;
 * the timed version with two application JVMs and 100,000 timers is the benchmark's timers scenario).
 *
 * <p>The two engines are deployment aware: they take only the jobs of their own deployment, not the due timers
 * other tests of the suite leave in the shared database. Both start acquiring at once; the test waits for the
 * effects with a timeout, then stops both executors (waiting for running jobs) before it counts.
 */
@IntegrationTest
class TwoNodeTimerTest {

  static final int TIMERS = 200;
  static final long TIMEOUT_SECONDS = 120;

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired CamundaBpmProperties camunda;
  @Autowired ProcessEngine application;

  private final List<ProcessEngine> nodes = new ArrayList<>();

  @Test
  void twoEnginesSharingTheDatabaseExecuteEveryDueTimerExactlyOnce() throws Exception {
    DueTimers.createEffectTable(jdbc);
    jdbc.update("DELETE FROM " + DueTimers.EFFECT_TABLE);
    ProcessEngine a = node("timer-node-a");
    ProcessEngine b = node("timer-node-b");
    String deploymentId = a.getRepositoryService().createDeployment().name(DueTimers.PROCESS_KEY)
        .addModelInstance(DueTimers.PROCESS_KEY + ".bpmn", DueTimers.model()).deploy().getId();
    String definitionId = a.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId)
        .singleResult().getId();
    b.getManagementService().registerDeploymentForJobExecutor(deploymentId);
    Date due = new Date(ClockUtil.getCurrentTime().getTime() - TimeUnit.DAYS.toMillis(1));
    for (int i = 0; i < TIMERS; i++) {
      a.getRuntimeService().startProcessInstanceById(definitionId, DueTimers.variables("T-" + i, due));
    }
    assertThat(DueTimers.outcome(jdbc, definitionId).jobsLeft()).isEqualTo(TIMERS);

    jobExecutor(a).start();
    jobExecutor(b).start();
    // the two executors work in their own threads: wait until no due timer of the model is left, then stop them
    // (shutdown waits for the jobs in hand), and only then count
    await().atMost(TIMEOUT_SECONDS, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
        .until(() -> DueTimers.outcome(jdbc, definitionId).jobsLeft() == 0);
    jobExecutor(a).shutdown();
    jobExecutor(b).shutdown();

    DueTimers.Outcome outcome = DueTimers.outcome(jdbc, definitionId);
    assertThat(outcome.jobsLeft()).as("timers left after %d s", TIMEOUT_SECONDS).isZero();
    assertThat(outcome).isEqualTo(new DueTimers.Outcome(TIMERS, TIMERS, TIMERS, TIMERS, outcome.failedJobLogs(), 0, 0));
    assertThat(outcome.exactlyOnce(TIMERS)).isTrue();
    Map<String, Object> byNode = jdbc.queryForMap("SELECT SUM(CASE WHEN node = 'timer-node-a' THEN 1 ELSE 0 END) a,"
        + " SUM(CASE WHEN node = 'timer-node-b' THEN 1 ELSE 0 END) b FROM " + DueTimers.EFFECT_TABLE);
    System.out.println("two-node timers: executed by node a / b: " + byNode.values() + ", failed attempts logged: "
        + outcome.failedJobLogs());
    // the instances went on past the timer: the task is still open, the timer's path ended
    assertThat(application.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("EndEvent_Recorded").count()).isEqualTo(TIMERS);
  }

  @AfterEach
  void closeNodes() {
    for (ProcessEngine node : nodes) {
      jobExecutor(node).shutdown();
    }
    if (!nodes.isEmpty()) {
      nodes.get(0).getRepositoryService().createDeploymentQuery().deploymentName(DueTimers.PROCESS_KEY).list()
          .forEach(d -> nodes.get(0).getRepositoryService().deleteDeployment(d.getId(), true, true));
    }
    nodes.forEach(ProcessEngine::close);
    nodes.clear();
    jdbc.update("DELETE FROM " + DueTimers.EFFECT_TABLE);
  }

  /**
   * An engine on the suite's database as an application node builds one (history full, UUIDs, batched JDBC), its
   * job executor sized and timed as camunda.bpm.job-execution says, not yet started.
   */
  private ProcessEngine node(String name) {
    JobExecutionProperty settings = camunda.getJobExecution();
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setCorePoolSize(settings.getCorePoolSize());
    executor.setMaxPoolSize(settings.getMaxPoolSize());
    executor.setQueueSize(settings.getQueueCapacity());
    if (settings.getMaxJobsPerAcquisition() != null) {
      executor.setMaxJobsPerAcquisition(settings.getMaxJobsPerAcquisition());
    }
    if (settings.getLockTimeInMillis() != null) {
      executor.setLockTimeInMillis(settings.getLockTimeInMillis());
    }
    if (settings.getWaitTimeInMillis() != null) {
      executor.setWaitTimeInMillis(settings.getWaitTimeInMillis());
    }
    if (settings.getMaxWait() != null) {
      executor.setMaxWait(settings.getMaxWait());
    }
    if (settings.getBackoffTimeInMillis() != null) {
      executor.setBackoffTimeInMillis(settings.getBackoffTimeInMillis());
    }
    if (settings.getMaxBackoff() != null) {
      executor.setMaxBackoff(settings.getMaxBackoff());
    }
    ProcessEngineConfigurationImpl main = (ProcessEngineConfigurationImpl) application.getProcessEngineConfiguration();
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJdbcBatchProcessing(main.isJdbcBatchProcessing());
    configuration.setJobExecutorDeploymentAware(true);
    configuration.setJobExecutorActivate(false);
    configuration.setJobExecutor(executor);
    configuration.setMetricsEnabled(false);
    // the suite's engine owns the history cleanup job: a node without its batch window would reschedule it
    configuration.setHistoryCleanupEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    nodes.add(engine);
    return engine;
  }

  private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }
}
