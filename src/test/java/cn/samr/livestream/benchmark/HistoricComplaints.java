package cn.samr.livestream.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Years of closed complaints in seconds rather than days: a few real lifecycles run through the engine (the
 * templates) are copied by set-based SQL ({@code INSERT … SELECT}), complaint k from template {@code k mod T},
 * with every id offset and every time moved back. MariaDB/MySQL only (MariaDB's sequence tables
 * {@code seq_a_to_b} number the copies).
 *
 * <p>What is copied, for each complaint k:
 * <ul>
 *   <li>the engine's history of the template's process instances and the instances they called, every table that
 *       carries {@code ROOT_PROC_INST_ID_} ({@code ACT_HI_*}, history byte arrays), with every instance-scoped id
 *       (instance, execution, task, activity instance, variable, byte array, operation …) renamed
 *       for k ({@link #remap}); definition ids, users and groups stay;</li>
 *   <li>the grants the authorization design keeps for a closed instance ({@code ACT_RU_AUTHORIZATION} rows with
 *       {@code ROOT_PROC_INST_ID_}, i.e. resource ids of the template's instances and tasks, renamed likewise);</li>
 *   <li>the domain rows: complaint (number {@code TS-<day>-<k>}, external number, process instance), complainant,
 *       subjects with their roles and names (codes made unique), events, finding, remedy obligations, deadlines;
 *       numeric ids placed in a range reserved once per table ({@code bench_id_range}, the table's
 *       AUTO_INCREMENT moved past room for {@value #MAX_COMPLAINTS} copies).</li>
 * </ul>
 * Every time is moved back {@code 1 + (k·7919 mod 1000)} days, so the copies spread over the last 1000 days,
 * within the three years history is kept (removal times move with them). The templates and the count generated
 * are kept in {@code bench_template} and {@code bench_generated}: a later run continues from there.
 */
final class HistoricComplaints {

  static final int MAX_COMPLAINTS = 2_000_000;
  /** Complaints per transaction: every table's rows of a chunk commit together, so a run can be resumed. */
  static final int CHUNK = 2_000;
  /**
   * What is copied for complaint k: a lifecycle's full history takes about 390 KB (Camunda's history tables carry
   * a dozen indexes each), a million of them would not fit this machine's disk; no statement of the task list
   * reads the history, only the grants.
   */
  enum Tier {
    /** Everything (the first {@code fullHistory} complaints). */
    FULL,
    /** Everything but the variable, activity and job history (up to {@code leanHistory}). */
    LEAN,
    /** The grants, the process instances and the complaint record. */
    GRANTS;

    boolean copies(String table) {
      return switch (this) {
        case FULL -> true;
        case LEAN -> !Set.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_ACTINST", "ACT_HI_JOB_LOG").contains(table);
        case GRANTS -> Set.of("ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST", "complaint").contains(table);
      };
    }
  }

  /** Engine columns holding ids of one lifecycle's instances, executions, tasks, variables, …; copied prefixed. */
  static final Set<String> INSTANCE_ID_COLUMNS = Set.of("ID_", "PARENT_ACT_INST_ID_", "ROOT_PROC_INST_ID_",
      "PROC_INST_ID_", "EXECUTION_ID_", "TASK_ID_", "CALL_PROC_INST_ID_", "ACT_INST_ID_", "VAR_INST_ID_",
      "BYTEARRAY_ID_", "OPERATION_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "JOB_ID_", "PROCESS_INSTANCE_ID_",
      "SUPER_PROCESS_INSTANCE_ID_", "JOB_EXCEPTION_STACK_ID_", "PARENT_TASK_ID_", "CAUSE_INCIDENT_ID_",
      "ROOT_CAUSE_INCIDENT_ID_", "EXT_TASK_ID_", "ERROR_DETAILS_ID_", "CONTENT_ID_", "RESTARTED_PROC_INST_ID_",
      "EXTERNAL_TASK_ID_", "RESOURCE_ID_");
  /** Engine tables copied: the history and the grants of the lifecycle (rows carrying its root instance). */
  static final String ENGINE_TABLES = "(TABLE_NAME LIKE 'ACT\\_HI\\_%' OR TABLE_NAME IN ('ACT_GE_BYTEARRAY', "
      + "'ACT_RU_AUTHORIZATION'))";

  /**
   * Copy k's engine id for a template's id, no longer (activity instance ids, "activity:uuid", may nearly fill their
   * column): the uuid's node (its last 12 characters, the same for every id of the template run) gives way to k in
   * front, so that copies are appended in id order, e.g. bf5945a7-f112-11f1-bd59-02fc00000001 →
   * h0000042-bf5945a7-f112-11f1-bd59-.
   */
  static String remap(String column) {
    return "CONCAT('h', LPAD(g.k, 7, '0'), '-', LEFT(" + column + ", CHAR_LENGTH(" + column + ") - 12))";
  }

  /** How far copy k is moved back in time. */
  static final String SHIFT = "INTERVAL (1 + MOD(g.k * 7919, 1000)) DAY";

  /** A completed lifecycle to copy: its root process instance and the unit that worked it. */
  record Template(String rootProcessInstanceId, String unit) {
  }

  /** One table's copy statement, in the order parents before children. */
  private record Copy(String table, String sql) {
  }

  private final DataSource dataSource;
  private final long fullHistory;
  private final long leanHistory;

  HistoricComplaints(DataSource dataSource, long fullHistory, long leanHistory) {
    this.dataSource = dataSource;
    this.fullHistory = fullHistory;
    this.leanHistory = leanHistory;
  }

  Tier tier(long k) {
    return k <= fullHistory ? Tier.FULL : k <= leanHistory ? Tier.LEAN : Tier.GRANTS;
  }

  /** What the complaints up to {@code target} hold, for the report. */
  String describe(long target) {
    StringBuilder s = new StringBuilder("1–" + String.format("%,d", Math.min(target, fullHistory))
        + " full history");
    if (target > fullHistory) {
      s.append(", to ").append(String.format("%,d", Math.min(target, leanHistory)))
          .append(" without variable/activity/job history");
    }
    if (target > leanHistory) {
      s.append(", to ").append(String.format("%,d", target)).append(" grants, process instances, complaint rows");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- state

  String database() {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String version = meta.getDatabaseProductVersion();
      return version.contains("MariaDB") ? "MariaDB " + version.replaceFirst("^5\\.5\\.5-", "").split("-")[0]
          : meta.getDatabaseProductName() + " " + version.split(" ")[0];
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean hasTemplates() {
    try (Connection c = dataSource.getConnection()) {
      requireMariaDb(c);
      createStateTables(c);
      return count(c, "SELECT COUNT(*) FROM bench_template") > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long generated() {
    try (Connection c = dataSource.getConnection()) {
      return count(c, "SELECT COALESCE(MAX(generated), 0) FROM bench_generated");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long grantRows() {
    try (Connection c = dataSource.getConnection()) {
      return count(c, "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** MariaDB's ANALYZE FORMAT=JSON of the query: the plan with the rows each table read and the time taken. */
  JsonNode analyse(String query) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("ANALYZE FORMAT=JSON " + query)) {
      r.next();
      return new ObjectMapper().readTree(r.getString(1));
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records the templates (completed lifecycles), their instances and the id range of every domain table the
   * copies will use; moves each table's AUTO_INCREMENT past that range.
   */
  void recordTemplates(List<Template> templates) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO bench_template (idx, root_id, unit, complaint_id) "
              + "SELECT ?, ?, ?, id FROM complaint WHERE process_instance_id = ?")) {
        for (int i = 0; i < templates.size(); i++) {
          Template t = templates.get(i);
          insert.setInt(1, i);
          insert.setString(2, t.rootProcessInstanceId());
          insert.setString(3, t.unit());
          insert.setString(4, t.rootProcessInstanceId());
          if (insert.executeUpdate() != 1) {
            throw new IllegalStateException("no complaint for process instance " + t.rootProcessInstanceId());
          }
        }
      }
      execute(c, "INSERT INTO bench_template_instance (root_id, instance_id) SELECT p.ROOT_PROC_INST_ID_, p.ID_ "
          + "FROM ACT_HI_PROCINST p JOIN bench_template bt ON bt.root_id = p.ROOT_PROC_INST_ID_");
      execute(c, "INSERT INTO bench_template_subject (complaint_id, subject_id) SELECT cs.complaint_id, cs.subject_id "
          + "FROM complaint_subject cs JOIN bench_template bt ON bt.complaint_id = cs.complaint_id");
      reserve(c, "supervised_subject", "SELECT subject_id FROM bench_template_subject");
      reserve(c, "complaint", "SELECT complaint_id FROM bench_template");
      reserve(c, "complaint_event", "SELECT e.id FROM complaint_event e JOIN bench_template bt "
          + "ON bt.complaint_id = e.complaint_id");
      reserve(c, "remedy_obligation", "SELECT r.id FROM remedy_obligation r JOIN bench_template bt "
          + "ON bt.complaint_id = r.complaint_id");
      reserve(c, "subject_name_history", "SELECT h.id FROM subject_name_history h JOIN bench_template_subject s "
          + "ON s.subject_id = h.subject_id");
      reserve(c, "deadline", "SELECT d.id FROM deadline d JOIN bench_template_instance i "
          + "ON i.instance_id = d.process_instance_id");
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Places the copies of a table's template rows in a range above every id it holds, and keeps the range free. */
  private static void reserve(Connection c, String table, String templateIds) throws SQLException {
    long min;
    long max;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MIN(x.id), MAX(x.id) FROM (" + templateIds.replaceFirst(
            "SELECT (\\S+)", "SELECT $1 AS id") + ") x")) {
      r.next();
      min = r.getLong(1);
      max = r.getLong(2);
    }
    long span = max - min + 1;
    long base = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    execute(c, "INSERT INTO bench_id_range (table_name, base, min_id, span) VALUES ('" + table + "', " + base + ", "
        + min + ", " + span + ")");
    execute(c, "ALTER TABLE " + table + " AUTO_INCREMENT = " + (base + (MAX_COMPLAINTS + 1L) * span));
  }

  // ---------------------------------------------------------------- copying

  /** Copies templates until {@code target} complaints were generated; prints progress and the time taken. */
  void extendTo(long target) {
    if (target > MAX_COMPLAINTS) {
      throw new IllegalArgumentException("at most " + MAX_COMPLAINTS + " historic complaints");
    }
    try (Connection c = dataSource.getConnection()) {
      long done = count(c, "SELECT COALESCE(MAX(generated), 0) FROM bench_generated");
      if (done >= target) {
        System.out.printf("   history: %,d complaints generated earlier (asked for %,d)%n", done, target);
        return;
      }
      int templates = (int) count(c, "SELECT COUNT(*) FROM bench_template");
      List<Copy> copies = copies(c, templates);
      System.out.printf("   history: generating complaints %,d to %,d from %d templates by INSERT … SELECT, %d tables "
          + "(%s)%n", done + 1, target, templates, copies.size(), describe(target));
      Map<String, Long> rows = new LinkedHashMap<>();
      Map<String, Long> nanos = new LinkedHashMap<>();
      long started = System.nanoTime();
      execute(c, "SET SESSION foreign_key_checks = 0");
      c.setAutoCommit(false);
      try {
        long reported = done;
        for (long from = done + 1, to; from <= target; from = to + 1) {
          to = Math.min(target, from + CHUNK - 1);
          for (long limit : new long[] {fullHistory, leanHistory}) {
            if (from <= limit && to > limit) {
              to = limit;
            }
          }
          for (Copy copy : copies) {
            if (!tier(from).copies(copy.table())) {
              continue;
            }
            long t0 = System.nanoTime();
            rows.merge(copy.table(), (long) update(c, copy.sql(), from, to, templates), Long::sum);
            nanos.merge(copy.table(), System.nanoTime() - t0, Long::sum);
          }
          execute(c, "UPDATE bench_generated SET generated = " + to);
          c.commit();
          if (to - reported >= (target - done) / 10 || to == target) {
            reported = to;
            System.out.printf("   history: %,d complaints, %.0f s%n", to, (System.nanoTime() - started) / 1e9);
          }
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
        execute(c, "SET SESSION foreign_key_checks = 1");
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long total = rows.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf("   history: %,d complaints (%,d rows) in %.0f s, %,.0f rows/s; rows per complaint: %s%n",
          target - done, total, seconds, total / seconds, perComplaint(rows, target - done));
      if (Boolean.getBoolean("benchmark.tasklist.verbose")) {
        nanos.forEach((table, n) -> System.out.printf("      %-24s %6.1f s%n", table, n / 1e9));
      }
      analyze(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String perComplaint(Map<String, Long> rows, long complaints) {
    List<String> parts = new ArrayList<>();
    rows.forEach((table, n) -> {
      if (n > 0) {
        parts.add(table + " " + String.format("%.1f", (double) n / complaints));
      }
    });
    return String.join(", ", parts);
  }

  /** Fresh statistics, as the server keeps them in production, so that plans do not follow stale ones. */
  private static void analyze(Connection c) throws SQLException {
    execute(c, "ANALYZE TABLE ACT_RU_AUTHORIZATION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE, "
        + "ACT_HI_PROCINST, ACT_HI_TASKINST, complaint");
  }

  private static int update(Connection c, String sql, long from, long to, int templates) throws SQLException {
    String bounded = sql.replace("{seq}", "seq_" + (from / templates) + "_to_" + (to / templates))
        .replace("{from}", Long.toString(from)).replace("{to}", Long.toString(to))
        .replace("{templates}", Integer.toString(templates));
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(bounded);
    }
  }

  /** The copy statements: domain parents, domain children, then the engine's tables with template rows. */
  private List<Copy> copies(Connection c, int templates) throws SQLException {
    Map<String, long[]> ranges = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name, base, min_id, span FROM bench_id_range")) {
      while (r.next()) {
        ranges.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
      }
    }
    String subject = "JOIN bench_template_subject ts ON ts.complaint_id = g.complaint_id ";
    List<Copy> copies = new ArrayList<>();
    copies.add(copy(c, "supervised_subject", subject + "JOIN supervised_subject t ON t.id = ts.subject_id",
        Map.of("id", id(ranges, "supervised_subject", "t.id"),
            "credit_code", unique("t.credit_code", 18),
            "account_id", unique("t.account_id", 100),
            "merged_into", "NULL")));
    copies.add(copy(c, "subject_role", subject + "JOIN subject_role t ON t.subject_id = ts.subject_id",
        Map.of("subject_id", id(ranges, "supervised_subject", "t.subject_id"))));
    copies.add(copy(c, "subject_name_history", subject
            + "JOIN subject_name_history t ON t.subject_id = ts.subject_id",
        Map.of("id", id(ranges, "subject_name_history", "t.id"),
            "subject_id", id(ranges, "supervised_subject", "t.subject_id"),
            "credit_code", unique("t.credit_code", 18),
            "account_id", unique("t.account_id", 100))));
    copies.add(copy(c, "complaint", "JOIN complaint t ON t.id = g.complaint_id",
        Map.of("id", id(ranges, "complaint", "t.id"),
            "complaint_no", "CONCAT('TS-', DATE_FORMAT(t.created_at - " + SHIFT + ", '%Y%m%d'), '-', "
                + "LPAD(g.k, 7, '0'))",
            "external_no", "CASE WHEN t.external_no IS NULL THEN NULL ELSE CONCAT('H', LPAD(g.k, 7, '0'), '-', "
                + "t.external_no) END",
            "process_instance_id", remap("t.process_instance_id"))));
    for (String child : List.of("complainant", "complaint_subject", "complaint_event", "complaint_finding",
        "remedy_obligation")) {
      Map<String, String> columns = new LinkedHashMap<>();
      columns.put("complaint_id", id(ranges, "complaint", "t.complaint_id"));
      if (ranges.containsKey(child)) {
        columns.put("id", id(ranges, child, "t.id"));
      }
      if (child.equals("complaint_subject") || child.equals("remedy_obligation")) {
        columns.put("subject_id", "CASE WHEN t.subject_id IS NULL THEN NULL ELSE "
            + id(ranges, "supervised_subject", "t.subject_id") + " END");
      }
      if (child.equals("remedy_obligation")) {
        columns.put("referral_id", "NULL");
      }
      copies.add(copy(c, child, "JOIN " + child + " t ON t.complaint_id = g.complaint_id", columns));
    }
    copies.add(copy(c, "deadline", "JOIN bench_template_instance ti ON ti.root_id = g.root_id "
            + "JOIN deadline t ON t.process_instance_id = ti.instance_id",
        Map.of("id", id(ranges, "deadline", "t.id"),
            "process_instance_id", remap("t.process_instance_id"),
            "target_id", remap("t.target_id"),
            "is_open", "FALSE",
            "start_year", "YEAR(t.start_day - " + SHIFT + ")",
            "due_year", "YEAR(t.due_at - " + SHIFT + ")")));
    for (String table : engineTables(c)) {
      copies.add(engine(c, table));
    }
    return copies;
  }

  /** Engine tables holding rows of the templates' lifecycles. */
  private static List<String> engineTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
            + "DATABASE() AND COLUMN_NAME = 'ROOT_PROC_INST_ID_' AND " + ENGINE_TABLES + " ORDER BY TABLE_NAME")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    List<String> withRows = new ArrayList<>();
    for (String table : tables) {
      if (count(c, "SELECT COUNT(*) FROM " + table + " t JOIN bench_template bt ON bt.root_id = t.ROOT_PROC_INST_ID_")
          > 0) {
        withRows.add(table);
      }
    }
    return withRows;
  }

  private static Copy engine(Connection c, String table) throws SQLException {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Column column : columns(c, table)) {
      if (INSTANCE_ID_COLUMNS.contains(column.name())) {
        overrides.put(column.name(), remap("t." + column.name()));
      }
    }
    if (table.equals("ACT_HI_PROCINST")) {
      // the complaint number is the business key of the complaint and of the instances it calls
      overrides.put("BUSINESS_KEY_", "CASE WHEN t.BUSINESS_KEY_ = tn.complaint_no THEN CONCAT('TS-', "
          + "DATE_FORMAT(t.START_TIME_ - " + SHIFT + ", '%Y%m%d'), '-', LPAD(g.k, 7, '0')) ELSE t.BUSINESS_KEY_ END");
      return copy(c, table, "JOIN " + table + " t ON t.ROOT_PROC_INST_ID_ = g.root_id "
          + "JOIN bench_template_no tn ON tn.root_id = g.root_id", overrides);
    }
    return copy(c, table, "JOIN " + table + " t ON t.ROOT_PROC_INST_ID_ = g.root_id", overrides);
  }

  /**
   * {@code INSERT INTO table (all columns) SELECT … FROM copies g JOIN …}: g numbers the copies of the chunk,
   * k = seq·T + template index; overridden columns get their expression, times are moved back, the rest is copied.
   */
  private static Copy copy(Connection c, String table, String join, Map<String, String> overrides)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Column column : columns(c, table)) {
      names.add(column.name());
      String override = overrides.get(column.name());
      if (override != null) {
        values.add(override);
      } else if (column.isTime()) {
        values.add("t." + column.name() + " - " + SHIFT);
      } else {
        values.add("t." + column.name());
      }
    }
    String copies = "(SELECT s.seq * {templates} + bt.idx AS k, bt.root_id, bt.complaint_id "
        + "FROM {seq} s CROSS JOIN bench_template bt "
        + "WHERE s.seq * {templates} + bt.idx BETWEEN {from} AND {to}) g ";
    String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT STRAIGHT_JOIN "
        + String.join(", ", values) + " FROM " + copies + join;
    return new Copy(table, sql);
  }

  private static String id(Map<String, long[]> ranges, String table, String column) {
    long[] range = ranges.get(table);
    if (range == null) {
      throw new IllegalStateException("no id range for " + table);
    }
    return "(" + range[0] + " + (g.k - 1) * " + range[2] + " + (" + column + " - " + range[1] + "))";
  }

  /** A code made unique for copy k, within the column's length: its start and k. */
  private static String unique(String column, int length) {
    return "CASE WHEN " + column + " IS NULL THEN NULL ELSE CONCAT(LEFT(" + column + ", " + (length - 9) + "), 'H', "
        + "LPAD(g.k, 8, '0')) END";
  }

  private record Column(String name, String type) {
    boolean isTime() {
      return type.equals("datetime") || type.equals("timestamp") || type.equals("date");
    }
  }

  private static List<Column> columns(Connection c, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(new Column(r.getString(1), r.getString(2).toLowerCase()));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("no table " + table);
    }
    return columns;
  }

  // ---------------------------------------------------------------- plumbing

  private static void requireMariaDb(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName() + c.getMetaData().getDatabaseProductVersion();
    if (!product.contains("MySQL") && !product.contains("MariaDB")) {
      throw new IllegalStateException("the task list benchmark generates history with MariaDB SQL: run it with "
          + "-Dbenchmark.profiles=mysql on a MariaDB database of its own");
    }
  }

  /** Engine ids are compared in the engine tables' collation, or their indexes go unused. */
  private static void createStateTables(Connection c) throws SQLException {
    String engineId = "VARCHAR(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL";
    execute(c, "CREATE TABLE IF NOT EXISTS bench_template (idx INT PRIMARY KEY, root_id " + engineId + ", "
        + "unit VARCHAR(64) NOT NULL, complaint_id BIGINT NOT NULL)");
    execute(c, "CREATE TABLE IF NOT EXISTS bench_template_instance (root_id " + engineId + ", "
        + "instance_id " + engineId + " PRIMARY KEY)");
    execute(c, "CREATE TABLE IF NOT EXISTS bench_template_subject (complaint_id BIGINT NOT NULL, "
        + "subject_id BIGINT NOT NULL, PRIMARY KEY (complaint_id, subject_id))");
    execute(c, "CREATE TABLE IF NOT EXISTS bench_id_range (table_name VARCHAR(64) PRIMARY KEY, base BIGINT NOT NULL, "
        + "min_id BIGINT NOT NULL, span BIGINT NOT NULL)");
    execute(c, "CREATE TABLE IF NOT EXISTS bench_generated (generated BIGINT NOT NULL)");
    if (count(c, "SELECT COUNT(*) FROM bench_generated") == 0) {
      execute(c, "INSERT INTO bench_generated (generated) VALUES (0)");
    }
    execute(c, "CREATE OR REPLACE VIEW bench_template_no AS SELECT bt.root_id, c.complaint_no "
        + "FROM bench_template bt JOIN complaint c ON c.id = bt.complaint_id");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
