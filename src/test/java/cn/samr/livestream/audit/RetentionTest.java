package cn.samr.livestream.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.shared.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * Records are kept at least 3 years (DOMAIN.md §6: 电子商务法 Art.31; 直播电商监督管理办法): the engine's
 * history through every deployed definition's time-to-live and a cleanup that actually runs, the domain
 * tables because the application never deletes from them. See docs/retention-and-audit.md.
 */
@IntegrationTest
class RetentionTest {

  /** The longest 3 calendar years: 3 × 365 days and a leap day (1095 days fall a day short across 29 Feb). */
  static final int THREE_YEARS_IN_DAYS = 1096;
  static final LocalTime WINDOW_START = LocalTime.of(1, 0);
  static final LocalTime WINDOW_END = LocalTime.of(5, 0);
  /** What would remove or destroy rows: none of it belongs in the application's SQL. */
  static final Pattern DESTRUCTIVE_SQL = Pattern.compile(
      "\\b(DELETE|TRUNCATE|DROP\\s+TABLE|DROP\\s+COLUMN|REPLACE\\s+INTO)\\b", Pattern.CASE_INSENSITIVE);
  /** The decision logs are append-only: a step, once recorded, is never rewritten. */
  static final Pattern EVENT_TABLE_UPDATE = Pattern.compile(
      "\\bUPDATE\\s+(complaint_event|clue_event|escalation_event)\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern DESTRUCTIVE_SQL_LITERAL = Pattern.compile(
      "\"[^\"]*\\b(DELETE\\s+FROM|TRUNCATE\\s+TABLE|DROP\\s+TABLE)\\b", Pattern.CASE_INSENSITIVE);

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngine processEngine;
  @Autowired SqlSessionFactory sqlSessionFactory;
  @Autowired Flyway flyway;

  @Test
  void threeCalendarYearsAreAtMostTheMinimumTimeToLive() {
    int longest = 0;
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2032, 1, 1)); day = day.plusDays(1)) {
      longest = Math.max(longest, (int) ChronoUnit.DAYS.between(day, day.plusYears(3)));
    }
    assertThat(longest).isEqualTo(THREE_YEARS_IN_DAYS);
  }

  @Test
  void everyDeployedProcessAndDecisionKeepsItsHistoryAtLeastThreeYears() throws Exception {
    Set<String> processKeys = new TreeSet<>();
    for (Path file : files("processes", ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).forEach(p -> processKeys.add(p.getId()));
    }
    Set<String> decisionKeys = new TreeSet<>();
    for (Path file : files("processes", ".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
          .forEach(d -> decisionKeys.add(d.getId()));
    }
    assertThat(processKeys).hasSizeGreaterThanOrEqualTo(8);
    assertThat(decisionKeys).hasSizeGreaterThanOrEqualTo(4);

    // what the engine runs: the latest deployed version of each model from processes/
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> d.getResourceName().startsWith("processes/")).toList();
    assertThat(processes).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(processKeys);
    assertThat(processes).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey())
        .isNotNull().isGreaterThanOrEqualTo(THREE_YEARS_IN_DAYS));

    List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().latestVersion().list()
        .stream().filter(d -> d.getResourceName().startsWith("processes/")).toList();
    assertThat(decisions).extracting(DecisionDefinition::getKey).containsExactlyInAnyOrderElementsOf(decisionKeys);
    assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey())
        .isNotNull().isGreaterThanOrEqualTo(THREE_YEARS_IN_DAYS));
  }

  @Test
  void historyCleanupIsScheduledInTheNightlyWindow() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo(WINDOW_START.toString());
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo(WINDOW_END.toString());
    assertThat(engine.isHistoryCleanupEnabled()).isTrue();
    // a definition without a time-to-live cannot be deployed, so nothing is kept for ever by mistake
    assertThat(engine.isEnforceHistoryTimeToLive()).isTrue();
    // history is removed by removal time, i.e. time-to-live counted from the end of the root process
    assertThat(engine.getHistoryCleanupStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(engine.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);

    // the engine's bootstrap calls cleanUpHistoryAsync(): with a window, that schedules the cleanup job
    List<Job> jobs = historyService.findHistoryCleanupJobs();
    assertThat(jobs).isNotEmpty().allSatisfy(job -> {
      assertThat(job.isSuspended()).isFalse();
      LocalTime due = Times.toLocal(job.getDuedate()).toLocalTime();
      assertThat(due).as("due %s", job.getDuedate()).isBetween(WINDOW_START, WINDOW_END);
    });
  }

  /**
   * The application only inserts and updates domain rows, and only inserts into the event tables: no
   * mapped statement deletes, no mapper, migration or Java string holds SQL that removes rows, and
   * Flyway's clean (drop everything) is off.
   * This proves what the code does; it cannot stop someone with database rights (see the docs).
   */
  @Test
  void theApplicationNeverDeletesADomainRecord() throws Exception {
    var configuration = sqlSessionFactory.getConfiguration();
    List<String> statements = configuration.getMappedStatementNames().stream().filter(n -> n.contains("."))
        .sorted().toList();
    assertThat(statements).hasSizeGreaterThan(50);
    assertThat(statements).allSatisfy(name -> {
      MappedStatement statement = configuration.getMappedStatement(name);
      assertThat(statement.getSqlCommandType()).as(name).isNotEqualTo(SqlCommandType.DELETE);
    });

    List<Path> mappers = tree("src/main/resources/mapper", ".xml");
    assertThat(mappers).hasSizeGreaterThanOrEqualTo(10);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (Path mapper : mappers) {
      Document xml = factory.newDocumentBuilder().parse(mapper.toFile());
      assertThat(xml.getElementsByTagName("delete").getLength()).as(mapper + " <delete>").isZero();
      String sql = xml.getDocumentElement().getTextContent();
      assertThat(DESTRUCTIVE_SQL.matcher(sql).find()).as(mapper.toString()).isFalse();
      assertThat(EVENT_TABLE_UPDATE.matcher(sql).find()).as(mapper + " rewrites an event").isFalse();
    }

    List<Path> migrations = tree("src/main/resources/db/migration", ".sql");
    assertThat(migrations).hasSizeGreaterThanOrEqualTo(7);
    for (Path migration : migrations) {
      String sql = Files.readString(migration).lines().filter(line -> !line.strip().startsWith("--"))
          .collect(Collectors.joining("\n"))
          // login sessions are no records: an expired one goes, its attributes with it (V17, Spring Session)
          .replaceAll("REFERENCES SPRING_SESSION \\(PRIMARY_ID\\)\\s+ON DELETE CASCADE", "");
      assertThat(DESTRUCTIVE_SQL.matcher(sql).find()).as(migration.toString()).isFalse();
    }

    for (Path source : tree("src/main/java", ".java")) {
      String java = Files.readString(source);
      assertThat(java).as(source.toString()).doesNotContain("org.apache.ibatis.annotations.Delete");
      assertThat(DESTRUCTIVE_SQL_LITERAL.matcher(java).find()).as(source.toString()).isFalse();
    }

    assertThat(flyway.getConfiguration().isCleanDisabled()).isTrue();
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Path> tree(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return new ArrayList<>(paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
    }
  }
}
