package cn.samr.livestream.report;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly statistics table (网络直播营销活动监管数据统计表) computed from the domain tables, frozen
 * once the coordination group has reviewed the month, and read back for the API.
 *
 * <p>Definitions (统计口径, docs/monthly-report.md): a month is [the 1st 00:00, the next month's 1st
 * 00:00) Beijing time; a figure counts the rows whose date column named below falls in it, by the
 * unit column named below:
 * <ul>
 * <li>spotChecks: spot_check rows under the district's spot_check_assignment of that month_code;
 *     spotCheckQuota: that assignment's quota, or org_unit.spot_check_quota without an assignment;
 *     suspectedViolations: those checks with check_result SUSPECTED_VIOLATION.</li>
 * <li>cluesReceived: clue.received_at, by clue.handling_unit; cluesVerified: clue.verified_at.</li>
 * <li>admonitions, guidanceLetters, ordersToCorrect, takedowns: enforcement_action rows of action_type
 *     ADMONITION, GUIDANCE, ORDER_TO_CORRECT, TAKEDOWN with issued_on in the month, by
 *     enforcement_action.unit; ordersCorrected: FOLLOW_UP_CHECK rows with outcome CORRECTED.</li>
 * <li>casesFiled: case_file.filed_at; casesDecided: case_file.decided_at, by case_file.unit; fines,
 *     confiscations: the sums of fine_amount, confiscation_amount of the cases decided in the month.</li>
 * <li>criminalTransfers: criminal_transfer.transferred_at, by criminal_transfer.unit.</li>
 * <li>complaintsReceived, complaintsAccepted, complaintsClosed: complaint.received_at, accepted_at,
 *     closed_at, by complaint.handling_unit; complaintsClosedOnTime: closed in the month with
 *     closed_on_time true (every step kept its limit, closing included: ComplaintWorkflowService.close).</li>
 * <li>reportsReceived, reportsVerified: clues of source REPORT received, verified in the month;
 *     reportsVerifiedOnTime: of those verified, verified and decided by verification_due, never marked
 *     verification_overdue, and a real-name reporter told by the notice's deadline (or still in time as of now).</li>
 * <li>refundsRecovered: the sum of remedy_obligation.fulfilled_amount with fulfilled_on in the month,
 *     by the handling_unit of the obligation's complaint.</li>
 * <li>escalations: escalation.reported_at, by escalation.reporting_unit.</li>
 * <li>departmentTransfers (移交其他部门): department_transfer.sent_at (the letter), by department_transfer.sender_unit.</li>
 * <li>submittedOnTime, remarks, suggestions: the district's district_report of the month, if any.</li>
 * </ul>
 * Districts are the active org_unit rows of kind DISTRICT in display order; a district without data
 * has zeros. Rows of other units (complaint centre, enforcement corps) are not in the table.
 */
@Service
@Transactional
public class ReportFiguresService implements ReportFigures {

  /** unitName of the city totals row. */
  public static final String TOTAL_NAME = "全市合计";
  /** 投诉举报办法 Art.31: a real-name reporter is told within 5 working days of the decision. */
  static final int REPORTER_NOTICE_WORKING_DAYS = 5;

  private final ReportFiguresMapper mapper;
  private final OrganizationService organization;
  private final Clock clock;
  private final WorkCalendar calendar;

