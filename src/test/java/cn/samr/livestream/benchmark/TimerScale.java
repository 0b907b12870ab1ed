package cn.samr.livestream.benchmark;

import cn.samr.livestream.benchmark.ScaleBenchmark.Figure;
import cn.samr.livestream.engine.DueTimers;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 100,000 due timers executed by two application nodes sharing the database, each exactly once (issue 15:
 * &lt; 10 minutes). MySQL/MariaDB only ({@code -Dbenchmark.profiles=mysql -DDB_URL=…}): the nodes are two JVMs.
 *
 * <p>The timers are those of {@link DueTimers}: the project's commonest kind (a district's user task with a
 * non-interrupting boundary timer dated by a variable, its path running a service task that writes a row in the
 * job's transaction) rather than a real complaint's, because one registered complaint costs about 0.2 s and ~600
 * statements (100,000 would take hours), and cloning a complaint's dozen engine and domain tables would be neither
 * quick nor faithful. Made in two steps with the job executor off: {@code benchmark.timers.seed} (default 1,000)
 * instances are started through the engine (100 per transaction, each with its variables, task, candidate group
 * grant, timer job and full history); then set-based SQL copies exactly those rows, table by table, up to
 * {@code benchmark.timers} (default 100,000): every id of the instance's own rows gets the suffix "-k" for copy k,
 * every other column (definition, deployment, job definition, due date, handler, types, values) is copied as the
 * engine wrote it. The job definition is suspended while they are made, so the timers are created suspended.
 *
 * <p>Then two nodes ({@link TimerNode}, profile mysql, the job executor and everything else as application.yaml
 * says) start; once both are up, the timers are activated (one UPDATE, by the engine's API) and the clock runs until
 * every effect is recorded and no timer is left. Exactly once: one effect row per instance, one successful job log
 * entry per job (ACT_HI_JOB_LOG), no job or incident left. Node logs: target/benchmark-timer-node-{a,b}.log.
 */
final class TimerScale {

  static final int DEFAULT_TIMERS = 100_000;
  static final int DEFAULT_SEED = 1_000;
  static final int START_BATCH = 100;
  static final double TARGET_SECONDS = 600;
  static final long NODE_START_TIMEOUT_SECONDS = 300;
  static final String[] NODES = {"node-a", "node-b"};
  /** Columns holding ids of rows an instance owns (its executions, tasks, variables, jobs, history …). */
  static final Set<String> INSTANCE_IDS = Set.of("ID_", "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "PROCESS_INSTANCE_ID_",
      "PARENT_ID_", "SUPER_EXEC_", "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_",
      "CALL_PROC_INST_ID_", "VAR_INST_ID_", "VAR_SCOPE_", "BYTEARRAY_ID_", "JOB_ID_", "JOB_EXCEPTION_STACK_ID_",
      "EXCEPTION_STACK_ID_", "LAST_FAILURE_LOG_ID_", "SUPER_PROCESS_INSTANCE_ID_", "OPERATION_ID_", "BUSINESS_KEY_");
  /** The tables an instance writes, and how its rows are found (seed: the seeded instance ids, tasks: their tasks). */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("ACT_RU_EXECUTION", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_RU_TASK", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_RU_IDENTITYLINK", "TASK_ID_ IN (SELECT id FROM bench_timer_task)");
    TABLES.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ IN (SELECT id FROM bench_timer_task)");
    TABLES.put("ACT_RU_VARIABLE", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_PROCINST", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_ACTINST", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_TASKINST", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_IDENTITYLINK", "TASK_ID_ IN (SELECT id FROM bench_timer_task)");
    TABLES.put("ACT_HI_VARINST", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_DETAIL", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_HI_OP_LOG", "PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
    TABLES.put("ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_ IN (SELECT id FROM bench_timer_seed)");
  }

  private final ConfigurableApplicationContext context;
  private final JdbcTemplate jdbc;
  private final int timers;
  private final int seed;

  private TimerScale(ConfigurableApplicationContext context, int timers, int seed) {
    this.context = context;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.timers = timers;
    this.seed = Math.min(seed, timers);
  }

  static List<Figure> run(String[] args) throws Exception {
    int timers = Integer.getInteger("benchmark.timers", DEFAULT_TIMERS);
    int seed = Integer.getInteger("benchmark.timers.seed", DEFAULT_SEED);
    // this context only prepares and watches: the job executor is off here ("test" profile)
    try (ConfigurableApplicationContext context = ScaleBenchmark.application(args)) {
      if (!ScaleBenchmark.isMysql(context.getBean(DataSource.class))) {
        System.out.println("timers: two JVMs need a shared database server: -Dbenchmark.profiles=mysql -DDB_URL=…");
        return List.of(new Figure("due timers on two nodes", "not run (no shared database)", "< 600 s", false));
      }
      return List.of(new TimerScale(context, timers, seed).measure(args));
    }
  }

  private Figure measure(String[] args) throws Exception {
    System.out.printf("%n== %,d due timers, two nodes, on %s%n", timers,
        ScaleBenchmark.describe(context.getBean(DataSource.class)));
    String definitionId = prepare();
    List<Process> nodes = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(NODES.length);
    try {
      for (String node : NODES) {
        nodes.add(startNode(node, args, ready));
      }
      if (!ready.await(NODE_START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the nodes did not start within " + NODE_START_TIMEOUT_SECONDS + " s");
      }
      System.out.println("   both nodes up; activating the timers");
      long begin = System.nanoTime();
      context.getBean(ManagementService.class).activateJobDefinitionByProcessDefinitionId(definitionId, true);
      double seconds = watch(definitionId, begin);
      return figure(definitionId, seconds);
    } finally {
      for (Process node : nodes) {
        node.destroy();
      }
      for (Process node : nodes) {
        node.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  // ---------------------------------------------------------------- the timers

  /** Deploys the model, makes the suspended timers; returns the process definition id. */
  private String prepare() {
    DueTimers.createEffectTable(jdbc);
    jdbc.update("DELETE FROM " + DueTimers.EFFECT_TABLE);
    RepositoryService repository = context.getBean(RepositoryService.class);
    String deploymentId = repository.createDeployment().name(DueTimers.PROCESS_KEY)
        .addModelInstance(DueTimers.PROCESS_KEY + ".bpmn", DueTimers.model()).deploy().getId();
    String definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    context.getBean(ManagementService.class).suspendJobDefinitionByProcessDefinitionId(definitionId, true);

    long begin = System.nanoTime();
    RuntimeService runtime = context.getBean(RuntimeService.class);
    TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    Date due = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
    List<String> seeded = new ArrayList<>();
    for (int from = 0; from < seed; from += START_BATCH) {
      int first = from;
      transaction.executeWithoutResult(status -> {
        for (int i = first; i < Math.min(seed, first + START_BATCH); i++) {
          seeded.add(runtime.startProcessInstanceById(definitionId, DueTimers.variables("T-" + i, due)).getId());
        }
      });
    }
    System.out.printf("   %,d instances started through the engine in %.1f s%n", seed, ScaleBenchmark.seconds(begin));
    if (timers > seed) {
      copy(seeded, definitionId);
    }
    long jobs = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_ID_ = ? AND SUSPENSION_STATE_ = 2",
        Long.class, definitionId);
    if (jobs != timers) {
      throw new IllegalStateException("expected " + timers + " suspended timers, found " + jobs);
    }
    return definitionId;
  }

  /** Copies the seeded instances' rows until there are {@code timers} instances. */
  private void copy(List<String> seeded, String definitionId) {
    long begin = System.nanoTime();
    if (timers % seed != 0) {
      throw new IllegalStateException("benchmark.timers must be a multiple of benchmark.timers.seed");
    }
    int copies = timers / seed - 1;
    ScaleBenchmark.numbers(jdbc, copies);
    for (String table : List.of("bench_timer_seed", "bench_timer_task")) {
      jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(64) NOT NULL PRIMARY KEY)");
      jdbc.update("DELETE FROM " + table);
    }
    jdbc.batchUpdate("INSERT INTO bench_timer_seed (id) VALUES (?)", seeded, 500, (ps, id) -> ps.setString(1, id));
    jdbc.update("INSERT INTO bench_timer_task (id) SELECT ID_ FROM ACT_RU_TASK WHERE PROC_DEF_ID_ = ?", definitionId);
    Map<String, Long> perInstance = new LinkedHashMap<>();
    int chunk = Math.max(1, 20_000 / seed);
    for (Map.Entry<String, String> table : TABLES.entrySet()) {
      long seedRows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.getKey() + " WHERE " + table.getValue(),
          Long.class);
      if (seedRows == 0) {
        continue;
      }
      perInstance.put(table.getKey(), seedRows);
      List<String> columns = jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
          + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", String.class,
          table.getKey());
      String values = columns.stream().map(c -> copied(table.getKey(), c)).collect(Collectors.joining(", "));
      String sql = "INSERT INTO " + table.getKey() + " (" + String.join(", ", columns) + ") SELECT " + values
          + " FROM " + table.getKey() + " t JOIN bench_n k ON k.n BETWEEN ? AND ? WHERE " + table.getValue();
      for (int from = 1; from <= copies; from += chunk) {
        jdbc.update(sql, from, Math.min(copies, from + chunk - 1));
      }
    }
    System.out.printf("   rows per instance: %s%n", perInstance.entrySet().stream()
        .map(e -> e.getKey() + " " + (double) e.getValue() / seed).collect(Collectors.joining(", ")));
    System.out.printf("   copied to %,d instances by SQL in %.1f s%n", timers, ScaleBenchmark.seconds(begin));
  }

  /** The column's value in copy k: instance ids suffixed, the instance's number too, everything else as written. */
  private static String copied(String table, String column) {
    if (INSTANCE_IDS.contains(column) || table.equals("ACT_RU_AUTHORIZATION") && column.equals("RESOURCE_ID_")) {
      return "CONCAT(t." + column + ", '-', k.n)";
    }
    if (column.equals("TEXT_") && !table.equals("ACT_HI_OP_LOG")) {
      return "CASE WHEN t.NAME_ = '" + DueTimers.MATTER_NO + "' THEN CONCAT(t.TEXT_, '-', k.n) ELSE t.TEXT_ END";
    }
    return "t." + column;
  }

  // ---------------------------------------------------------------- the nodes

  private Process startNode(String node, String[] args, CountDownLatch ready) throws IOException, URISyntaxException {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + System.getProperty("benchmark.node.heap", "1g"), "-Duser.timezone=Asia/Shanghai",
        "-Dfile.encoding=UTF-8", "-Dbenchmark.node=" + node));
    for (String property : List.of("DB_URL", "DB_USER", "DB_PASSWORD")) {
      command.add("-D" + property + "=" + System.getProperty(property, System.getenv().getOrDefault(property, "")));
    }
    command.addAll(List.of("-cp", classpath(), TimerNode.class.getName()));
    command.addAll(List.of(args));
    Path log = Paths.get("target", "benchmark-timer-" + node + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
        String line;
        while ((line = in.readLine()) != null) {
          out.println(line);
          if (line.startsWith(TimerNode.READY)) {
            System.out.println("   " + line);
            ready.countDown();
          }
        }
      } catch (IOException e) {
        // the node ended
      }
    }, "benchmark-" + node + "-log");
    pump.setDaemon(true);
    pump.start();
    return process;
  }

  /** The class path this JVM runs with (exec:java loads the project through a class loader of its own). */
  private static String classpath() throws URISyntaxException {
    if (TimerScale.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        entries.add(new File(url.toURI()).getPath());
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }

  // ---------------------------------------------------------------- measuring

  /** Waits until every timer's effect is in and no timer is left; returns the seconds since activation. */
  private double watch(String definitionId, long begin) {
    long timeout = Long.getLong("benchmark.timers.timeout-seconds", 1_800);
    long lastPrint = 0;
    while (true) {
      long effects = jdbc.queryForObject("SELECT COUNT(*) FROM " + DueTimers.EFFECT_TABLE, Long.class);
      long left = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_ID_ = ?", Long.class,
          definitionId);
      double seconds = ScaleBenchmark.seconds(begin);
      if (left == 0 && effects >= timers) {
        System.out.printf("   all %,d executed after %.1f s%n", timers, seconds);
        return seconds;
      }
      if (seconds - lastPrint >= 10) {
        lastPrint = (long) seconds;
        System.out.printf("   %5.0f s: %,d executed, %,d left (%.0f/s)%n", seconds, effects, left, effects / seconds);
      }
      if (seconds > timeout) {
        System.out.printf("   timeout after %.0f s: %,d executed, %,d left%n", seconds, effects, left);
        return seconds;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return seconds;
      }
    }
  }

  private Figure figure(String definitionId, double seconds) {
    DueTimers.Outcome outcome = DueTimers.outcome(jdbc, definitionId);
    Map<String, Object> byNode = new LinkedHashMap<>();
    jdbc.queryForList("SELECT node, COUNT(*) n FROM " + DueTimers.EFFECT_TABLE + " GROUP BY node ORDER BY node")
        .forEach(row -> byNode.put((String) row.get("node"), row.get("n")));
    Map<String, Object> span = jdbc.queryForMap("SELECT MIN(executed_at_ms) first_ms, MAX(executed_at_ms) last_ms FROM "
        + DueTimers.EFFECT_TABLE);
    System.out.printf("   %s%n   by node %s; first to last effect %.1f s; failed attempts logged %d%n", outcome, byNode,
        (((Number) span.get("last_ms")).longValue() - ((Number) span.get("first_ms")).longValue()) / 1000.0,
        outcome.failedJobLogs());
    boolean once = outcome.exactlyOnce(timers);
    return new Figure(String.format("%,d due timers, two nodes (JVMs), exactly once", timers),
        String.format("%.0f s (%.0f/s), exactly once: %s", seconds, timers / seconds, once ? "yes" : "NO"), "< 600 s",
        once && seconds < TARGET_SECONDS);
  }
}
