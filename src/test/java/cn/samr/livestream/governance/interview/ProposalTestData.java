package cn.samr.livestream.governance.interview;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The records 约谈建议 counts, written with plain SQL (complaints, clues, orders to correct, commitments checked), with
 * numbers of their own so that they never meet the application's.
 */
final class ProposalTestData {

  static final String UNIT = "district-310113";
  private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

  private ProposalTestData() {
  }

  /** A register record (type PLATFORM) without roles. */
  static long subject(JdbcTemplate jdbc, String name, String district, LocalDateTime at) {
    return insert(jdbc, "INSERT INTO supervised_subject (subject_type, name, district_code, created_at)"
        + " VALUES ('PLATFORM', ?, ?, ?)", name + next(), district, Timestamp.valueOf(at));
  }

  /** A complaint received then naming the subject. */
  static long complaint(JdbcTemplate jdbc, long subjectId, LocalDateTime receivedAt) {
    long id = insert(jdbc, "INSERT INTO complaint (complaint_no, source, received_at, claims, description, status,"
        + " created_at) VALUES (?, 'HOTLINE', ?, 'REFUND', '收到假货', 'CLOSED', ?)", "TSP-" + next(),
        Timestamp.valueOf(receivedAt), Timestamp.valueOf(receivedAt));
    jdbc.update("INSERT INTO complaint_subject (complaint_id, role, subject_id) VALUES (?, 'MERCHANT', ?)", id,
        subjectId);
    return id;
  }

  /** A clue received then naming the subject, found substantiated or not. */
  static long clue(JdbcTemplate jdbc, long subjectId, LocalDateTime receivedAt, boolean substantiated) {
    long id = insert(jdbc, "INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at,"
        + " substantiated) VALUES (?, 'REPORT', ?, 'PRODUCT_QUALITY', '直播间销售不合格充电宝', 'VERIFIED', ?, ?)",
        "XSP-" + next(), Timestamp.valueOf(receivedAt), Timestamp.valueOf(receivedAt), substantiated);
    jdbc.update("INSERT INTO clue_subject (clue_id, subject_id) VALUES (?, ?)", id, subjectId);
    return id;
  }

  /** An order to correct (责令改正) issued that day against the subject or on a clue, with its outcome. */
  static long order(JdbcTemplate jdbc, Long subjectId, Long clueId, LocalDate issuedOn, String outcome) {
    return insert(jdbc, "INSERT INTO enforcement_action (action_type, clue_id, subject_id, unit, issued_on, outcome,"
        + " created_at) VALUES ('ORDER_TO_CORRECT', ?, ?, ?, ?, ?, ?)", clueId, subjectId, UNIT,
        java.sql.Date.valueOf(issuedOn), outcome, Timestamp.valueOf(issuedOn.atStartOfDay()));
  }

  /** A commitment the subject made at a closed interview, checked then with this status. */
  static long commitment(JdbcTemplate jdbc, long subjectId, String status, LocalDateTime checkedAt) {
    long interview = insert(jdbc, "INSERT INTO interview (interview_no, kind, origin, status, host_unit, issues,"
        + " requested_by, requested_at, closed_at) VALUES (?, 'INTERVIEW', 'REQUEST', 'CLOSED', ?, '事由', 'test', ?, ?)",
        "YTP-" + next(), UNIT, Timestamp.valueOf(checkedAt.minusDays(30)), Timestamp.valueOf(checkedAt));
    long row = insert(jdbc, "INSERT INTO interview_subject (interview_id, subject_id) VALUES (?, ?)", interview,
        subjectId);
    return insert(jdbc, "INSERT INTO interview_commitment (commitment_no, interview_subject_id, content, due_on, status,"
        + " checked_by, checked_at) VALUES (?, ?, '下架无标签商品', ?, ?, 'test', ?)", "CNP-" + next(), row,
        java.sql.Date.valueOf(checkedAt.toLocalDate()), status, Timestamp.valueOf(checkedAt));
  }

  private static int next() {
    return SEQUENCE.incrementAndGet() % 100_000_000;
  }

  private static long insert(JdbcTemplate jdbc, String sql, Object... values) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement;
    }, key);
    return key.getKey().longValue();
  }
}