  public ReportFiguresService(ReportFiguresMapper mapper, OrganizationService organization, Clock clock,
      WorkCalendar calendar) {
    this.mapper = mapper;
    this.organization = organization;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** Days decided from the returned one on still have their 5 working days to tell the reporter (Art.31) today. */
  private FigurePeriod period(YearMonth month, String unit) {
    LocalDateTime now = now();
    LocalDate today = now.toLocalDate();
    LocalDate from = today;
    while (!calendar.addWorkingDays(from.minusDays(1), REPORTER_NOTICE_WORKING_DAYS).isBefore(today)) {
      from = from.minusDays(1);
    }
    return new FigurePeriod(month, unit, now, from.atStartOfDay());
  }

  /**
   * @throws IllegalArgumentException if no unit has this code
   */
  @Override
  @Transactional(readOnly = true)
  public DistrictFigures compute(String unitCode, YearMonth month) {
    OrgUnit unit = organization.unit(unitCode)
        .orElseThrow(() -> new IllegalArgumentException("Unknown organisation unit: " + unitCode));
    Map<String, DistrictFigures> rows = new LinkedHashMap<>();
    rows.put(unit.getCode(), blank(unit));
    fill(rows, period(month, unit.getCode()));
    return rows.get(unit.getCode());
  }

  @Override
  @Transactional(readOnly = true)
  public List<DistrictFigures> computeAll(YearMonth month) {
    Map<String, DistrictFigures> rows = new LinkedHashMap<>();
    organization.activeDistricts().forEach(unit -> rows.put(unit.getCode(), blank(unit)));
    fill(rows, period(month, null));
    return List.copyOf(rows.values());
  }

  /** The given units' figures, in the organisation's display order. */
  private List<DistrictFigures> computeFor(List<String> unitCodes, YearMonth month) {
    Map<String, DistrictFigures> rows = new LinkedHashMap<>();
    unitCodes.stream()
        .map(code -> organization.unit(code)
            .orElseThrow(() -> new IllegalStateException("Unknown organisation unit in district_report: " + code)))
        .sorted(java.util.Comparator.comparingInt(OrgUnit::getSortOrder))
        .forEach(unit -> rows.put(unit.getCode(), blank(unit)));
    fill(rows, period(month, null));
    return List.copyOf(rows.values());
  }

  /**
   * Stores the figures, computed now, of every district asked to report the month (its district_report
   * rows: a district activated or deactivated after the month was opened neither appears nor drops
   * out), or of every active district when the month was never opened for reporting, with its district_report's remarks,
   * suggestions and on-time flag, and frozen_at = now.
   *
   * @throws IllegalStateException if the month was frozen before
   */
  @Override
  public void freeze(YearMonth month) {
    String monthCode = month.toString();
    LocalDateTime frozenBefore = mapper.findFrozenAt(monthCode);
    if (frozenBefore != null) {
      throw new IllegalStateException("The statistics of " + monthCode + " were frozen at " + frozenBefore
          + " (月度统计表已定稿，不能再次定稿)");
    }
    LocalDateTime now = now();
    List<String> reporting = mapper.findReportingUnits(monthCode);
    List<DistrictFigures> rows = reporting.isEmpty() ? computeAll(month) : computeFor(reporting, month);
    rows.forEach(figures -> mapper.insertFrozen(monthCode, figures, now));
  }

  /** True once {@link #freeze} has stored the month. */
  @Transactional(readOnly = true)
  public boolean isFrozen(YearMonth month) {
    return mapper.findFrozenAt(month.toString()) != null;
  }

  /**
   * The month's table: the frozen rows when the month has been frozen, else every active district's
   * figures computed now; with the city totals.
   */
  @Transactional(readOnly = true)
  public MonthlyStatistics read(YearMonth month) {
    String monthCode = month.toString();
    LocalDateTime frozenAt = mapper.findFrozenAt(monthCode);
    if (frozenAt != null) {
      List<DistrictFigures> rows = mapper.findFrozen(monthCode);
      rows.forEach(ReportFiguresService::scaleAmounts);
      return new MonthlyStatistics(month, true, frozenAt, frozenAt, rows, total(rows));
    }
    List<DistrictFigures> rows = computeAll(month);
    return new MonthlyStatistics(month, false, null, now(), rows, total(rows));
  }

  /**
   * The city totals (全市合计): every count and amount summed over the rows, so the rates (computed by
   * {@link DistrictFigures} from its own counts) are those of the sums, not averages of the rates.
   * submittedOnTime, remarks and suggestions stay empty: they belong to a district's submission.
   */
  public static DistrictFigures total(List<DistrictFigures> rows) {
    DistrictFigures t = new DistrictFigures();
    t.setUnitName(TOTAL_NAME);
    for (DistrictFigures r : rows) {
      t.setSpotChecks(t.getSpotChecks() + r.getSpotChecks());
      t.setSpotCheckQuota(t.getSpotCheckQuota() + r.getSpotCheckQuota());
      t.setSuspectedViolations(t.getSuspectedViolations() + r.getSuspectedViolations());
      t.setCluesReceived(t.getCluesReceived() + r.getCluesReceived());
      t.setCluesVerified(t.getCluesVerified() + r.getCluesVerified());
      t.setAdmonitions(t.getAdmonitions() + r.getAdmonitions());
      t.setGuidanceLetters(t.getGuidanceLetters() + r.getGuidanceLetters());
      t.setOrdersToCorrect(t.getOrdersToCorrect() + r.getOrdersToCorrect());
      t.setOrdersCorrected(t.getOrdersCorrected() + r.getOrdersCorrected());
      t.setTakedowns(t.getTakedowns() + r.getTakedowns());
      t.setCasesFiled(t.getCasesFiled() + r.getCasesFiled());
      t.setCasesDecided(t.getCasesDecided() + r.getCasesDecided());
      t.setFines(t.getFines().add(r.getFines()));
      t.setConfiscations(t.getConfiscations().add(r.getConfiscations()));
      t.setCriminalTransfers(t.getCriminalTransfers() + r.getCriminalTransfers());
      t.setComplaintsReceived(t.getComplaintsReceived() + r.getComplaintsReceived());
      t.setComplaintsAccepted(t.getComplaintsAccepted() + r.getComplaintsAccepted());
      t.setComplaintsClosed(t.getComplaintsClosed() + r.getComplaintsClosed());
      t.setComplaintsClosedOnTime(t.getComplaintsClosedOnTime() + r.getComplaintsClosedOnTime());
      t.setReportsReceived(t.getReportsReceived() + r.getReportsReceived());
      t.setReportsVerified(t.getReportsVerified() + r.getReportsVerified());
      t.setReportsVerifiedOnTime(t.getReportsVerifiedOnTime() + r.getReportsVerifiedOnTime());
      t.setRefundsRecovered(t.getRefundsRecovered().add(r.getRefundsRecovered()));
      t.setEscalations(t.getEscalations() + r.getEscalations());
      t.setDepartmentTransfers(t.getDepartmentTransfers() + r.getDepartmentTransfers());
    }
    scaleAmounts(t);
    return t;
  }

  private void fill(Map<String, DistrictFigures> rows, FigurePeriod period) {
    merge(rows, mapper.spotChecks(period), (t, r) -> {
      t.setSpotChecks(r.getSpotChecks());
      t.setSpotCheckQuota(r.getSpotCheckQuota());
      t.setSuspectedViolations(r.getSuspectedViolations());
    });
    merge(rows, mapper.clues(period), (t, r) -> {
      t.setCluesReceived(r.getCluesReceived());
      t.setCluesVerified(r.getCluesVerified());
      t.setReportsReceived(r.getReportsReceived());
      t.setReportsVerified(r.getReportsVerified());
      t.setReportsVerifiedOnTime(r.getReportsVerifiedOnTime());
    });
    merge(rows, mapper.actions(period), (t, r) -> {
      t.setAdmonitions(r.getAdmonitions());
      t.setGuidanceLetters(r.getGuidanceLetters());
      t.setOrdersToCorrect(r.getOrdersToCorrect());
      t.setOrdersCorrected(r.getOrdersCorrected());
      t.setTakedowns(r.getTakedowns());
    });
    merge(rows, mapper.cases(period), (t, r) -> {
      t.setCasesFiled(r.getCasesFiled());
      t.setCasesDecided(r.getCasesDecided());
      t.setFines(r.getFines());
      t.setConfiscations(r.getConfiscations());
    });
    merge(rows, mapper.transfers(period), (t, r) -> t.setCriminalTransfers(r.getCriminalTransfers()));
    merge(rows, mapper.complaints(period), (t, r) -> {
      t.setComplaintsReceived(r.getComplaintsReceived());
      t.setComplaintsAccepted(r.getComplaintsAccepted());
      t.setComplaintsClosed(r.getComplaintsClosed());
      t.setComplaintsClosedOnTime(r.getComplaintsClosedOnTime());
    });
    merge(rows, mapper.refunds(period), (t, r) -> t.setRefundsRecovered(r.getRefundsRecovered()));
    merge(rows, mapper.escalations(period), (t, r) -> t.setEscalations(r.getEscalations()));
    merge(rows, mapper.departmentTransfers(period), (t, r) -> t.setDepartmentTransfers(r.getDepartmentTransfers()));
    merge(rows, mapper.submissions(period), (t, r) -> {
      t.setSubmittedOnTime(r.getSubmittedOnTime());
      t.setRemarks(r.getRemarks());
      t.setSuggestions(r.getSuggestions());
    });
    rows.values().forEach(ReportFiguresService::scaleAmounts);
  }

  /** Copies a query's figures into the rows of the units in the table; other units' rows are dropped. */
  private static void merge(Map<String, DistrictFigures> rows, List<DistrictFigures> results,
      BiConsumer<DistrictFigures, DistrictFigures> copy) {
    for (DistrictFigures result : results) {
      DistrictFigures target = rows.get(result.getUnitCode());
      if (target != null) {
        copy.accept(target, result);
      }
    }
  }

  private static DistrictFigures blank(OrgUnit unit) {
    DistrictFigures figures = new DistrictFigures();
    figures.setUnitCode(unit.getCode());
    figures.setUnitName(unit.getName());
    figures.setDisplayOrder(unit.getSortOrder());
    figures.setSpotCheckQuota(unit.getSpotCheckQuota());
    return figures;
  }

  /** Amounts in yuan with 2 decimals whatever the database answered (H2 and MySQL differ in SUM scales). */
  private static void scaleAmounts(DistrictFigures f) {
    f.setFines(yuan(f.getFines()));
    f.setConfiscations(yuan(f.getConfiscations()));
    f.setRefundsRecovered(yuan(f.getRefundsRecovered()));
  }

  private static BigDecimal yuan(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
