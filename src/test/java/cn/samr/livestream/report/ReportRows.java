package cn.samr.livestream.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made rows of the tables the monthly figures are counted from, inserted with plain SQL so a
 * test controls every date. Numbers carry a prefix so {@link #deleteAll()} removes exactly what was
 * inserted (for tests that commit, e.g. over HTTP).
 */
final class ReportRows {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcTemplate jdbc;
  private final String prefix;

  ReportRows(JdbcTemplate jdbc, String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
  }

  /** "2025-03-01 00:00:00" as a LocalDateTime. */
  static LocalDateTime at(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T'));
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private String next() {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  long complaint(String unit, String receivedAt, String acceptedAt, String closedAt, Boolean closedOnTime) {
    String no = next();
    jdbc.update("INSERT INTO complaint (complaint_no, source, received_at, claims, description, handling_unit, status,"
        + " accepted_at, closed_at, closed_on_time, created_at) VALUES (?, 'HOTLINE', ?, 'REFUND', '统计测试', ?, ?, ?, ?, ?, ?)",
        no, at(receivedAt), unit, closedAt != null ? "CLOSED" : "IN_PROGRESS", time(acceptedAt), time(closedAt),
        closedOnTime, at(receivedAt));
    return jdbc.queryForObject("SELECT id FROM complaint WHERE complaint_no = ?", Long.class, no);
  }

  void remedy(long complaintId, String partyRole, String fulfilledAmount, String fulfilledOn) {
    jdbc.update("INSERT INTO remedy_obligation (complaint_id, party_role, remedy_types, amount_owed, status,"
        + " fulfilled_amount, fulfilled_on) VALUES (?, ?, 'REFUND', 1000.00, ?, ?, ?)",
        complaintId, partyRole, fulfilledOn != null ? "FULFILLED" : "NOTIFIED",
        fulfilledAmount != null ? new BigDecimal(fulfilledAmount) : null, fulfilledOn != null ? day(fulfilledOn) : null);
  }

  long clue(String unit, String source, String receivedAt, String verificationDue, String verifiedAt, boolean overdue) {
    String no = next();
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, handling_unit, facts, status,"
        + " verification_due, verification_overdue, verified_at, decided_at, created_at)"
        + " VALUES (?, ?, ?, 'ADVERTISING', ?, '统计测试', 'VERIFYING', ?, ?, ?, ?, ?)",
        no, source, at(receivedAt), unit, time(verificationDue), overdue, time(verifiedAt), time(verifiedAt),
        at(receivedAt));
    return jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
  }

  /** A report (举报) verified on time, with its filing decision and, for a real-name reporter, when they were told. */
  long report(String unit, String verificationDue, String verifiedAt, String decidedAt, boolean realName,
      String notifiedOn) {
    String no = next();
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, handling_unit, facts, status,"
        + " verification_due, verification_overdue, verified_at, decided_at, real_name_report, reporter_notified_at,"
        + " created_at) VALUES (?, 'REPORT', ?, 'ADVERTISING', ?, '统计测试', 'IN_RESPONSE', ?, FALSE, ?, ?, ?, ?, ?)",
        no, at("2025-03-03 09:00:00"), unit, time(verificationDue), time(verifiedAt), time(decidedAt), realName,
        notifiedOn != null ? day(notifiedOn).atStartOfDay() : null, at("2025-03-03 09:00:00"));
    return jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, no);
  }

  /** The REPORTER_NOTICE record as ClueService.notifyReporter writes it: recorded on issuedOn, due by deadline. */
  void reporterNotice(long clueId, String unit, String issuedOn, String deadline) {
    jdbc.update("INSERT INTO enforcement_action (action_type, unit, clue_id, issued_on, deadline, outcome, detail,"
        + " created_at) VALUES ('REPORTER_NOTICE', ?, ?, ?, ?, 'NO_CASE', ?, ?)",
        unit, clueId, day(issuedOn), at(deadline), prefix, day(issuedOn).atStartOfDay());
  }

  void action(String unit, String actionType, String issuedOn, String outcome) {
    jdbc.update("INSERT INTO enforcement_action (action_type, unit, issued_on, outcome, detail, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", actionType, unit, day(issuedOn), outcome, prefix, day(issuedOn).atStartOfDay());
  }

  void caseFile(long clueId, String unit, String filedAt, String decidedAt, String fine, String confiscation) {
    jdbc.update("INSERT INTO case_file (case_no, clue_id, unit, status, filed_at, decided_at, fine_amount,"
        + " confiscation_amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        next(), clueId, unit, decidedAt != null ? "DECIDED" : "INVESTIGATING", time(filedAt), time(decidedAt),
        amount(fine), amount(confiscation), at(filedAt));
  }

  void transfer(long clueId, String unit, String reportedAt, String transferredAt) {
    jdbc.update("INSERT INTO criminal_transfer (transfer_no, clue_id, unit, status, reporting_officers, reported_at,"
        + " transferred_at) VALUES (?, ?, ?, ?, 'officer-a,officer-b', ?, ?)",
        next(), clueId, unit, transferredAt != null ? "TRANSFERRED" : "REPORTED", at(reportedAt), time(transferredAt));
  }

  long assignment(String unit, String monthCode, int quota) {
    jdbc.update("INSERT INTO spot_check_assignment (unit_code, month_code, quota, focus_areas, status, process_instance_id,"
        + " created_at) VALUES (?, ?, ?, 'FOOD', 'OPEN', ?, ?)", unit, monthCode, quota, prefix,
        LocalDate.parse(monthCode + "-01").atStartOfDay());
    return jdbc.queryForObject("SELECT id FROM spot_check_assignment WHERE unit_code = ? AND month_code = ?", Long.class,
        unit, monthCode);
  }

  void spotCheck(long assignmentId, String checkDate, String result) {
    jdbc.update("INSERT INTO spot_check (assignment_id, check_date, platform, live_room, product_or_service, focus_area,"
        + " check_result, recorded_by, recorded_at) VALUES (?, ?, '某直播平台', ?, '保健食品', 'FOOD', ?, 'report-test', ?)",
        assignmentId, day(checkDate), prefix, result, day(checkDate).atStartOfDay());
  }

  void escalation(String unit, String reportedAt) {
    jdbc.update("INSERT INTO escalation (escalation_no, source, reporting_unit, title, description, status, reported_by,"
        + " reported_at) VALUES (?, 'API', ?, '统计测试', '统计测试', 'TRIAGE', 'report-test', ?)",
        next(), unit, at(reportedAt));
  }

  /** A department transfer (部门移送) of the unit whose letter went out at sentAt (null: not sent yet). */
  void departmentTransfer(String unit, String sentAt) {
    jdbc.update("INSERT INTO department_transfer (transfer_no, department, sender_unit, status, reason, facts,"
        + " feedback_working_days, requested_by, requested_at, sent_at) VALUES (?, 'CYBERSPACE', ?, ?,"
        + " 'OUTSIDE_COMPETENCE', '统计测试', 15, 'report-test', ?, ?)",
        next(), unit, sentAt != null ? "SENT" : "AWAITING_APPROVAL", at("2025-02-20 10:00:00"), time(sentAt));
  }

  long monthlyReport(String monthCode) {
    jdbc.update("INSERT INTO monthly_report (month_code, status, submission_due, opened_at) VALUES (?, 'REVIEWING', ?, ?)",
        monthCode, LocalDate.parse(monthCode + "-01").plusMonths(1).plusDays(4).atStartOfDay(),
        LocalDate.parse(monthCode + "-01").plusMonths(1).atStartOfDay());
    return jdbc.queryForObject("SELECT id FROM monthly_report WHERE month_code = ?", Long.class, monthCode);
  }

  void districtReport(long reportId, String unit, String monthCode, Boolean onTime, String remarks, String suggestions) {
    jdbc.update("INSERT INTO district_report (report_id, unit_code, month_code, status, due_at, on_time, remarks,"
        + " suggestions, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reportId, unit, monthCode, onTime != null ? "SUBMITTED" : "PENDING",
        LocalDate.parse(monthCode + "-01").plusMonths(1).plusDays(4).atStartOfDay(), onTime, remarks, suggestions,
        onTime != null ? LocalDate.parse(monthCode + "-01").plusMonths(1).plusDays(2).atStartOfDay() : null);
  }

  /** A pending district_report for every other active district: opening a month asks every district. */
  void pendingReportsForOtherDistricts(long reportId, String monthCode) {
    jdbc.queryForList("SELECT code FROM org_unit WHERE kind = 'DISTRICT' AND active = TRUE AND code NOT IN"
        + " (SELECT unit_code FROM district_report WHERE month_code = ?)", String.class, monthCode)
        .forEach(unit -> districtReport(reportId, unit, monthCode, null, null, null));
  }

  /** Removes what this instance inserted for the given month (and the month's frozen figures). */
  void deleteAll(String monthCode) {
    String like = prefix + "-%";
    jdbc.update("DELETE FROM monthly_report_figures WHERE month_code = ?", monthCode);
    jdbc.update("DELETE FROM district_report WHERE month_code = ?", monthCode);
    jdbc.update("DELETE FROM monthly_report WHERE month_code = ?", monthCode);
    jdbc.update("DELETE FROM escalation WHERE escalation_no LIKE ?", like);
    jdbc.update("DELETE FROM department_transfer WHERE transfer_no LIKE ?", like);
    jdbc.update("DELETE FROM spot_check WHERE live_room = ?", prefix);
    jdbc.update("DELETE FROM spot_check_assignment WHERE process_instance_id = ?", prefix);
    jdbc.update("DELETE FROM criminal_transfer WHERE transfer_no LIKE ?", like);
    jdbc.update("DELETE FROM case_file WHERE case_no LIKE ?", like);
    jdbc.update("DELETE FROM enforcement_action WHERE detail = ?", prefix);
    jdbc.update("DELETE FROM clue WHERE clue_no LIKE ?", like);
    jdbc.update("DELETE FROM remedy_obligation WHERE complaint_id IN"
        + " (SELECT id FROM complaint WHERE complaint_no LIKE ?)", like);
    jdbc.update("DELETE FROM complaint WHERE complaint_no LIKE ?", like);
  }

  private static LocalDateTime time(String text) {
    return text == null ? null : at(text);
  }

  private static BigDecimal amount(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
