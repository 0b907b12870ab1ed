package cn.samr.livestream.benchmark;

import cn.samr.livestream.Application;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintLifecycle;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.shared.Times;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * [-Dbenchmark.threads=1,4] [-Dbenchmark.profiles=mysql -DDB_URL=... -DDB_USER=... -DDB_PASSWORD=...]}.
 *
 * <p>Scenario 1 drives refund complaints from registration to closing through the Java API, a realistic mix: every
 * complaint names its own merchant in one of {@link #DISTRICTS} (the district path) and one in
 * {@link #CORPS_EVERY} has a life or health risk (the enforcement corps' path); scenario 2 a bare process of three
 * user tasks, for comparison, in the same run and with the same threads. Every call runs in the engine's own
 * transactions, as in the application; the engine clock is never moved. Beside throughput the benchmark prints the
 * SQL statements per lifecycle by what they touch ({@link StatementCounter}), the JDBC round trips, and the CPU per
 * lifecycle of this JVM and, when the database server runs on this machine, of its process.
 *
 * <p>{@code -Dbenchmark.scenario=tasklist} runs {@link TaskListBenchmark} instead: the district officer's Tasklist
 * over 10 k, 100 k and 1 M historic complaints; {@code timers|monthly-stats|upload|all} run {@link ScaleBenchmark}.
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
  /** The district path: merchants registered in these districts, in turn. */
  static final List<String> DISTRICTS = List.of("310101", "310104", "310105", "310106", "310107", "310109",
      "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151");
  /** Every tenth complaint reports a life or health risk: complaint-routing.dmn sends it to the enforcement corps. */
  static final int CORPS_EVERY = 10;

  private final int n;
  private final int warmup;
  private final List<Integer> threadCounts;
  private final String database;
  private final StatementCounter counter;
  private final CpuClock cpu;
  private final AtomicInteger sequence = new AtomicInteger();
  private final ComplaintIntakeService intake;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final JdbcTemplate jdbc;
  private final ComplaintLifecycle lifecycle;

  /** One lifecycle from start to end; returns the process instance id of the top-level instance. */
  @FunctionalInterface
  interface Lifecycle {
    String run(int index);
  }

  record Result(String scenario, String database, int threads, int n, double seconds, List<String> failures,
      StatementCounter.Snapshot statements, CpuClock.Reading cpu) {

    double perSecond() {
      return n / seconds;
    }

    double perLifecycle(long count) {
      return (double) count / n;
    }
  }

  public static void main(String[] args) throws Exception {
    // the other scenarios of issue 15: the Tasklist over history (tasklist) in TaskListBenchmark, the scale ones
    // (timers|monthly-stats|upload|all) in ScaleBenchmark
    if ("tasklist".equals(System.getProperty("benchmark.scenario"))) {
      TaskListBenchmark.main(args);
      return;
    }
    if (System.getProperty("benchmark.scenario") != null) {
      ScaleBenchmark.main(args);
      return;
    }
    // as Application.main: deadlines are Beijing time, and JDBC and the engine clock follow the JVM zone
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    int n = Integer.getInteger("benchmark.n", 200);
    int warmup = Integer.getInteger("benchmark.warmup", 20);
    List<Integer> threads = Stream.of(System.getProperty("benchmark.threads", "1,4").split(","))
        .map(String::trim).filter(t -> !t.isEmpty()).map(Integer::valueOf).toList();
    String[] profiles = profiles(System.getProperty("benchmark.profiles", ""));

    // a command-line property: builder defaults would lose against application.yaml's server.port
    String[] arguments = Stream.concat(Stream.of("--server.port=0"), Stream.of(args)).toArray(String[]::new);
    StatementCounter counter = new StatementCounter();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
        .profiles(profiles)
        .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
        .run(arguments);
    try {
      printTable(new LifecycleBenchmark(context, n, warmup, threads, counter).runAll());
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

  LifecycleBenchmark(ConfigurableApplicationContext context, int n, int warmup, List<Integer> threadCounts,
      StatementCounter counter) {
    this.n = n;
    this.warmup = warmup;
    this.threadCounts = threadCounts;
    this.counter = counter;
    this.database = describe(context.getBean(DataSource.class));
    this.cpu = CpuClock.forDatabase(this.database);
    this.intake = context.getBean(ComplaintIntakeService.class);
    this.runtimeService = context.getBean(RuntimeService.class);
    this.taskService = context.getBean(TaskService.class);
    this.historyService = context.getBean(HistoryService.class);
    this.repositoryService = context.getBean(RepositoryService.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.lifecycle = new ComplaintLifecycle(taskService, runtimeService, context.getBean(IdentityService.class));
  }

  List<Result> runAll() {
    deployThreeTasks();
    List<Result> results = new ArrayList<>();
    for (int threads : threadCounts) {
      results.add(measure("complaint lifecycle", this::complaintLifecycle, threads));
      results.add(measure("bare three user tasks", this::threeTaskLifecycle, threads));
    }
    printRoutes();
    return results;
  }

  // ---------------------------------------------------------------- measuring

  private Result measure(String scenario, Lifecycle lifecycle, int threads) {
    System.out.printf("%n== %s on %s, %d thread(s): %d warm-up, %d measured%n", scenario, database, threads, warmup,
        n);
    List<String> warmupFailures = Collections.synchronizedList(new ArrayList<>());
    run(lifecycle, warmup, threads, warmupFailures, null);
    if (!warmupFailures.isEmpty()) {
      System.out.printf("   warm-up: %d of %d failed, first: %s%n", warmupFailures.size(), warmup,
          warmupFailures.get(0));
    }
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    counter.resetTables();
    StatementCounter.Snapshot statementsBefore = counter.snapshot();
    CpuClock.Reading cpuBefore = cpu.read();
    long start = System.nanoTime();
    counter.trace = Boolean.getBoolean("benchmark.trace");
    run(lifecycle, n, threads, failures, done -> System.out.printf("   %s: %3d%% (%d/%d) %.1f s, %d failures%n",
        scenario, done * 100 / n, done, n, (System.nanoTime() - start) / 1e9, failures.size()));
    double seconds = (System.nanoTime() - start) / 1e9;
    counter.trace = false;
    if (Boolean.getBoolean("benchmark.tables")) {
      System.out.printf("   statements per lifecycle by kind and first table:%n");
      counter.byTable().forEach((table, count) -> System.out.printf("   %8.1f  %s%n", (double) count / n, table));
    }
    return new Result(scenario, database, threads, n, seconds, List.copyOf(failures),
        counter.snapshot().minus(statementsBefore), cpu.read().minus(cpuBefore));
  }

  /** Runs {@code count} lifecycles on {@code threads} threads, reporting progress every tenth. */
  private void run(Lifecycle lifecycle, int count, int threads, List<String> failures, IntConsumer progress) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, count / 10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (next.getAndIncrement() < count) {
            runOnce(lifecycle, failures);
            int finished = done.incrementAndGet();
            if (progress != null && (finished % step == 0 || finished == count)) {
              progress.accept(finished);
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Runs one lifecycle; an exception or an instance that did not end counts as a failure. */
  private void runOnce(Lifecycle lifecycle, List<String> failures) {
    try {
      String processInstanceId = lifecycle.run(sequence.getAndIncrement());
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

  /**
   * Registered, accepted, verified with a refund owed by the merchant, paid, closed: a merchant of its own in the
   * district of turn, or every {@link #CORPS_EVERY}th with a life or health risk, for the enforcement corps.
   */
  private String complaintLifecycle(int index) {
    ComplaintRequest request = ComplaintFixtures.merchantIn(DISTRICTS.get(index % DISTRICTS.size()),
        LocalDateTime.now(Times.engineClock()));
    if (index % CORPS_EVERY == 0) {
      request = ComplaintFixtures.withLifeHealthRisk(request);
    }
    String pi = intake.register(request, ACTOR).processInstanceId();
    lifecycle.closeWithRefund(pi, null);
    return pi;
  }

  /** Where the measured complaints went: the mix is the point of the scenario, so it is shown, not assumed. */
  private void printRoutes() {
    Map<String, Long> routes = new java.util.TreeMap<>();
    jdbc.queryForList("SELECT handling_unit, COUNT(*) AS n FROM complaint WHERE registered_by = ? GROUP BY handling_unit",
        ACTOR).forEach(row -> routes.merge(
            String.valueOf(row.get("handling_unit")).startsWith("district-") ? "district bureaus"
                : String.valueOf(row.get("handling_unit")),
            ((Number) row.get("n")).longValue(), Long::sum));
    System.out.printf("%ncomplaints handled, warm-up included: %s%n", routes);
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

  private String threeTaskLifecycle(int index) {
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
    String format = "%-22s %-16s %3s %5s %8s %8s %10s %9s %9s %9s%n";
    String line = "-".repeat(112);
    System.out.println();
    System.out.println(line);
    System.out.printf(format, "scenario", "database", "thr", "N", "seconds", "per s", "statements", "round trp",
        "Java CPU", "DB CPU");
    System.out.printf(format, "", "", "", "", "", "", "/lifecycle", "/lifecycle", "ms/lc", "ms/lc");
    System.out.println(line);
    for (Result r : results) {
      System.out.printf(format, r.scenario(), r.database(), r.threads(), r.n(), String.format("%.2f", r.seconds()),
          String.format("%.1f", r.perSecond()), String.format("%.0f", r.perLifecycle(r.statements().total())),
          String.format("%.0f", r.perLifecycle(r.statements().roundTrips())),
          String.format("%.1f", r.cpu().javaMillis() / r.n()),
          r.cpu().databaseMillis() < 0 ? "n/a" : String.format("%.1f", r.cpu().databaseMillis() / r.n()));
    }
    System.out.println(line);
    System.out.println("statements per lifecycle by what they touch:");
    for (Result r : results) {
      StringBuilder categories = new StringBuilder();
      r.statements().statements().forEach((category, count) -> {
        if (count > 0) {
          categories.append(String.format(" %s %.0f;", category.name().toLowerCase(), r.perLifecycle(count)));
        }
      });
      System.out.printf("   %-22s %d thr:%s%n", r.scenario(), r.threads(), categories);
    }
    for (StatementCounter.Category category : StatementCounter.Category.values()) {
      System.out.printf("   (%s: %s)%n", category.name().toLowerCase(), category.description);
    }
    for (int i = 0; i + 1 < results.size(); i += 2) {
      Result complaint = results.get(i);
      Result bare = results.get(i + 1);
      System.out.printf("complaint / bare, %d thread(s): %.2f of the bare throughput%n", complaint.threads(),
          complaint.perSecond() / bare.perSecond());
    }
    for (Result r : results) {
      if (!r.failures().isEmpty()) {
        System.out.printf("%s (%d thr): %d of %d lifecycles failed, e.g.:%n", r.scenario(), r.threads(),
            r.failures().size(), r.n());
        r.failures().stream().limit(MAX_FAILURES_SHOWN).forEach(f -> System.out.println("   " + f));
      }
    }
  }
}
