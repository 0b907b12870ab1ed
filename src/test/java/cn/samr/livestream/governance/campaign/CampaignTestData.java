package cn.samr.livestream.governance.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Records for the campaign's figures, written straight into the tables (the features that register them are tested
 * elsewhere): clues with their findings and tier, cases with fines, spot checks, take-down documents, tags.
 */
final class CampaignTestData {

  private CampaignTestData() {
  }

  static long clue(JdbcTemplate jdbc, String number, String unit, LocalDateTime receivedAt) {
    return clue(jdbc, number, unit, receivedAt, null, null);
  }

  static long clue(JdbcTemplate jdbc, String number, String unit, LocalDateTime receivedAt, Boolean substantiated,
      String tier) {
    return insert(jdbc, "INSERT INTO clue (clue_no, source, received_at, category, handling_unit, facts, status,"
        + " substantiated, tier, created_at) VALUES (?, 'MONITORING', ?, 'ECOMMERCE', ?, '测试线索', 'VERIFYING', ?, ?, ?)",
        number, receivedAt, unit, substantiated, tier, receivedAt);
  }

  static long caseFile(JdbcTemplate jdbc, String number, long clueId, String unit, LocalDateTime filedAt,
      LocalDateTime decidedAt, BigDecimal fine, LocalDateTime closedAt) {
    return insert(jdbc, "INSERT INTO case_file (case_no, clue_id, unit, status, filed_at, decided_at, fine_amount,"
        + " closed_at, created_at) VALUES (?, ?, ?, 'INVESTIGATING', ?, ?, ?, ?, ?)",
        number, clueId, unit, filedAt, decidedAt, fine, closedAt, filedAt == null ? LocalDateTime.now() : filedAt);
  }

  static long assignment(JdbcTemplate jdbc, String unit, String month) {
    Long existing = jdbc.query("SELECT id FROM spot_check_assignment WHERE unit_code = ? AND month_code = ?",
        rs -> rs.next() ? rs.getLong(1) : null, unit, month);
    if (existing != null) {
      return existing;
    }
    return insert(jdbc, "INSERT INTO spot_check_assignment (unit_code, month_code, quota, focus_areas, status,"
        + " created_at) VALUES (?, ?, 10, 'FOOD', 'OPEN', ?)", unit, month, LocalDateTime.now());
  }

  static long spotCheck(JdbcTemplate jdbc, String unit, LocalDate day, boolean suspected) {
    long assignment = assignment(jdbc, unit, day.toString().substring(0, 7));
    return insert(jdbc, "INSERT INTO spot_check (assignment_id, check_date, platform, live_room, product_or_service,"
        + " focus_area, check_result, recorded_by, recorded_at) VALUES (?, ?, '抖音', '测试直播间', '测试商品', 'FOOD', ?,"
        + " 'test', ?)", assignment, day, suspected ? "SUSPECTED_VIOLATION" : "NORMAL", day.atTime(10, 0));
  }

  static long takedown(JdbcTemplate jdbc, String unit, Long clueId, Long caseId, LocalDate issuedOn) {
    return insert(jdbc, "INSERT INTO enforcement_action (action_type, clue_id, case_id, unit, issued_on, created_at)"
        + " VALUES ('TAKEDOWN', ?, ?, ?, ?, ?)", clueId, caseId, unit, issuedOn, issuedOn.atTime(10, 0));
  }

  static void tag(JdbcTemplate jdbc, long campaignId, String kind, long recordId, String unit) {
    jdbc.update("INSERT INTO campaign_tag (campaign_id, record_kind, record_id, unit, tagged_by, tagged_at, via)"
        + " VALUES (?, ?, ?, ?, 'test', ?, 'LATER')", campaignId, kind, recordId, unit, LocalDateTime.now());
  }

  private static final java.util.concurrent.atomic.AtomicInteger CODES =
      new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 100_000));

  /** A campaign row in the given state without a process (the process is SpecialCampaignProcessTest's). */
  static Campaign campaign(CampaignMapper mapper, CampaignStatus status, LocalDate from, LocalDate to,
      String... units) {
    Campaign campaign = new Campaign();
    campaign.setCode("ZXT-" + CODES.incrementAndGet());
    campaign.setName("测试专项" + campaign.getCode());
    campaign.setLevel(CampaignLevel.CITY);
    campaign.setOwnerUnit("coordination-group");
    campaign.setPeriodFrom(from);
    campaign.setPeriodTo(to);
    campaign.setStatus(status);
    campaign.setCreatedBy("test");
    campaign.setCreatedAt(LocalDateTime.now());
    mapper.insert(campaign);
    for (String unit : units) {
      CampaignUnit row = new CampaignUnit();
      row.setCampaignId(campaign.getId());
      row.setUnit(unit);
      mapper.insertUnit(row);
    }
    return campaign;
  }

  private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }
}
