package cn.samr.livestream.governance.credit;

import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Subjects and decided cases for the credit-listing tests, written through the register and plain SQL. */
final class CreditFixtures {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEADS = "district-310113-head";
  static final String PUDONG = "district-310115";
  private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

  private CreditFixtures() {
  }

  /** A company registered in the district, with a unified social credit code of its own. */
  static long company(SubjectRegistry subjects, String name, String districtCode) {
    int n = SEQUENCE.incrementAndGet();
    String code = String.format("91310000MA1X%06d", n % 1_000_000);
    return subjects.resolve(SubjectType.MERCHANT, name + n, code, null, null, districtCode).getId();
  }

  /** A case of the unit against the subject, decided with a penalty: its case number. */
  static String decidedCase(JdbcTemplate jdbc, long subjectId, String unit, LocalDateTime decidedAt) {
    int n = SEQUENCE.incrementAndGet();
    String clueNo = "XS-20260101-" + (90000 + n % 10000);
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at) "
        + "VALUES (?, 'REPORT', ?, 'PRODUCT_QUALITY', '直播间销售不合格充电宝', 'VERIFIED', ?)", clueNo, decidedAt, decidedAt);
    long clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
    String caseNo = "沪宝山市监立〔2026〕" + (9000 + n % 1000) + "号";
    jdbc.update("INSERT INTO case_file (case_no, clue_id, subject_id, unit, status, extended, excluded_days, created_at,"
        + " decided_at, decision_no, serious_violation_list) VALUES (?, ?, ?, ?, 'DECIDED', FALSE, 0, ?, ?, ?, TRUE)",
        caseNo, clueId, subjectId, unit, decidedAt, decidedAt, "沪宝山市监罚〔2026〕" + (9000 + n % 1000) + "号");
    return caseNo;
  }

  static long caseId(JdbcTemplate jdbc, String caseNo) {
    return jdbc.queryForObject("SELECT id FROM case_file WHERE case_no = ?", Long.class, caseNo);
  }
}
