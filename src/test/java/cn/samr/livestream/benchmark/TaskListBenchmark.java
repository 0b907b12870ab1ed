package cn.samr.livestream.benchmark;

import cn.samr.livestream.Application;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintIntakeService;
import cn.samr.livestream.complaint.ComplaintLifecycle;
import cn.samr.livestream.complaint.ComplaintLifecycle.Officer;
import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.engine.TasklistFilters;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Tasklist of a district officer over years of history, run on demand (not a test), MariaDB/MySQL only:
 * {@code mvn -B -ntp -q -Pbenchmark test-compile exec:java -Dbenchmark.scenario=tasklist
 * -Dbenchmark.profiles=mysql -DDB_URL=jdbc:mysql://127.0.0.1:3306/<db> -DDB_USER=root -DDB_PASSWORD=
 * [-Dbenchmark.tasklist.sizes=10000,100000,1000000] [-Dbenchmark.tasklist.samples=200]
 * [-Dbenchmark.tasklist.full-history=10000] [-Dbenchmark.tasklist.lean-history=100000] [-Dbenchmark.port=18281]}.
 *
 * <p>On a database of its own (it adds users, open complaints and up to a million historic ones, and keeps them
 * for the next run, which continues from there):
 * <ol>
 *   <li>benchmark users: a complaint-centre officer and one officer per district and for the enforcement corps;</li>
 *   <li>open work: {@value #OPEN_PER_UNIT} complaints waiting for acceptance in every district, registered by the
 *       centre (some of Baoshan's claimed by the measured officer), as Tasklist shows them;</li>
 *   <li>templates: one complaint lifecycle per district (refund owed, paid, closed) and one of the enforcement corps
 *       (life or health at risk), run through the engine as the officers work them in Tasklist (registered by the
 *       centre, each task claimed and completed by the unit's officer, authorization on);</li>
 *   <li>history: {@link HistoricComplaints} replicates the templates by SQL (INSERT … SELECT with id offsets) up
 *       to each size, spread over the last 1000 days: domain rows, engine history and the grants the design
 *       keeps;</li>
 *   <li>measured at each size, as the officer {@value #MEASURED_OFFICER} logged in to Tasklist: the filter
 *       本单位待办 as Tasklist loads it ({@code POST /camunda/api/engine/engine/default/filter/{id}/list}, HAL: a page
 *       of 15 with the count and the list columns embedded) and its count ({@code GET …/filter/{id}/count}).</li>
 * </ol>
 */
public final class TaskListBenchmark {

  static final int OPEN_PER_UNIT = 25;
  static final String BAOSHAN = "district-310113";
  static final String MEASURED_OFFICER = "bench-" + BAOSHAN;
  static final String CENTRE_OFFICER = "bench-complaint-centre";
  static final String ENGINE_API = "/camunda/api/engine/engine/default";
  /** What Tasklist posts for a filter's first page (camunda-tasklist-ui: taskListQuery). */
  static final String TASKLIST_PAGE = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
  static final int WARMUP = Integer.getInteger("benchmark.tasklist.warmup", 200);
  /**
   * The task query the filter runs for the officer, as Camunda 7.24 sends it to MariaDB (logged from the engine,
   * parameters filled in): analysed at each size to show how many grants it reads.
   */
  static final String TASK_QUERY = """
      SELECT DISTINCT RES.ID_ FROM ACT_RU_TASK RES LEFT JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = RES.ID_
      LEFT JOIN ACT_RE_PROCDEF D ON RES.PROC_DEF_ID_ = D.ID_
      LEFT JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
        AND (A.USER_ID_ IN ('%1$s', '*') OR A.GROUP_ID_ IN ('%2$s'))
        AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH
        ON (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*')
      WHERE (1 = 1 AND (I.TYPE_ = 'candidate' AND (I.GROUP_ID_ IN ('%2$s'))) AND RES.SUSPENSION_STATE_ = 1)
        AND ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL)) AND (RES.TENANT_ID_ IS NULL)
      ORDER BY RES.DUE_DATE_ ASC, RES.CREATE_TIME_ DESC LIMIT 15 OFFSET 0""";

  private final ConfigurableApplicationContext context;
  private final int port;
  private final int samples;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final ComplaintIntakeService intake;
  private final OrganizationService organization;
  private final HistoricComplaints history;
  private final ComplaintLifecycle lifecycle;
  private final ObjectMapper json = new ObjectMapper();

  record Size(long complaints, String history, double generationSeconds, Stats list, Stats count, long listed,
      long counted, long grantRows, long grantsRead, double queryMillis, String load, double listCpu, double countCpu) {
  }

  record Stats(double p50, double p95, double max) {

    static Stats of(List<Double> millis) {
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Stats(percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(Times.ZONE));
    int port = Integer.getInteger("benchmark.port", 18281);
    long[] sizes = Arrays.stream(System.getProperty("benchmark.tasklist.sizes", "10000,100000,1000000").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
    int samples = Integer.getInteger("benchmark.tasklist.samples", 200);
    String[] arguments = Stream.concat(Stream.of("--server.port=" + port), Stream.of(args)).toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
        .profiles(LifecycleBenchmark.profiles(System.getProperty("benchmark.profiles", "")))
        .run(arguments);
    try {
      TaskListBenchmark benchmark = new TaskListBenchmark(context, port, samples);
      benchmark.print(benchmark.run(sizes));
    } finally {
      context.close();
    }
    System.exit(0);
  }

  TaskListBenchmark(ConfigurableApplicationContext context, int port, int samples) {
    this.context = context;
    this.port = port;
    this.samples = samples;
    this.identityService = context.getBean(IdentityService.class);
    this.taskService = context.getBean(TaskService.class);
    this.intake = context.getBean(ComplaintIntakeService.class);
    this.organization = context.getBean(OrganizationService.class);
    this.lifecycle = new ComplaintLifecycle(taskService, context.getBean(RuntimeService.class), identityService);
    this.history = new HistoricComplaints(context.getBean(DataSource.class),
        Long.getLong("benchmark.tasklist.full-history", 10_000), Long.getLong("benchmark.tasklist.lean-history", 100_000));
  }

  List<Size> run(long[] sizes) throws Exception {
    System.out.printf("%n== task list (本单位待办) of %s on %s%n", MEASURED_OFFICER, history.database());
    createUsers();
    if (!history.hasTemplates()) {
      history.recordTemplates(runTemplates());
    }
    openWork();
    List<Size> results = new ArrayList<>();
    for (long size : sizes) {
      long started = System.nanoTime();
      history.extendTo(size);
      double generation = (System.nanoTime() - started) / 1e9;
      results.add(measure(history.generated(), generation));
    }
    return results;
  }

  // ---------------------------------------------------------------- users and work

  private void createUsers() {
    TestUsers users = new TestUsers(identityService);
    users.create(CENTRE_OFFICER, "complaint-centre");
    for (OrgUnit unit : workingUnits()) {
      users.create(officer(unit.getCode()), unit.getCode());
    }
  }

  /** The districts and the enforcement corps. */
  private List<OrgUnit> workingUnits() {
    return organization.activeUnits().stream()
        .filter(u -> u.getKind() == UnitKind.DISTRICT || u.getKind() == UnitKind.ENFORCEMENT_CORPS).toList();
  }

  static String officer(String unitCode) {
    return "bench-" + unitCode;
  }

  /** Complaints waiting for acceptance in every district, a few of Baoshan's claimed by the measured officer. */
  private void openWork() {
    for (OrgUnit unit : workingUnits()) {
      if (unit.getKind() != UnitKind.DISTRICT) {
        continue;
      }
      long open = taskService.createTaskQuery().taskCandidateGroup(unit.getCode()).includeAssignedTasks().count();
      for (long i = open; i < OPEN_PER_UNIT; i++) {
        String pi = register(complaintIn(unit.getDistrictCode()));
        if (unit.getCode().equals(BAOSHAN) && i % 5 == 0) {
          Task task = lifecycle.task(pi, Element.ACCEPT_COMPLAINT);
          as(MEASURED_OFFICER, BAOSHAN, () -> {
            taskService.claim(task.getId(), MEASURED_OFFICER);
            return null;
          });
        }
      }
    }
  }

  /** One completed lifecycle per district and one of the corps; returns their root process instances. */
  private List<HistoricComplaints.Template> runTemplates() {
    List<HistoricComplaints.Template> templates = new ArrayList<>();
    for (OrgUnit unit : workingUnits()) {
      boolean corps = unit.getKind() == UnitKind.ENFORCEMENT_CORPS;
      ComplaintRequest request = corps
          ? ComplaintFixtures.withLifeHealthRisk(complaintIn("310113"))
          : complaintIn(unit.getDistrictCode());
      String pi = register(request);
      lifecycle.closeWithRefund(pi, new Officer(officer(unit.getCode()), unit.getCode()));
      templates.add(new HistoricComplaints.Template(pi, unit.getCode()));
    }
    System.out.printf("   %d template lifecycles run through the engine%n", templates.size());
    return templates;
  }

  /** A refund complaint against a fresh merchant registered in the district (LINGANG, AIRPORT: a Pudong code). */
  private static ComplaintRequest complaintIn(String districtCode) {
    ComplaintRequest r = ComplaintFixtures.merchantIn("310115", receivedNow());
    ComplaintRequest.Organisation m = r.subjects().merchant();
    String codeDistrict = districtCode.chars().allMatch(Character::isDigit) ? districtCode : "310115";
    return new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(), r.complainant(),
        new ComplaintRequest.Subjects(r.subjects().platform(), r.subjects().liveRoom(),
            new ComplaintRequest.Organisation(m.name(), ComplaintFixtures.uniqueCreditCode(codeDistrict), districtCode)),
        r.district(), r.product(), r.orderNo(), r.amountPaid(), r.claims(), r.description(), r.lifeHealthRisk());
  }

  private String register(ComplaintRequest request) {
    return as(CENTRE_OFFICER, "complaint-centre", () -> intake.register(request, CENTRE_OFFICER)).processInstanceId();
  }

  private <T> T as(String user, String group, Callable<T> call) {
    return lifecycle.as(new Officer(user, group), call);
  }

  private static LocalDateTime receivedNow() {
    return LocalDateTime.now(Times.engineClock()).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
  }

  // ---------------------------------------------------------------- measuring

  private Size measure(long complaints, double generationSeconds) throws Exception {
    String filterId = context.getBean(FilterService.class).createFilterQuery().filterName(TasklistFilters.UNIT_TASKS)
        .singleResult().getId();
    WebappSession session = WebappSession.login(port, MEASURED_OFFICER, "tasklist");
    Supplier<HttpRequest.Builder> list = () -> HttpRequest.newBuilder(session.uri(ENGINE_API + "/filter/" + filterId
            + "/list?firstResult=0&maxResults=15"))
        .header("Content-Type", "application/json")
        .header("Accept", "application/hal+json, application/json; q=0.5")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_PAGE));
    Supplier<HttpRequest.Builder> count = () -> HttpRequest.newBuilder(session.uri(ENGINE_API + "/filter/" + filterId
            + "/count")).header("Accept", "application/json").GET();
    JsonNode page = json.readTree(call(session, list).body());
    long listed = page.path("count").asLong(-1);
    long counted = json.readTree(call(session, count).body()).path("count").asLong(-1);
    for (int i = 0; i < WARMUP; i++) {
      call(session, list);
      call(session, count);
    }
    waitForQuiet();
    String load = load();
    List<Double> listMillis = new ArrayList<>();
    List<Double> countMillis = new ArrayList<>();
    long cpu = cpuNanos();
    for (int i = 0; i < samples; i++) {
      listMillis.add(timed(session, list));
    }
    double listCpu = (cpuNanos() - cpu) / 1e6 / samples;
    cpu = cpuNanos();
    for (int i = 0; i < samples; i++) {
      countMillis.add(timed(session, count));
    }
    double countCpu = (cpuNanos() - cpu) / 1e6 / samples;
    load = load + "–" + load();
    JsonNode analysed = history.analyse(String.format(TASK_QUERY, MEASURED_OFFICER, BAOSHAN));
    long grantsRead = rowsRead(analysed, "A");
    Size size = new Size(complaints, history.describe(complaints), generationSeconds, Stats.of(listMillis),
        Stats.of(countMillis), listed, counted, history.grantRows(), grantsRead,
        analysed.path("query_block").path("r_total_time_ms").asDouble(), load, listCpu, countCpu);
    System.out.printf("   %,d historic complaints: list p50 %.1f ms p95 %.1f ms (Java CPU %.1f ms), count p50 %.1f ms "
            + "p95 %.1f ms (Java CPU %.1f ms); %d tasks listed, %,d grant rows, the task query reads %,d of them in "
            + "%.2f ms; load %s%n", complaints, size.list().p50(), size.list().p95(), listCpu, size.count().p50(),
        size.count().p95(), countCpu, listed, size.grantRows(), grantsRead, size.queryMillis(), load);
    return size;
  }

  /** CPU time of this JVM (the application and the HTTP client), every thread. */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
  }

  private static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /**
   * Other builds share the 2 cores: with {@code -Dbenchmark.tasklist.quiet-load=x} the measurement waits (at most
   * ten minutes) until the 1-minute load average is below x.
   */
  private static void waitForQuiet() throws Exception {
    double quiet = Double.parseDouble(System.getProperty("benchmark.tasklist.quiet-load", "0"));
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (quiet > 0 && Double.parseDouble(load()) >= quiet && System.nanoTime() < deadline) {
      System.out.printf("   waiting for the load average (%s) to fall below %.1f%n", load(), quiet);
      Thread.sleep(Duration.ofSeconds(30).toMillis());
    }
  }

  /** Rows read from the table aliased so in an ANALYZE FORMAT=JSON plan. */
  private static long rowsRead(JsonNode plan, String alias) {
    for (JsonNode table : plan.findParents("table_name")) {
      if (table.path("table_name").asText().equals(alias)) {
        return table.path("r_rows").asLong();
      }
    }
    return -1;
  }

  private static HttpResponse<String> call(WebappSession session, Supplier<HttpRequest.Builder> request)
      throws Exception {
    HttpResponse<String> response = session.send(request.get());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static double timed(WebappSession session, Supplier<HttpRequest.Builder> request) throws Exception {
    long start = System.nanoTime();
    call(session, request);
    return (System.nanoTime() - start) / 1e6;
  }

  private void print(List<Size> sizes) {
    String format = "%10s %9s %9s %9s %9s %7s %9s %9s %7s %7s %11s %7s %11s%n";
    String line = "-".repeat(138);
    System.out.println();
    System.out.println("本单位待办 of " + MEASURED_OFFICER + " through Tasklist's REST calls, " + samples
        + " samples each, " + history.database() + ", milliseconds; history generated by SQL from the template "
        + "lifecycles (HistoricComplaints)");
    System.out.println(line);
    System.out.printf(format, "historic", "generated", "list p50", "list p95", "list max", "CPU", "count p50",
        "count p95", "CPU", "tasks", "grant rows", "read", "load");
    System.out.println(line);
    for (Size s : sizes) {
      System.out.printf(format, String.format("%,d", s.complaints()), String.format("%.0f s", s.generationSeconds()),
          ms(s.list().p50()), ms(s.list().p95()), ms(s.list().max()), ms(s.listCpu()), ms(s.count().p50()),
          ms(s.count().p95()), ms(s.countCpu()), s.listed() + "/" + s.counted(), String.format("%,d", s.grantRows()),
          String.format("%,d", s.grantsRead()), s.load());
    }
    System.out.println(line);
    System.out.println("generated: time to extend the history to that size in this run; CPU: this JVM's CPU time per "
        + "call (application and client); read: grants the filter's task query reads (ANALYZE FORMAT=JSON); load: "
        + "1-minute load average before–after measuring (2 cores shared with other builds)");
    sizes.forEach(s -> System.out.printf("%,12d: %s%n", s.complaints(), s.history()));
  }

  private static String ms(double millis) {
    return String.format("%.1f", millis);
  }
}
