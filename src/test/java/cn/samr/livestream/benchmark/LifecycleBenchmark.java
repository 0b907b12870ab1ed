package cn.samr.livestream.benchmark;

import cn.samr.livestream.Application;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintLifecycle;
import cn.samr.livestream.shared.Times;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lifecycles per second on the real application, run on demand (not a test):
 * {@code mvn -Pbenchmark test-compile exec:java [-Dbenchmark.n=200] [-Dbenchmark.warmup=20]
 * [-Dbenchmark.profiles=mysql -DDB_URL=... -DDB_USER=... -DDB_PASSWORD=...]}.
 *
 * <p>Scenario 1 drives a refund complaint from registration to closing through the Java API; scenario 2 a
 * bare process of three user tasks, for comparison. Every call runs in the engine's own transactions, as
 * in the application; the engine clock is never moved.
 *
 * <p>{@code -Dbenchmark.scenario=tasklist} runs {@link TaskListBenchmark} instead: the district officer's Tasklist
 * over 10 k, 100 k and 1 M historic complaints.
 *
 * <p>On a MySQL/MariaDB server where another database already holds Camunda tables, add
 * {@code ?nullDatabaseMeansCurrent=true} to DB_URL: without it Connector/J reports those tables as present,
 * the engine skips creating its schema and fails on ACT_GE_PROPERTY.
 */
public final class LifecycleBenchmark {

  static final String THREE_TASKS_KEY = "benchmark-three-tasks";
  static final List<String> THREE_TASKS = List.of("Task_One", "Task_Two", "Task_Three");
  /** enforceHistoryTimeToLive is on: every deployed process needs one (3 years, as the app's models). */
  static final int HISTORY_TTL_DAYS = 1095;
  static final String ACTOR = "benchmark";
  static final int MAX_FAILURES_SHOWN = 5;

  private final int n;
  private final int warmup;
  private final String database;
  private final ComplaintIntakeService intake;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final ComplaintLifecycle lifecycle;

  /** One lifecycle from start to end; returns the process instance id of the top-level instance. */
  @FunctionalInterface
  interface Lifecycle {
    String run();
  }

  record Result(String scenario, String database, int n, double seconds, List<String> failures) {

    double perSecond() {
      return n / seconds;
    }

    double meanMillis() {
      return seconds * 1000 / n;
    }
  }

  public static void main(String[] args) throws Exception {
    if ("tasklist".equals(System.getProperty("benchmark.scenario"))) {
      TaskListBenchmark.main(args);
      return;
    }
    // as Application.main: deadlines are Beijing time, and JDBC and the engine clock follow the JVM zone
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    int n = Integer.getInteger("benchmark.n", 200);
    int warmup = Integer.getInteger("benchmark.warmup", 20);
    String[] profiles = profiles(System.getProperty("benchmark.profiles", ""));

    // a command-line property: builder defaults would lose against application.yaml's server.port
    String[] arguments = Stream.concat(Stream.of("--server.port=0"), Stream.of(args)).toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
        .profiles(profiles)
        .run(arguments);
    try {
      printTable(new LifecycleBenchmark(context, n, warmup).runAll());
    } finally {
      context.close();
    }
    // Tomcat and Hikari threads may outlive the context
    System.exit(0);
  }

  /** "test" first, then the extra ones, so that e.g. the mysql datasource overrides the in-memory one. */
  static String[] profiles(String extra) {
    return Stream.concat(Stream.of("test"), Stream.of(extra.split(",")).map(String::trim).filter(p -> !p.isEmpty()))
        .distinct().toArray(String[]::new);
  }

  LifecycleBenchmark(ConfigurableApplicationContext context, int n, int warmup) {
    this.n = n;
    this.warmup = warmup;
    this.database = describe(context.getBean(DataSource.class));
    this.intake = context.getBean(ComplaintIntakeService.class);
    this.runtimeService = context.getBean(RuntimeService.class);
    this.taskService = context.getBean(TaskService.class);
    this.historyService = context.getBean(HistoryService.class);
    this.repositoryService = context.getBean(RepositoryService.class);
    this.lifecycle = new ComplaintLifecycle(taskService, runtimeService, context.getBean(IdentityService.class));
  }

  List<Result> runAll() {
    List<Result> results = new ArrayList<>();
    results.add(measure("complaint lifecycle", this::complaintLifecycle));
    deployThreeTasks();
    results.add(measure("bare three user tasks", this::threeTaskLifecycle));
    return results;
  }

