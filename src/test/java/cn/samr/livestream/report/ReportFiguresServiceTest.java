package cn.samr.livestream.report;

import static cn.samr.livestream.report.ReportRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Times;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure of the monthly statistics table against numbers worked out by hand, for March 2025
 * (no other test has data in it): Baoshan and Pudong have data inside the month, on its first and
 * last second, and just outside it (the last second of February, the first second of April);
 * Huangpu has a little; the complaint centre's rows are not in the table. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class ReportFiguresServiceTest {

  static final YearMonth MARCH = YearMonth.of(2025, 3);
  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";
  static final String HUANGPU = "district-310101";
  static final String CENTRE = "complaint-centre";

  @Autowired ReportFiguresService figures;
  @Autowired OrganizationService organization;
  @Autowired JdbcTemplate jdbc;
  @Autowired SqlSessionTemplate sqlSession;

  ReportRows rows;

  @BeforeEach
  void seedMarch() {
    rows = new ReportRows(jdbc, "RPT-SVC");
    seed(rows);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The month's data; the expected figures are worked out in {@link #assertBaoshan} and {@link #assertPudong}. */
  static void seed(ReportRows r) {
    // complaints: unit, received, accepted, closed, closed on time
    long c1 = r.complaint(BAOSHAN, "2025-03-01 00:00:00", "2025-03-03 10:00:00", "2025-03-20 16:00:00", true);
    long c2 = r.complaint(BAOSHAN, "2025-02-28 23:59:59", "2025-03-02 09:00:00", "2025-03-31 23:59:59", false);
    long c3 = r.complaint(BAOSHAN, "2025-03-15 09:00:00", null, null, null);
    r.complaint(BAOSHAN, "2025-03-31 23:59:59", "2025-04-01 00:00:00", null, null);
    r.complaint(BAOSHAN, "2025-01-10 09:00:00", "2025-01-12 09:00:00", "2025-04-01 00:00:00", true);
    r.complaint(BAOSHAN, "2025-02-10 09:00:00", "2025-02-11 09:00:00", "2025-02-28 23:59:59", true);
    r.complaint(BAOSHAN, "2025-04-01 00:00:00", null, null, null);
    long c7 = r.complaint(PUDONG, "2025-03-05 09:00:00", "2025-03-06 09:00:00", "2025-03-25 09:00:00", true);
    r.complaint(PUDONG, "2025-03-07 09:00:00", "2025-03-08 09:00:00", "2025-03-28 09:00:00", true);
    r.complaint(PUDONG, "2025-03-09 09:00:00", "2025-03-10 09:00:00", "2025-03-30 09:00:00", false);
    r.complaint(HUANGPU, "2025-03-10 09:00:00", null, null, null);
    r.complaint(CENTRE, "2025-03-10 09:00:00", "2025-03-11 09:00:00", "2025-03-12 09:00:00", true);

    // remedies: complaint, party, fulfilled amount, fulfilled on
    r.remedy(c1, "MERCHANT", "299.00", "2025-03-01");
    r.remedy(c1, "PLATFORM", "100.50", "2025-03-31");
    r.remedy(c2, "MERCHANT", "50.00", "2025-02-28");
    r.remedy(c3, "MERCHANT", "70.00", "2025-04-01");
    r.remedy(c3, "STREAMER", null, null);
    r.remedy(c7, "MERCHANT", "1000.00", "2025-03-15");

    // clues: unit, source, received, verification due, verified, marked overdue
    long k1 = r.clue(BAOSHAN, "MONITORING", "2025-03-02 10:00:00", "2025-03-23 23:59:59", "2025-03-10 10:00:00", false);
    r.clue(BAOSHAN, "REPORT", "2025-03-03 10:00:00", "2025-03-24 23:59:59", "2025-03-20 10:00:00", false);
    r.clue(BAOSHAN, "REPORT", "2025-02-20 10:00:00", "2025-03-13 23:59:59", "2025-03-18 10:00:00", true);
    r.clue(BAOSHAN, "REPORT", "2025-03-31 23:59:59", "2025-04-21 23:59:59", null, false);
    r.clue(BAOSHAN, "REPORT", "2025-02-28 23:59:59", "2025-03-21 23:59:59", "2025-04-01 00:00:00", true);
    r.clue(BAOSHAN, "REPORT", "2025-03-05 10:00:00", "2025-03-26 17:00:00", "2025-03-26 17:00:00", false);
    r.clue(BAOSHAN, "REPORT", "2025-03-06 10:00:00", "2025-03-20 10:00:00", "2025-03-20 10:00:01", false);
    r.clue(BAOSHAN, "REPORT", "2025-04-01 00:00:00", "2025-04-22 23:59:59", null, false);
    r.clue(PUDONG, "REPORT", "2025-03-01 00:00:00", "2025-03-22 23:59:59", "2025-03-10 10:00:00", false);
    r.clue(PUDONG, "PLATFORM", "2025-03-04 10:00:00", "2025-03-25 23:59:59", null, false);
    r.clue(HUANGPU, "REPORT", "2025-03-05 10:00:00", "2025-03-26 23:59:59", "2025-03-06 10:00:00", false);
    r.clue(CENTRE, "REPORT", "2025-03-05 10:00:00", "2025-03-26 23:59:59", "2025-03-06 10:00:00", false);

    // enforcement actions: unit, type, issued on, outcome
    r.action(BAOSHAN, "ADMONITION", "2025-03-01", null);
    r.action(BAOSHAN, "ADMONITION", "2025-03-31", null);
    r.action(BAOSHAN, "ADMONITION", "2025-02-28", null);
    r.action(BAOSHAN, "ADMONITION", "2025-04-01", null);
    r.action(BAOSHAN, "GUIDANCE", "2025-03-10", null);
    r.action(BAOSHAN, "ORDER_TO_CORRECT", "2025-03-05", "CORRECTED");
    r.action(BAOSHAN, "ORDER_TO_CORRECT", "2025-03-06", "NOT_CORRECTED");
    r.action(BAOSHAN, "FOLLOW_UP_CHECK", "2025-03-20", "CORRECTED");
    r.action(BAOSHAN, "FOLLOW_UP_CHECK", "2025-03-21", "NOT_CORRECTED");
    r.action(BAOSHAN, "FOLLOW_UP_CHECK", "2025-04-01", "CORRECTED");
    r.action(BAOSHAN, "TAKEDOWN", "2025-03-15", null);
    r.action(BAOSHAN, "PENALTY_DECISION", "2025-03-15", null);
    r.action(BAOSHAN, "CASE_FILING", "2025-03-12", null);
    r.action(PUDONG, "GUIDANCE", "2025-03-02", null);
    r.action(PUDONG, "GUIDANCE", "2025-03-03", null);
    r.action(PUDONG, "TAKEDOWN", "2025-03-04", null);
    r.action(PUDONG, "TAKEDOWN", "2025-03-05", null);
    r.action(PUDONG, "TAKEDOWN", "2025-03-31", null);
    r.action(PUDONG, "ORDER_TO_CORRECT", "2025-03-08", null);
    r.action(PUDONG, "FOLLOW_UP_CHECK", "2025-03-28", "CORRECTED");
    r.action(HUANGPU, "ADMONITION", "2025-03-10", null);

    // cases: clue, unit, filed, decided, fine, confiscation
    r.caseFile(k1, BAOSHAN, "2025-03-02 10:00:00", "2025-03-25 10:00:00", "5000.00", "1200.50");
    r.caseFile(k1, BAOSHAN, "2025-01-15 10:00:00", "2025-03-31 23:59:59", "20000.00", null);
    r.caseFile(k1, BAOSHAN, "2025-02-28 23:59:59", "2025-04-01 00:00:00", "99999.00", "99999.00");
    r.caseFile(k1, BAOSHAN, "2025-03-20 10:00:00", null, null, null);
    r.caseFile(k1, BAOSHAN, "2025-04-01 00:00:00", null, null, null);
    r.caseFile(k1, BAOSHAN, "2025-03-01 00:00:00", "2025-03-15 10:00:00", null, "300.00");
    r.caseFile(k1, PUDONG, "2025-03-10 10:00:00", "2025-03-30 10:00:00", "800.00", "0.00");

    // criminal transfers: clue, unit, reported, transferred
    r.transfer(k1, BAOSHAN, "2025-03-05 10:00:00", "2025-03-12 10:00:00");
    r.transfer(k1, BAOSHAN, "2025-03-25 10:00:00", "2025-04-01 00:00:00");
    r.transfer(k1, BAOSHAN, "2025-03-05 10:00:00", null);
    r.transfer(k1, BAOSHAN, "2025-02-20 10:00:00", "2025-02-28 23:59:59");
    r.transfer(k1, PUDONG, "2025-03-20 10:00:00", "2025-03-31 23:59:59");
    r.transfer(k1, PUDONG, "2025-02-25 10:00:00", "2025-03-01 00:00:00");

    // spot checks: Baoshan's March assignment (quota 12) with 11 checks, 3 suspected; February and
    // April assignments are other months; Pudong has no assignment; Huangpu one without checks
    long march = r.assignment(BAOSHAN, "2025-03", 12);
    for (int i = 1; i <= 11; i++) {
      r.spotCheck(march, "2025-03-%02d".formatted(i), i <= 3 ? "SUSPECTED_VIOLATION" : "NORMAL");
    }
    long february = r.assignment(BAOSHAN, "2025-02", 10);
    r.spotCheck(february, "2025-02-28", "SUSPECTED_VIOLATION");
    long april = r.assignment(BAOSHAN, "2025-04", 10);
    r.spotCheck(april, "2025-04-01", "NORMAL");
    r.assignment(HUANGPU, "2025-03", 10);

    // escalations: unit, reported
    r.escalation(BAOSHAN, "2025-03-03 10:00:00");
    r.escalation(BAOSHAN, "2025-03-31 23:59:59");
    r.escalation(BAOSHAN, "2025-04-01 00:00:00");
    r.escalation(HUANGPU, "2025-02-28 23:59:59");

    // department transfers (移交其他部门): requesting unit, letter sent
    r.departmentTransfer(BAOSHAN, "2025-03-01 00:00:00");
    r.departmentTransfer(BAOSHAN, "2025-03-31 23:59:59");
    r.departmentTransfer(BAOSHAN, "2025-04-01 00:00:00");
    r.departmentTransfer(BAOSHAN, null);
    r.departmentTransfer(HUANGPU, "2025-02-28 23:59:59");

    // submissions: Baoshan on time with remarks, Pudong still pending
    long report = r.monthlyReport("2025-03");
    r.districtReport(report, BAOSHAN, "2025-03", true, "宝山区三月情况说明", "建议加强保健食品直播监测");
    r.districtReport(report, PUDONG, "2025-03", null, null, null);
    r.pendingReportsForOtherDistricts(report, "2025-03");
  }

  static void assertBaoshan(DistrictFigures b) {
    assertThat(b.getUnitCode()).isEqualTo(BAOSHAN);
    assertThat(b.getUnitName()).isEqualTo("宝山区市场监督管理局");
    // the March assignment: 11 checks (days 1–11) of quota 12, days 1–3 suspected; Feb/Apr assignments not counted
    assertThat(b.getSpotChecks()).isEqualTo(11);
    assertThat(b.getSpotCheckQuota()).isEqualTo(12);
    assertThat(b.getSuspectedViolations()).isEqualTo(3);
    assertThat(b.getSpotCheckRate()).isEqualByComparingTo("91.7"); // 11 / 12 = 91.67 %
    // received 03-02 MONITORING, 03-03, 03-31 23:59:59, 03-05, 03-06 (REPORT) = 5; not 02-20, 02-28 23:59:59, 04-01 00:00
    assertThat(b.getCluesReceived()).isEqualTo(5);
    // verified 03-10, 03-20, 03-18, 03-26, 03-20 10:00:01 = 5; not the one verified 04-01 00:00:00
    assertThat(b.getCluesVerified()).isEqualTo(5);
    // REPORT received 03-03, 03-31 23:59:59, 03-05, 03-06 = 4 (not 04-01 00:00:00)
    assertThat(b.getReportsReceived()).isEqualTo(4);
    // REPORT verified 03-20, 03-18, 03-26 17:00, 03-20 10:00:01 = 4
    assertThat(b.getReportsVerified()).isEqualTo(4);
    // on time: 03-20 <= 03-24 and 03-26 17:00 = due (equal counts); not 03-18 > 03-13 (marked overdue),
    // not 10:00:01 > 10:00:00 (a second late, even though not marked) = 2 → 2 / 4 = 50.0 %
    assertThat(b.getReportsVerifiedOnTime()).isEqualTo(2);
    assertThat(b.getReportsOnTimeRate()).isEqualByComparingTo("50.0");
    // ADMONITION 03-01 and 03-31 = 2 (not 02-28, 04-01)
    assertThat(b.getAdmonitions()).isEqualTo(2);
    assertThat(b.getGuidanceLetters()).isEqualTo(1);
    assertThat(b.getOrdersToCorrect()).isEqualTo(2);
    // FOLLOW_UP_CHECK CORRECTED on 03-20 = 1 (not NOT_CORRECTED 03-21, not CORRECTED 04-01, not the order's own outcome)
    assertThat(b.getOrdersCorrected()).isEqualTo(1);
    assertThat(b.getTakedowns()).isEqualTo(1);
    // filed 03-02, 03-20, 03-01 00:00:00 = 3 (not 01-15, 02-28 23:59:59, 04-01 00:00:00)
    assertThat(b.getCasesFiled()).isEqualTo(3);
    // decided 03-25, 03-31 23:59:59, 03-15 = 3 (not 04-01 00:00:00)
    assertThat(b.getCasesDecided()).isEqualTo(3);
    // 5000.00 + 20000.00 + (none) = 25000.00; the 99999.00 case was decided in April
    assertThat(b.getFines()).isEqualTo(new BigDecimal("25000.00"));
    // 1200.50 + (none) + 300.00 = 1500.50
    assertThat(b.getConfiscations()).isEqualTo(new BigDecimal("1500.50"));
    // transferred 03-12 = 1 (not 04-01 00:00:00, not unsent, not 02-28 23:59:59)
    assertThat(b.getCriminalTransfers()).isEqualTo(1);
    // received 03-01 00:00:00, 03-15, 03-31 23:59:59 = 3 (not 02-28 23:59:59, 01-10, 02-10, 04-01 00:00:00)
    assertThat(b.getComplaintsReceived()).isEqualTo(3);
    // accepted 03-03, 03-02 = 2 (not 04-01 00:00:00)
    assertThat(b.getComplaintsAccepted()).isEqualTo(2);
    // closed 03-20 (on time), 03-31 23:59:59 (late) = 2 (not 04-01 00:00:00, 02-28 23:59:59); 1 on time → 50.0 %
    assertThat(b.getComplaintsClosed()).isEqualTo(2);
    assertThat(b.getComplaintsClosedOnTime()).isEqualTo(1);
    assertThat(b.getComplaintsOnTimeRate()).isEqualByComparingTo("50.0");
    // fulfilled 03-01 299.00 + 03-31 100.50 = 399.50 (not 02-28 50.00, 04-01 70.00, the unfulfilled one)
    assertThat(b.getRefundsRecovered()).isEqualTo(new BigDecimal("399.50"));
    // reported 03-03, 03-31 23:59:59 = 2 (not 04-01 00:00:00)
    assertThat(b.getEscalations()).isEqualTo(2);
    // letters sent 03-01 00:00:00, 03-31 23:59:59 = 2 (not 04-01 00:00:00, nor the transfer not sent yet)
    assertThat(b.getDepartmentTransfers()).isEqualTo(2);
    assertThat(b.getSubmittedOnTime()).isTrue();
    assertThat(b.getRemarks()).isEqualTo("宝山区三月情况说明");
    assertThat(b.getSuggestions()).isEqualTo("建议加强保健食品直播监测");
  }

  static void assertPudong(DistrictFigures p) {
    assertThat(p.getUnitCode()).isEqualTo(PUDONG);
    // no assignment: nothing checked against the organisation's quota of 10
    assertThat(p.getSpotChecks()).isZero();
    assertThat(p.getSpotCheckQuota()).isEqualTo(OrgUnit.DEFAULT_SPOT_CHECK_QUOTA);
    assertThat(p.getSuspectedViolations()).isZero();
    // REPORT 03-01 00:00:00 and PLATFORM 03-04 received = 2; the report verified 03-10 <= 03-22 = 1, on time
    assertThat(p.getCluesReceived()).isEqualTo(2);
    assertThat(p.getCluesVerified()).isEqualTo(1);
    assertThat(p.getReportsReceived()).isEqualTo(1);
    assertThat(p.getReportsVerified()).isEqualTo(1);
    assertThat(p.getReportsVerifiedOnTime()).isEqualTo(1);
    assertThat(p.getReportsOnTimeRate()).isEqualByComparingTo("100.0");
    assertThat(p.getAdmonitions()).isZero();
    assertThat(p.getGuidanceLetters()).isEqualTo(2);
    assertThat(p.getOrdersToCorrect()).isEqualTo(1);
    assertThat(p.getOrdersCorrected()).isEqualTo(1);
    // TAKEDOWN 03-04, 03-05, 03-31 = 3
    assertThat(p.getTakedowns()).isEqualTo(3);
    assertThat(p.getCasesFiled()).isEqualTo(1);
    assertThat(p.getCasesDecided()).isEqualTo(1);
    assertThat(p.getFines()).isEqualTo(new BigDecimal("800.00"));
    assertThat(p.getConfiscations()).isEqualTo(new BigDecimal("0.00"));
    // transferred 03-31 23:59:59 and 03-01 00:00:00 = 2
    assertThat(p.getCriminalTransfers()).isEqualTo(2);
    // three complaints received, accepted and closed in March, two on time → 2 / 3 = 66.7 %
    assertThat(p.getComplaintsReceived()).isEqualTo(3);
    assertThat(p.getComplaintsAccepted()).isEqualTo(3);
    assertThat(p.getComplaintsClosed()).isEqualTo(3);
    assertThat(p.getComplaintsClosedOnTime()).isEqualTo(2);
    assertThat(p.getComplaintsOnTimeRate()).isEqualByComparingTo("66.7");
    assertThat(p.getRefundsRecovered()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(p.getEscalations()).isZero();
    assertThat(p.getDepartmentTransfers()).isZero();
    // pending submission: not yet known
    assertThat(p.getSubmittedOnTime()).isNull();
    assertThat(p.getRemarks()).isNull();
  }

  static void assertHuangpu(DistrictFigures h) {
    assertThat(h.getUnitCode()).isEqualTo(HUANGPU);
    // an assignment without checks: 0 of 10
    assertThat(h.getSpotChecks()).isZero();
    assertThat(h.getSpotCheckQuota()).isEqualTo(10);
    assertThat(h.getComplaintsReceived()).isEqualTo(1);
    assertThat(h.getComplaintsOnTimeRate()).isNull();
    assertThat(h.getCluesReceived()).isEqualTo(1);
    assertThat(h.getReportsVerifiedOnTime()).isEqualTo(1);
    assertThat(h.getAdmonitions()).isEqualTo(1);
    // the escalation of 02-28 23:59:59 is February's
    assertThat(h.getEscalations()).isZero();
    // the transfer sent 02-28 23:59:59 is February's
    assertThat(h.getDepartmentTransfers()).isZero();
    assertThat(h.getSubmittedOnTime()).isNull();
  }

  @Test
  void computesEveryFigureOfADistrict() {
    assertBaoshan(figures.compute(BAOSHAN, MARCH));
    assertPudong(figures.compute(PUDONG, MARCH));
    assertHuangpu(figures.compute(HUANGPU, MARCH));
  }

  @Test
  void computesEveryActiveDistrictInDisplayOrderWithZerosWhereNothingHappened() {
    List<DistrictFigures> all = figures.computeAll(MARCH);

    assertThat(all).extracting(DistrictFigures::getUnitCode)
        .containsExactlyElementsOf(organization.activeDistricts().stream().map(OrgUnit::getCode).toList())
        .hasSize(18)
        .doesNotContain(CENTRE);
    assertBaoshan(row(all, BAOSHAN));
    assertPudong(row(all, PUDONG));
    assertHuangpu(row(all, HUANGPU));
    assertThat(row(all, BAOSHAN)).usingRecursiveComparison().isEqualTo(figures.compute(BAOSHAN, MARCH));
    DistrictFigures jiading = row(all, "district-310114");
    assertThat(jiading).usingRecursiveComparison()
        .ignoringFields("unitCode", "unitName", "displayOrder", "spotCheckQuota", "fines", "confiscations",
            "refundsRecovered")
        .isEqualTo(new DistrictFigures());
    assertThat(jiading.getSpotCheckQuota()).isEqualTo(10);
    assertThat(jiading.getFines()).isEqualTo(new BigDecimal("0.00"));
    assertThat(jiading.getComplaintsOnTimeRate()).isNull();
  }

  /**
   * 按时核查 counts every statutory step of a report: verification and the filing decision within the verification
   * limit (处罚程序规定 Art.18), a real-name reporter told within 5 working days of the decision (投诉举报办法
   * Art.31, the notice record's deadline). Minhang, March 2025, figures as they stand on Thu 3 April.
   */
  @Test
  void reportsVerifiedOnTimeCountEveryStepEachLateAndEachOnTime() {
    String minhang = "district-310112";
    setClock("2025-04-03 10:00:00");
    // 1 on time: verified, decided, reporter told on the 12th, notice due on the 18th
    long told = rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-11 10:00:00", true, "2025-03-12");
    rows.reporterNotice(told, minhang, "2025-03-12", "2025-03-18 23:59:59");
    // 2 late: the filing decision after the verification limit
    rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-25 10:00:00", false, null);
    // 3 late: the reporter told after the 5 working days (recorded the 25th, the notice was due on the 18th)
    long toldLate = rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-11 10:00:00", true, "2025-03-25");
    rows.reporterNotice(toldLate, minhang, "2025-03-25", "2025-03-18 23:59:59");
    // 4 late: a back-dated notice day does not help, the record was made after the deadline
    long backDated = rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-11 10:00:00", true, "2025-03-14");
    rows.reporterNotice(backDated, minhang, "2025-03-25", "2025-03-18 23:59:59");
    // 5 late: decided on the 11th, reporter still not told on 3 April
    rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-11 10:00:00", true, null);
    // 6 on time: decided Mon 31 March, the 5 working days run to Tue 8 April (4–6 April Qingming)
    rows.report(minhang, "2025-04-10 23:59:59", "2025-03-28 10:00:00", "2025-03-31 10:00:00", true, null);
    // 7 on time: not real-name, verified and decided in time
    rows.report(minhang, "2025-03-20 23:59:59", "2025-03-10 10:00:00", "2025-03-12 10:00:00", false, null);
    // 8 on time: decision pending, its limit (10 April) not reached; 9 late: pending past its limit (31 March)
    rows.report(minhang, "2025-04-10 23:59:59", "2025-03-28 10:00:00", null, false, null);
    rows.report(minhang, "2025-03-31 23:59:59", "2025-03-21 10:00:00", null, false, null);

    DistrictFigures m = figures.compute(minhang, MARCH);
    assertThat(m.getReportsVerified()).isEqualTo(9);
    assertThat(m.getReportsVerifiedOnTime()).isEqualTo(4);
    assertThat(m.getReportsOnTimeRate()).isEqualByComparingTo("44.4");

    // on 9 April the reporter of the 31 March decision has still not been told: late now
    setClock("2025-04-09 10:00:00");
    assertThat(figures.compute(minhang, MARCH).getReportsVerifiedOnTime()).isEqualTo(3);
  }

  @Test
  void anInactiveDistrictIsNotInTheTable() {
    jdbc.update("UPDATE org_unit SET active = FALSE WHERE code = 'district-airport'");
    // rolled back with the test's transaction; the cached units are dropped now and again at its end
    organization.unitsChanged();
    sqlSession.clearCache();

    assertThat(figures.computeAll(MARCH)).extracting(DistrictFigures::getUnitCode)
        .hasSize(17).doesNotContain("district-airport");
  }

  @Test
  void anUnknownUnitIsRefused() {
    assertThatThrownBy(() -> figures.compute("district-999999", MARCH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readLiveGivesTheCityTotalsAsSumsWithRatesOfTheSums() {
    setClock("2025-04-03 09:30:15");

    MonthlyStatistics live = figures.read(MARCH);

    assertThat(live.frozen()).isFalse();
    assertThat(live.frozenAt()).isNull();
    assertThat(live.asOf()).isEqualTo(at("2025-04-03 09:30:15"));
    assertThat(live.districts()).hasSize(18);
    DistrictFigures total = live.total();
    assertThat(total.getUnitName()).isEqualTo("全市合计");
    // Baoshan + Pudong + Huangpu; every other district has zeros
    assertThat(total.getSpotChecks()).isEqualTo(11);
    assertThat(total.getSpotCheckQuota()).isEqualTo(12 + 17 * 10);
    assertThat(total.getSuspectedViolations()).isEqualTo(3);
    assertThat(total.getCluesReceived()).isEqualTo(5 + 2 + 1);
    assertThat(total.getCluesVerified()).isEqualTo(5 + 1 + 1);
    assertThat(total.getReportsReceived()).isEqualTo(4 + 1 + 1);
    assertThat(total.getReportsVerified()).isEqualTo(4 + 1 + 1);
    assertThat(total.getReportsVerifiedOnTime()).isEqualTo(2 + 1 + 1);
    // 4 / 6 = 66.7 % (not the mean of 50, 100 and 100)
    assertThat(total.getReportsOnTimeRate()).isEqualByComparingTo("66.7");
    assertThat(total.getAdmonitions()).isEqualTo(2 + 0 + 1);
    assertThat(total.getGuidanceLetters()).isEqualTo(1 + 2);
    assertThat(total.getOrdersToCorrect()).isEqualTo(2 + 1);
    assertThat(total.getOrdersCorrected()).isEqualTo(1 + 1);
    assertThat(total.getTakedowns()).isEqualTo(1 + 3);
    assertThat(total.getCasesFiled()).isEqualTo(3 + 1);
    assertThat(total.getCasesDecided()).isEqualTo(3 + 1);
    assertThat(total.getFines()).isEqualTo(new BigDecimal("25800.00"));
    assertThat(total.getConfiscations()).isEqualTo(new BigDecimal("1500.50"));
    assertThat(total.getCriminalTransfers()).isEqualTo(1 + 2);
    assertThat(total.getComplaintsReceived()).isEqualTo(3 + 3 + 1);
    assertThat(total.getComplaintsAccepted()).isEqualTo(2 + 3);
    assertThat(total.getComplaintsClosed()).isEqualTo(2 + 3);
    assertThat(total.getComplaintsClosedOnTime()).isEqualTo(1 + 2);
    // 3 / 5 = 60.0 %
    assertThat(total.getComplaintsOnTimeRate()).isEqualByComparingTo("60.0");
    assertThat(total.getRefundsRecovered()).isEqualTo(new BigDecimal("1399.50"));
    assertThat(total.getEscalations()).isEqualTo(2);
    assertThat(total.getDepartmentTransfers()).isEqualTo(2);
  }

  @Test
  void freezeStoresTheRowsAndLaterChangesDoNotAlterWhatIsRead() {
    setClock("2025-04-06 15:00:00");

    figures.freeze(MARCH);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_figures WHERE month_code = '2025-03'",
        Integer.class)).isEqualTo(18);
    assertThat(jdbc.queryForMap("SELECT complaints_received, fines, remarks, submitted_on_time, frozen_at"
        + " FROM monthly_report_figures WHERE month_code = '2025-03' AND unit_code = ?", BAOSHAN))
        .containsEntry("COMPLAINTS_RECEIVED", 3)
        .containsEntry("REMARKS", "宝山区三月情况说明")
        .containsEntry("SUBMITTED_ON_TIME", true)
        .satisfies(row -> assertThat((BigDecimal) row.get("FINES")).isEqualByComparingTo("25000.00"));
    assertThat(figures.isFrozen(MARCH)).isTrue();

    // later: a complaint registered late, a case decided late, the remarks edited
    setClock("2025-05-10 10:00:00");
    rows.complaint(BAOSHAN, "2025-03-18 10:00:00", null, null, null);
    rows.caseFile(jdbc.queryForObject("SELECT MIN(id) FROM clue WHERE clue_no LIKE 'RPT-SVC-%'", Long.class),
        BAOSHAN, "2025-03-21 10:00:00", "2025-03-28 10:00:00", "1000.00", null);
    jdbc.update("UPDATE district_report SET remarks = '改过的说明' WHERE unit_code = ? AND month_code = '2025-03'", BAOSHAN);
    sqlSession.clearCache();
    DistrictFigures now = figures.compute(BAOSHAN, MARCH);
    assertThat(now.getComplaintsReceived()).as("live figures see the change").isEqualTo(4);
    assertThat(now.getFines()).isEqualTo(new BigDecimal("26000.00"));
    assertThat(now.getRemarks()).isEqualTo("改过的说明");

    MonthlyStatistics read = figures.read(MARCH);

    assertThat(read.frozen()).isTrue();
    assertThat(read.frozenAt()).isEqualTo(at("2025-04-06 15:00:00"));
    assertThat(read.asOf()).isEqualTo(at("2025-04-06 15:00:00"));
    assertThat(read.districts()).extracting(DistrictFigures::getUnitCode)
        .containsExactlyElementsOf(organization.activeDistricts().stream().map(OrgUnit::getCode).toList());
    assertBaoshan(row(read.districts(), BAOSHAN));
    assertPudong(row(read.districts(), PUDONG));
    assertHuangpu(row(read.districts(), HUANGPU));
    assertThat(read.total().getComplaintsReceived()).isEqualTo(7);
    assertThat(read.total().getFines()).isEqualTo(new BigDecimal("25800.00"));

    assertThatThrownBy(() -> figures.freeze(MARCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2025-03").hasMessageContaining("已定稿");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report_figures WHERE month_code = '2025-03'",
        Integer.class)).isEqualTo(18);
  }

  static DistrictFigures row(List<DistrictFigures> all, String unit) {
    return all.stream().filter(f -> unit.equals(f.getUnitCode())).findFirst().orElseThrow();
  }

  private static void setClock(String time) {
    ClockUtil.setCurrentTime(Times.toDate(at(time)));
  }
}
