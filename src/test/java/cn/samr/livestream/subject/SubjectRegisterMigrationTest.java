package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V14 on a database that holds what the intake made before it: the schema migrated to V13, duplicates inserted
 * as the old per-type registry made them, then V14. On a fresh in-memory H2 by default; against MariaDB with
 * -Dmigration.test.url=jdbc:mysql://127.0.0.1:3306/<an empty scratch database> (-Dmigration.test.user=root),
 * which is how the MariaDB run of this file was made (docs/register.md).
 */
class SubjectRegisterMigrationTest {

  private static final String CODE = "91310113MA1GL0001X";

  private JdbcTemplate jdbc;
  private Migrations flyway;

  @BeforeEach
  void migrateToV13() {
    String url = System.getProperty("migration.test.url");
    javax.sql.DataSource dataSource;
    String tableOptions = "";
    if (url == null) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:v14-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      dataSource = h2;
    } else {
      dataSource = new DriverManagerDataSource(url, System.getProperty("migration.test.user", "root"),
          System.getProperty("migration.test.password", ""));
      tableOptions = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
      Flyway.configure().dataSource(dataSource).table("domain_schema_history").cleanDisabled(false).load().clean();
    }
    jdbc = new JdbcTemplate(dataSource);
    flyway = new Migrations(dataSource, tableOptions);
    flyway.to("13");
  }

  @Test
  void theSameCompanyAsMerchantAndRoomOperatorBecomesOneSubjectWithBothRolesAndItsWholeHistory() {
    long merchant = subject("MERCHANT", "某某商贸有限公司", CODE, null, null, "310113");
    long operator = subject("ROOM_OPERATOR", "某某商贸", CODE, "抖音", "room-1", null);
    long platform = subject("PLATFORM", "某某商贸(平台)", CODE, null, null, null);
    long other = subject("MERCHANT", "别的公司", "91310115MA1GL0002Y", null, null, "310115");
    long complaint = complaint("TS-1");
    jdbc.update("INSERT INTO complaint_subject (complaint_id, role, subject_id) VALUES (?, 'MERCHANT', ?)", complaint,
        merchant);
    long clue = clue("XS-1");
    jdbc.update("INSERT INTO clue_subject (clue_id, subject_id) VALUES (?, ?)", clue, operator);
    jdbc.update("INSERT INTO clue_subject (clue_id, subject_id) VALUES (?, ?)", clue, platform);
    jdbc.update("INSERT INTO clue_subject (clue_id, subject_id) VALUES (?, ?)", clue, other);
    jdbc.update("INSERT INTO enforcement_action (action_type, clue_id, subject_id, unit, issued_on, created_at)"
        + " VALUES ('ORDER_TO_CORRECT', ?, ?, 'district-310113', DATE '2026-11-01', TIMESTAMP '2026-11-01 10:00:00')",
        clue, operator);

    flyway.to("14");

    assertThat(jdbc.queryForList("SELECT id FROM supervised_subject WHERE credit_code = ?", Long.class, CODE))
        .containsExactly(merchant);
    assertThat(jdbc.queryForList("SELECT merged_into FROM supervised_subject WHERE id IN (?, ?)", Long.class,
        operator, platform)).as("merged records stay, marked").containsExactly(merchant, merchant);
    assertThat(jdbc.queryForList("SELECT role FROM subject_role WHERE subject_id = ? ORDER BY role", String.class,
        merchant)).containsExactly("MERCHANT", "PLATFORM", "ROOM_OPERATOR");
    assertThat(jdbc.queryForObject("SELECT account_id FROM supervised_subject WHERE id = ?", String.class, operator))
        .as("the identity is the survivor's now, kept in subject_merge").isNull();
    assertThat(jdbc.queryForObject("SELECT subject_id FROM complaint_subject WHERE complaint_id = ?", Long.class,
        complaint)).isEqualTo(merchant);
    assertThat(jdbc.queryForList("SELECT subject_id FROM clue_subject WHERE clue_id = ? ORDER BY subject_id",
        Long.class, clue)).as("the second link of the clue to the company stays on its merged record")
        .containsExactly(merchant, platform, other);
    assertThat(jdbc.queryForObject("SELECT subject_id FROM enforcement_action WHERE clue_id = ?", Long.class, clue))
        .isEqualTo(merchant);
    List<Map<String, Object>> merges = jdbc.queryForList(
        "SELECT merged_id, survivor_id, reason, merged_type FROM subject_merge ORDER BY merged_id");
    assertThat(merges).extracting(m -> ((Number) m.get("merged_id")).longValue()).containsExactly(operator, platform);
    assertThat(merges).allSatisfy(m -> {
      assertThat(((Number) m.get("survivor_id")).longValue()).isEqualTo(merchant);
      assertThat(m.get("reason")).isEqualTo("CREDIT_CODE");
    });
    assertThat(jdbc.queryForList("SELECT name FROM subject_name_history WHERE subject_id = ? ORDER BY id",
        String.class, merchant)).containsExactly("某某商贸有限公司", "某某商贸", "某某商贸(平台)");
    assertThat(jdbc.queryForObject("SELECT merged_account_id FROM subject_merge WHERE merged_id = ?", String.class,
        operator)).isEqualTo("room-1");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_role WHERE subject_id = ?", Long.class, other))
        .isEqualTo(1L);
  }

  @Test
  void theSameAccountOnTheSamePlatformIsOneStreamerAndKeepsTheOrganisationsCode() {
    long streamer = subject("STREAMER", "小明", null, "抖音", "acct-9", null);
    long operator = subject("ROOM_OPERATOR", "小明直播间", "91310113MA1GL0003Z", "抖音", "acct-9", "310113");
    long elsewhere = subject("STREAMER", "小明", null, "快手", "acct-9", null);
    long complaint = complaint("TS-2");
    jdbc.update("INSERT INTO complaint_subject (complaint_id, role, subject_id) VALUES (?, 'STREAMER', ?)", complaint,
        operator);

    flyway.to("14");

    assertThat(jdbc.queryForList("SELECT id FROM supervised_subject WHERE merged_into IS NULL ORDER BY id",
        Long.class)).containsExactly(streamer, elsewhere);
    Map<String, Object> survivor = jdbc.queryForMap("SELECT credit_code, district_code FROM supervised_subject"
        + " WHERE id = ?", streamer);
    assertThat(survivor.get("credit_code")).isEqualTo("91310113MA1GL0003Z");
    assertThat(survivor.get("district_code")).isEqualTo("310113");
    assertThat(jdbc.queryForList("SELECT role FROM subject_role WHERE subject_id = ? ORDER BY role", String.class,
        streamer)).containsExactly("ROOM_OPERATOR", "STREAMER");
    assertThat(jdbc.queryForObject("SELECT subject_id FROM complaint_subject WHERE complaint_id = ?", Long.class,
        complaint)).isEqualTo(streamer);
    assertThat(jdbc.queryForObject("SELECT reason FROM subject_merge WHERE merged_id = ?", String.class, operator))
        .isEqualTo("ACCOUNT");
  }

  private long subject(String type, String name, String code, String platform, String account, String district) {
    jdbc.update("INSERT INTO supervised_subject (subject_type, name, credit_code, platform_name, account_id,"
        + " district_code, created_at) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", type, name, code, platform,
        account, district);
    return jdbc.queryForObject("SELECT MAX(id) FROM supervised_subject", Long.class);
  }

  private long complaint(String no) {
    jdbc.update("INSERT INTO complaint (complaint_no, source, received_at, claims, description, status, created_at)"
        + " VALUES (?, 'HOTLINE', CURRENT_TIMESTAMP, 'REFUND', '虚假宣传', 'CLOSED', CURRENT_TIMESTAMP)", no);
    return jdbc.queryForObject("SELECT MAX(id) FROM complaint", Long.class);
  }

  private long clue(String no) {
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at)"
        + " VALUES (?, 'MONITORING', CURRENT_TIMESTAMP, 'FALSE_ADVERTISING', '夸大功效', 'VERIFYING', CURRENT_TIMESTAMP)",
        no);
    return jdbc.queryForObject("SELECT MAX(id) FROM clue", Long.class);
  }

  /** Flyway as the application configures it (table, placeholder), migrating to a chosen version. */
  private record Migrations(javax.sql.DataSource dataSource, String tableOptions) {

    void to(String version) {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("domain_schema_history")
          .placeholders(Map.of("table_options", tableOptions)).target(MigrationVersion.fromVersion(version)).load()
          .migrate();
    }
  }
}
