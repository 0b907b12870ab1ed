package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sources of typical cases with every kind of personal data the check must catch: a real-name report about a
 * Baoshan company (reporter with name, phone, ID number, address), referred from a complaint (complainant's name and
 * phone), registered by an officer, filed as a case whose penalty decision is published; and the same as a criminal
 * transfer the police accepted. Rows of other features are written as those features store them.
 */
public final class TypicalCaseFixtures {

  public static final String UNIT = "district-310113";
  public static final String HEAD = "district-310113-head";
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);
  private static final String HAN_DIGITS = "零一二三四五六七八九";

  private final JdbcTemplate jdbc;
  private final ClueIntakeService clues;

  public TypicalCaseFixtures(JdbcTemplate jdbc, ClueIntakeService clues) {
    this.jdbc = jdbc;
    this.clues = clues;
  }

  /** Everything personal or identifying about one source; the check must find each of these. */
  public record Source(String sourceNo, Long caseId, Long transferId, long clueId, String clueNo, String subjectName,
      String subjectCore, String creditCode, String accountId, String formerName, String reporterName,
      String reporterPhone, String reporterIdNumber, String complaintNo, String complainantName,
      String complainantPhone, String decisionNo, String officer) {
  }

  /** A closed case with its penalty decision published (公示). */
  public Source publishedCase(String officer) {
    return source(officer, true, true);
  }

  /** A case decided but not yet published: not a source yet. */
  public Source unpublishedCase(String officer) {
    return source(officer, true, false);
  }

  /** A criminal transfer the police accepted. */
  public Source acceptedTransfer(String officer) {
    return source(officer, false, true);
  }

  /** A criminal transfer still waiting for the police. */
  public Source pendingTransfer(String officer) {
    return source(officer, false, false);
  }

  private Source source(String officer, boolean asCase, boolean ready) {
    long n = SEQUENCE.incrementAndGet();
    String han = han(n);
    String name = "上海" + han + "网络科技有限公司";
    String formerName = "上海" + han + "贸易有限公司";
    String creditCode = ComplaintFixtures.uniqueCreditCode("310113");
    String account = "room" + n;
    String reporterId = idNumber("31011319900101" + String.format("%03d", n % 1000));
    LocalDateTime now = LocalDateTime.now().minusDays(30);
    ClueRequest request = new ClueRequest(ClueSource.REPORT, "TC-" + n, now, ViolationCategory.ADVERTISING, "310113",
        List.of(new ClueRequest.Subject(SubjectType.ROOM_OPERATOR, name, creditCode, "抖音", account, "310113")),
        "举报人反映直播间宣称普通化妆品具有祛斑功效", List.of("截图" + n + ".png"),
        new ClueRequest.Reporter("王举" + han.charAt(0), "1370000" + String.format("%04d", n % 10000), reporterId,
            "上海市宝山区某路" + n + "号"));
    ClueIntakeService.RegisteredClue clue = clues.register(request, officer);
    long subjectId = jdbc.queryForObject("SELECT subject_id FROM clue_subject WHERE clue_id = ?", Long.class,
        clue.clueId());
    jdbc.update("INSERT INTO subject_name_history (subject_id, name, credit_code, platform_name, account_id, source,"
        + " recorded_at) VALUES (?, ?, NULL, NULL, NULL, 'CORRECTION', ?)", subjectId, formerName, now);
    // the complaint the clue was referred from, with its complainant
    String complaintNo = "TS-20260101-" + String.format("%05d", n % 100000);
    jdbc.update("INSERT INTO complaint (complaint_no, source, received_at, claims, description, status, created_at)"
        + " VALUES (?, 'HOTLINE', ?, 'REFUND', '收到假货', 'CLOSED', ?)", complaintNo, now, now);
    long complaintId = jdbc.queryForObject("SELECT id FROM complaint WHERE complaint_no = ?", Long.class, complaintNo);
    String complainantName = "赵投" + han.charAt(han.length() - 1);
    String complainantPhone = "1390000" + String.format("%04d", n % 10000);
    jdbc.update("INSERT INTO complainant (complaint_id, name, phone) VALUES (?, ?, ?)", complaintId, complainantName,
        complainantPhone);
    jdbc.update("INSERT INTO referral (referral_no, complaint_id, category, reason, facts, target_unit, status,"
        + " created_at) VALUES (?, ?, 'ADVERTISING', 'VIOLATION_CLUE', '虚假宣传', ?, 'DISPATCHED', ?)",
        "ZY-" + n, complaintId, UNIT, now);
    long referralId = jdbc.queryForObject("SELECT id FROM referral WHERE referral_no = ?", Long.class, "ZY-" + n);
    jdbc.update("UPDATE clue SET referral_id = ? WHERE id = ?", referralId, clue.clueId());
    String decisionNo = "沪宝山市监处罚〔2026〕" + n + "号";
    String caseNo = "沪宝山市监立〔2026〕" + n + "号";
    jdbc.update("INSERT INTO case_file (case_no, clue_id, subject_id, unit, status, created_at, decided_at, decision_no,"
        + " fine_amount, confiscation_amount, warning, published_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 50000,"
        + " 1200, FALSE, ?, ?)", caseNo, clue.clueId(), subjectId, UNIT, ready || !asCase ? "CLOSED" : "SERVED", now,
        now, decisionNo, ready || !asCase ? now : null, ready || !asCase ? now : null);
    long caseId = jdbc.queryForObject("SELECT id FROM case_file WHERE case_no = ?", Long.class, caseNo);
    if (asCase) {
      return new Source(caseNo, caseId, null, clue.clueId(), clue.clueNo(), name, han + "网络科技", creditCode, account,
          formerName, request.reporter().name(), request.reporter().phone(), reporterId, complaintNo,
          complainantName, complainantPhone, decisionNo, officer);
    }
    String transferNo = "沪宝山市监移〔2026〕" + n + "号";
    jdbc.update("INSERT INTO criminal_transfer (transfer_no, clue_id, clue_no, case_id, subject_id, unit, status,"
        + " reporting_officers, reported_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", transferNo, clue.clueId(),
        clue.clueNo(), caseId, subjectId, UNIT, ready ? "ACCEPTED" : "TRANSFERRED", officer + ",typical-officer-z", now,
        ready ? "ACCEPTED" : null);
    long transferId = jdbc.queryForObject("SELECT id FROM criminal_transfer WHERE transfer_no = ?", Long.class,
        transferNo);
    return new Source(transferNo, null, transferId, clue.clueId(), clue.clueNo(), name, han + "网络科技", creditCode,
        account, formerName, request.reporter().name(), request.reporter().phone(), reporterId, complaintNo,
        complainantName, complainantPhone, decisionNo, officer);
  }

  /** A write-up as the draft form submits it, with nothing personal in it. */
  public static Map<String, Object> cleanDraft() {
    Map<String, Object> draft = new HashMap<>();
    draft.put(TypicalCaseProcess.Var.TITLE.name(), "上海某网络科技有限公司直播带货虚假宣传案");
    draft.put(TypicalCaseProcess.Var.PARTY_DESIGNATION.name(), "上海某网络科技有限公司");
    draft.put(TypicalCaseProcess.Var.FACTS.name(), "当事人通过某网络主播在直播间宣称普通化妆品具有祛斑功效，销售额共计3万余元。");
    draft.put(TypicalCaseProcess.Var.VIOLATION.name(), "发布虚假广告");
    draft.put(TypicalCaseProcess.Var.BASIS.name(), "《中华人民共和国广告法》第二十八条、第五十五条");
    draft.put(TypicalCaseProcess.Var.OUTCOME.name(), "责令停止发布违法广告，罚款5万元");
    draft.put(TypicalCaseProcess.Var.SIGNIFICANCE.name(), "直播带货中的功效宣传须有依据，平台与主播均应审核。");
    return draft;
  }

  private static String han(long n) {
    StringBuilder s = new StringBuilder();
    for (char c : String.format("%06d", n % 1_000_000).toCharArray()) {
      s.append(HAN_DIGITS.charAt(c - '0'));
    }
    return s.toString();
  }

  /** The 17 digits with their check character (GB 11643). */
  public static String idNumber(String seventeen) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (seventeen.charAt(i) - '0') * weights[i];
    }
    return seventeen + "10X98765432".charAt(sum % 11);
  }
}
