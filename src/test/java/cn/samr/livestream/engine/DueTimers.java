package cn.samr.livestream.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Due timers of the project's commonest kind, for the two-node checks (TwoNodeTimerTest, the benchmark's timers
 * scenario): a user task of a district with a non-interrupting boundary timer whose date comes from a variable, as
 * the reminders and deadlines of complaint-handling and clue-verification are modelled; the timer's path runs a
 * service task that records its effect in the job's own transaction and ends. Each execution of a timer adds one
 * row to {@value #EFFECT_TABLE} (no unique key, so that a second execution would show), committed or rolled back
 * with the job: exactly once means one row per process instance and one successful job log entry per job.
 */
public final class DueTimers {

  public static final String PROCESS_KEY = "benchmark-due-timers";
  public static final String EFFECT_TABLE = "bench_timer_effect";
  public static final String MATTER_NO = "matterNo";
  public static final String DUE_AT = "dueAt";
  /** The district whose officers the task is for (a candidate group, granted as in the real models). */
  public static final String DISTRICT = "district-310113";
  static final int HISTORY_TTL_DAYS = 1096;

  private DueTimers() {
  }

  public static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS_KEY)
        .name("到期计时器（基准）")
        .camundaHistoryTimeToLive(HISTORY_TTL_DAYS)
        .startEvent("StartEvent_Received")
        .userTask("Task_Handle").name("办理").camundaCandidateGroups(DISTRICT)
        .boundaryEvent("Timer_Deadline").cancelActivity(false).timerWithDate("${" + DUE_AT + "}")
        .serviceTask("Task_RecordEffect").name("记录到期").camundaClass(RecordEffect.class.getName())
        .endEvent("EndEvent_Recorded")
        .moveToActivity("Task_Handle").endEvent("EndEvent_Handled")
        .done();
  }

  /** The variables an instance starts with: its number and the timer's (past) due date. */
  public static Map<String, Object> variables(String matterNo, Date dueAt) {
    return Map.of(MATTER_NO, matterNo, DUE_AT, dueAt);
  }

  /** The effect table, on H2 and MySQL/MariaDB alike. */
  public static void createEffectTable(JdbcTemplate jdbc) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + EFFECT_TABLE + " (process_instance_id VARCHAR(64) NOT NULL,"
        + " matter_no VARCHAR(64) NOT NULL, node VARCHAR(64) NOT NULL, executed_at_ms BIGINT NOT NULL)");
  }

  /** What the executions left behind, to check exactly-once. */
  public record Outcome(long effects, long distinctInstances, long successfulJobs, long distinctSuccessfulJobs,
      long failedJobLogs, long jobsLeft, long incidents) {

    public boolean exactlyOnce(long expected) {
      return effects == expected && distinctInstances == expected && successfulJobs == expected
          && distinctSuccessfulJobs == expected && jobsLeft == 0 && incidents == 0;
    }
  }

  /** Effects and the job log of the timers of this process definition (JOB_STATE_ 1 failed, 2 successful). */
  public static Outcome outcome(JdbcTemplate jdbc, String processDefinitionId) {
    return new Outcome(
        count(jdbc, "SELECT COUNT(*) FROM " + EFFECT_TABLE),
        count(jdbc, "SELECT COUNT(DISTINCT process_instance_id) FROM " + EFFECT_TABLE),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_ID_ = ? AND JOB_STATE_ = 2",
            processDefinitionId),
        count(jdbc, "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_ID_ = ? AND JOB_STATE_ = 2",
            processDefinitionId),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_ID_ = ? AND JOB_STATE_ = 1",
            processDefinitionId),
        count(jdbc, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_ID_ = ?", processDefinitionId),
        count(jdbc, "SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE PROC_DEF_ID_ = ?", processDefinitionId));
  }

  private static long count(JdbcTemplate jdbc, String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  /**
   * The timer's effect: one row, written on the engine's own connection so that it commits or rolls back with the
   * job (as the project's delegates write the domain tables in the engine's transaction). The node is the
   * system property {@code benchmark.node} (one JVM per node) or the engine's name (several engines in one JVM).
   */
  public static class RecordEffect implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws SQLException {
      String node = System.getProperty("benchmark.node", execution.getProcessEngine().getName());
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + EFFECT_TABLE
          + " (process_instance_id, matter_no, node, executed_at_ms) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, execution.getProcessInstanceId());
        insert.setString(2, (String) execution.getVariable(MATTER_NO));
        insert.setString(3, node);
        insert.setLong(4, System.currentTimeMillis());
        insert.executeUpdate();
      }
    }
  }
}