  // ---------------------------------------------------------------- measuring

  private Result measure(String scenario, Lifecycle lifecycle) {
    System.out.printf("%n== %s on %s: %d warm-up, %d measured%n", scenario, database, warmup, n);
    List<String> warmupFailures = new ArrayList<>();
    for (int i = 0; i < warmup; i++) {
      runOnce(lifecycle, warmupFailures);
    }
    if (!warmupFailures.isEmpty()) {
      System.out.printf("   warm-up: %d of %d failed, first: %s%n", warmupFailures.size(), warmup,
          warmupFailures.get(0));
    }
    List<String> failures = new ArrayList<>();
    int step = Math.max(1, n / 10);
    long start = System.nanoTime();
    for (int i = 1; i <= n; i++) {
      runOnce(lifecycle, failures);
      if (i % step == 0 || i == n) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("   %s: %3d%% (%d/%d) %.1f s, %d failures%n", scenario, i * 100 / n, i, n, elapsed,
            failures.size());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(scenario, database, n, seconds, failures);
  }

  /** Runs one lifecycle; an exception or an instance that did not end counts as a failure. */
  private void runOnce(Lifecycle lifecycle, List<String> failures) {
    try {
      String processInstanceId = lifecycle.run();
      if (!ended(processInstanceId)) {
        failures.add("process instance " + processInstanceId + " has not ended");
      }
    } catch (RuntimeException e) {
      failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private boolean ended(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .completed().count() == 1;
  }

  // ---------------------------------------------------------------- scenario 1: complaint

  /** Registered, accepted, verified with a refund owed by the merchant, paid, closed. */
  private String complaintLifecycle() {
    String pi = intake.register(ComplaintFixtures.baoshanMerchant(LocalDateTime.now(Times.engineClock())), ACTOR)
        .processInstanceId();
    lifecycle.closeWithRefund(pi, null);
    return pi;
  }

  // ---------------------------------------------------------------- scenario 2: three user tasks

  private void deployThreeTasks() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(THREE_TASKS_KEY)
        .camundaHistoryTimeToLive(HISTORY_TTL_DAYS)
        .startEvent()
        .userTask(THREE_TASKS.get(0))
        .userTask(THREE_TASKS.get(1))
        .userTask(THREE_TASKS.get(2))
        .endEvent()
        .done();
    repositoryService.createDeployment().name(THREE_TASKS_KEY)
        .addModelInstance(THREE_TASKS_KEY + ".bpmn", model).deploy();
  }

  private String threeTaskLifecycle() {
    String pi = runtimeService.startProcessInstanceByKey(THREE_TASKS_KEY).getId();
    for (String taskKey : THREE_TASKS) {
      complete(pi, taskKey, Map.of());
    }
    return pi;
  }

  // ---------------------------------------------------------------- shared

  /** Completes the single open task of this definition key in this process instance. */
  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    taskService.complete(lifecycle.task(processInstanceId, taskKey).getId(), variables);
  }

  private static String describe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String version = meta.getDatabaseProductVersion();
      // Connector/J calls MariaDB "MySQL 5.5.5-10.11.19-MariaDB-..."
      if (version.contains("MariaDB")) {
        return "MariaDB " + version.replaceFirst("^5\\.5\\.5-", "").split("-")[0];
      }
      return meta.getDatabaseProductName() + " " + version.split(" ")[0];
    } catch (SQLException e) {
      return "unknown database (" + e.getMessage() + ")";
    }
  }

  private static void printTable(List<Result> results) {
    String format = "%-24s %-22s %6s %9s %14s %10s%n";
    String line = "-".repeat(90);
    System.out.println();
    System.out.println(line);
    System.out.printf(format, "scenario", "database", "N", "seconds", "lifecycles/s", "mean ms");
    System.out.println(line);
    for (Result r : results) {
      System.out.printf(format, r.scenario(), r.database(), r.n(), String.format("%.2f", r.seconds()),
          String.format("%.1f", r.perSecond()), String.format("%.2f", r.meanMillis()));
    }
    System.out.println(line);
    for (Result r : results) {
      if (!r.failures().isEmpty()) {
        System.out.printf("%s: %d of %d lifecycles failed, e.g.:%n", r.scenario(), r.failures().size(), r.n());
        r.failures().stream().limit(MAX_FAILURES_SHOWN).forEach(f -> System.out.println("   " + f));
      }
    }
  }
}
