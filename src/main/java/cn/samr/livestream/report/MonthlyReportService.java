package cn.samr.livestream.report;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month and deadline rules of the monthly report (月度数据报送, 沪市监广告〔2021〕66号 三(三)): on the 1st
 * the month just ended is opened once, with one report per active district due before the 5th
 * (end of the 4th, Beijing time); a reminder on the 3rd, overdue when the 5th begins, late submission
 * still taken (not on time); 广告处 reviews the compilation and freezes the figures.
 */
@Service
@Transactional
public class MonthlyReportService {

  /** Column lengths of district_report.remarks / suggestions and monthly_report.review_remarks. */
  static final int MAX_TEXT = 2000;
  /** district_report.supervision_note. */
  static final int MAX_NOTE = 1000;
  /** Camunda keeps string variables in a 4000-character column. */
  static final int MAX_FORM_TEXT = 3900;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final MonthlyReportMapper reports;
  private final DistrictReportMapper districtReports;
  private final OrganizationService organization;
  private final ReportFigures figures;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final int dueDay;
  private final int reminderDay;
  private final LocalTime reminderTime;
  private final int supervisionWorkingDays;
  private final boolean moveToWorkingDay;

  public MonthlyReportService(MonthlyReportMapper reports, DistrictReportMapper districtReports,
      OrganizationService organization, ReportFigures figures, WorkCalendar calendar, Clock clock,
      @Value("${livestream.report.due-day:5}") int dueDay,
      @Value("${livestream.report.reminder-day:3}") int reminderDay,
      @Value("${livestream.report.reminder-time:09:00}") String reminderTime,
      @Value("${livestream.report.supervision-working-days:2}") int supervisionWorkingDays,
      @Value("${livestream.report.move-to-working-day:true}") boolean moveToWorkingDay) {
    if (dueDay < 2 || dueDay > 28 || reminderDay < 1 || reminderDay >= dueDay) {
      throw new IllegalArgumentException("livestream.report: need 1 <= reminder-day < due-day <= 28, got "
          + reminderDay + " and " + dueDay);
    }
    this.reports = reports;
    this.districtReports = districtReports;
    this.organization = organization;
    this.figures = figures;
    this.calendar = calendar;
    this.clock = clock;
    this.dueDay = dueDay;
    this.reminderDay = reminderDay;
    this.reminderTime = LocalTime.parse(reminderTime);
    this.supervisionWorkingDays = supervisionWorkingDays;
    this.moveToWorkingDay = moveToWorkingDay;
  }

  /** The month reported on when the process starts: the one before today's (Beijing time). */
  public YearMonth monthJustEnded() {
    return YearMonth.now(clock).minusMonths(1);
  }

  /** The month's report and whether it was opened now (false: it had been opened before). */
  public record Opened(MonthlyReport report, boolean newlyOpened) {
  }

  /**
   * Opens the month: one monthly_report and one district_report per district active now, all due
   * before the 5th of the next month. Once per month: a month opened before is returned as it is, so
   * a district activated since does not join it (it reports from the next month on).
   */
  public Opened open(YearMonth month, String processInstanceId) {
    Optional<MonthlyReport> existing = reports.findByMonth(month.toString());
    if (existing.isPresent()) {
      return new Opened(existing.get(), false);
    }
    LocalDateTime now = now();
    MonthlyReport report = new MonthlyReport();
    report.setMonthCode(month.toString());
    report.setStatus(MonthlyReportStatus.COLLECTING);
    report.setSubmissionDue(submissionDue(month));
    report.setProcessInstanceId(processInstanceId);
    report.setOpenedAt(now);
    reports.insert(report);
    for (OrgUnit district : organization.activeDistricts()) {
      DistrictReport row = new DistrictReport();
      row.setReportId(report.getId());
      row.setUnitCode(district.getCode());
      row.setMonthCode(month.toString());
      row.setStatus(DistrictReportStatus.PENDING);
      row.setDueAt(report.getSubmissionDue());
      districtReports.insert(row);
    }
    return new Opened(report, true);
  }

  @Transactional(readOnly = true)
  public MonthlyReport report(long id) {
    return reports.findById(id).orElseThrow(() -> new NotFoundException("月度报送不存在：" + id, "no monthly report " + id));
  }

  @Transactional(readOnly = true)
  public Optional<MonthlyReport> reportOf(YearMonth month) {
    return reports.findByMonth(month.toString());
  }

  @Transactional(readOnly = true)
  public DistrictReport districtReport(long id) {
    return districtReports.findById(id)
        .orElseThrow(() -> new NotFoundException("区局报送不存在：" + id, "no district report " + id));
  }

  /** The month's district reports in the organisation's display order. */
  @Transactional(readOnly = true)
  public List<DistrictReport> districtReports(long reportId) {
    return districtReports.findByReport(reportId);
  }

  /** The multi-instance collection: one subprocess per district report of the month. */
  @Transactional(readOnly = true)
  public List<Long> districtReportIds(long reportId) {
    return districtReports.findIdsByReport(reportId);
  }

  // ------------------------------------------------------------------ deadlines

  /**
   * "Before the 5th": the end of the 4th of the next month, 23:59:59 Beijing time. When the 5th is not a working
   * day (and livestream.report.move-to-working-day is on) the deadline moves to the next working day: the report
   * is due by the end of that day (遇节假日顺延, docs/working-days.md).
   */
  public LocalDateTime submissionDue(YearMonth month) {
    LocalDate dueDate = month.plusMonths(1).atDay(dueDay);
    LocalDate moved = movedToWorkingDay(dueDate);
    return (moved.equals(dueDate) ? dueDate.minusDays(1) : moved).atTime(23, 59, 59);
  }

  /** The district task's due date: its report's due_at. */
  @Transactional(readOnly = true)
  public Date dueAt(long districtReportId) {
    return Times.toDate(districtReport(districtReportId).getDueAt());
  }

  /** The reminder: the 3rd of the next month, 09:00; on the next working day when the 3rd is not one. */
  public Date reminderAt(String month) {
    LocalDate day = movedToWorkingDay(YearMonth.parse(month).plusMonths(1).atDay(reminderDay));
    return Times.toDate(day.atTime(reminderTime));
  }

  /**
   * The deadline: the moment after the submission due (the 5th begins, or the day after the moved due day).
   * Overdue marking and the city review (at the latest).
   */
  public Date deadline(String month) {
    return Times.toDate(submissionDue(YearMonth.parse(month)).toLocalDate().plusDays(1).atStartOfDay());
  }

  private LocalDate movedToWorkingDay(LocalDate day) {
    if (!moveToWorkingDay) {
      return day;
    }
    LocalDate moved = day;
    while (!calendar.isWorkingDay(moved)) {
      moved = moved.plusDays(1);
    }
    return moved;
  }

  /** The head's supervision of a missing report: two working days after the deadline, end of day. */
  public Date supervisionDue(String month) {
    return calendar.addWorkingDays(deadline(month), supervisionWorkingDays);
  }

  /** 2026年11月4日（星期三）. */
  public String dateText(LocalDateTime time) {
    return calendar.formatDeadline(Times.toDate(time));
  }

  // ------------------------------------------------------------------ districts

  /** The reminder on the 3rd, while the district has not reported. */
  public void markReminded(long districtReportId) {
    districtReports.markReminded(districtReportId, now());
  }

  /** Not reported when the 5th began: overdue (逾期未报送). */
  public void markOverdue(long districtReportId) {
    districtReports.markOverdue(districtReportId, now());
  }

  /** 填报月度数据: the district submits its remarks and suggestions; late submission is taken, not on time. */
  public DistrictReport submit(long districtReportId, String remarks, String suggestions, String actor) {
    DistrictReport report = districtReport(districtReportId);
    Inputs inputs = new Inputs();
    String checkedRemarks = optionalText(inputs, remarks, ReportProcess.Var.REMARKS.name(), MAX_TEXT);
    String checkedSuggestions = optionalText(inputs, suggestions, ReportProcess.Var.SUGGESTIONS.name(), MAX_TEXT);
    inputs.throwIfAny();
    if (report.getStatus() != DistrictReportStatus.PENDING) {
      throw InvalidInputException.of(ReportProcess.Var.DISTRICT_REPORT_ID.name(), "本月数据已报送或已截止",
          "this month's report is closed");
    }
    LocalDateTime now = now();
    report.setStatus(DistrictReportStatus.SUBMITTED);
    report.setSubmittedAt(now);
    report.setSubmittedBy(actor);
    report.setOnTime(!now.isAfter(report.getDueAt()));
    report.setRemarks(checkedRemarks);
    report.setSuggestions(checkedSuggestions);
    if (districtReports.submit(report) != 1) {
      throw new IllegalStateException("district report " + districtReportId + " was not pending");
    }
    return report;
  }

  /** 逾期未报送督办 by the district's head: the note is required. */
  public void recordSupervision(long districtReportId, String note, String actor) {
    districtReport(districtReportId);
    String field = ReportProcess.Var.SUPERVISION_NOTE.name();
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of(field, "请填写督办意见", "give the supervision note");
    }
    Inputs inputs = new Inputs();
    String checked = optionalText(inputs, note, field, MAX_NOTE);
    inputs.throwIfAny();
    districtReports.recordSupervision(districtReportId, now(), actor, checked);
  }

  /** The district's figures as its task shows them, computed now. */
  @Transactional(readOnly = true)
  public String figuresText(String unitCode, YearMonth month) {
    return ReportTexts.figures(figures.compute(unitCode, month)) + "\n（系统于 " + STAMP.format(now())
        + " 根据本单位业务记录统计；以广告处审核冻结的统计表为准）";
  }

  // ------------------------------------------------------------------ city review

  @Transactional(readOnly = true)
  public boolean reviewStarted(long reportId) {
    return report(reportId).getStatus() != MonthlyReportStatus.COLLECTING;
  }

  /** 开启全市汇总审核: once, when every district has reported or at the deadline. */
  public void startReview(long reportId) {
    if (reports.startReview(reportId, now()) != 1) {
      throw new IllegalStateException("the review of monthly report " + reportId + " was opened before");
    }
  }

  /** What 广告处 sees in the review: counts, the overdue districts, the city totals, the districts' texts. */
  public record ReviewTexts(long due, long submitted, long onTime, long overdue, String submissionSummary,
      String cityTotals, String districtRemarks) {
  }

  @Transactional(readOnly = true)
  public ReviewTexts reviewTexts(long reportId) {
    MonthlyReport report = report(reportId);
    List<DistrictReport> rows = districtReports.findByReport(reportId);
    List<DistrictReport> submitted = rows.stream().filter(r -> r.getStatus() == DistrictReportStatus.SUBMITTED).toList();
    long onTime = submitted.stream().filter(r -> Boolean.TRUE.equals(r.getOnTime())).count();
    LocalDateTime now = now();
    // overdue: not reported by the due time, whether or not the overdue timer has run yet
    List<DistrictReport> overdue = rows.stream().filter(r -> r.isOverdue() || (r.getStatus() == DistrictReportStatus.SUBMITTED
        ? !Boolean.TRUE.equals(r.getOnTime()) : now.isAfter(r.getDueAt()))).toList();
    List<DistrictReport> missing = rows.stream().filter(r -> r.getStatus() != DistrictReportStatus.SUBMITTED).toList();
    String summary = String.join("\n",
        "应报送区局：" + rows.size() + " 个（报送期限 " + dateText(report.getSubmissionDue()) + "）",
        "已报送：" + submitted.size() + " 个（按时 " + onTime + " 个，逾期补报 " + (submitted.size() - onTime) + " 个）",
        "尚未报送：" + (missing.isEmpty() ? "无" : missing.size() + " 个：" + names(missing)),
        "逾期未报送（" + dueDay + "日前未报送）：" + (overdue.isEmpty() ? "无" : overdue.size() + " 个：" + overdue.stream()
            .map(r -> r.getUnitName() + (r.getStatus() == DistrictReportStatus.SUBMITTED
                ? "（" + DAY_TIME.format(r.getSubmittedAt()) + " 补报）" : "（尚未报送）"))
            .collect(Collectors.joining("、"))));
    YearMonth month = YearMonth.parse(report.getMonthCode());
    List<DistrictFigures> all = figures.computeAll(month);
    String totals = "全市 " + all.size() + " 个区局合计（系统于 " + STAMP.format(now) + " 统计，审核完成时冻结）：\n"
        + ReportTexts.figures(ReportFiguresService.total(all));
    String texts = submitted.stream().filter(r -> r.getRemarks() != null || r.getSuggestions() != null)
        .map(r -> "【" + r.getUnitName() + "】"
            + (r.getRemarks() != null ? "\n情况说明：" + r.getRemarks() : "")
            + (r.getSuggestions() != null ? "\n工作建议：" + r.getSuggestions() : ""))
        .collect(Collectors.joining("\n\n"));
    return new ReviewTexts(rows.size(), submitted.size(), onTime, overdue.size(), summary, cap(totals),
        texts.isEmpty() ? "（无）" : cap(texts));
  }

  /** The review remarks as stored: trimmed, at most 2000 characters, null when blank. */
  public String reviewRemarks(String remarks) {
    Inputs inputs = new Inputs();
    String checked = optionalText(inputs, remarks, ReportProcess.Var.REVIEW_REMARKS.name(), MAX_TEXT);
    inputs.throwIfAny();
    return checked;
  }

  /**
   * 审核全市汇总 completed: districts still pending are closed as NOT_SUBMITTED (未报送), the figures are
   * frozen (monthly_report_figures) and the report is FROZEN with who, when and the remarks.
   */
  public MonthlyReport freeze(long reportId, String remarks, String actor) {
    MonthlyReport report = report(reportId);
    String checked = reviewRemarks(remarks);
    if (report.getStatus() != MonthlyReportStatus.REVIEWING) {
      throw new IllegalStateException("monthly report " + report.getMonthCode() + " is " + report.getStatus());
    }
    districtReports.closeUnsubmitted(reportId);
    figures.freeze(YearMonth.parse(report.getMonthCode()));
    reports.freeze(reportId, now(), actor, checked);
    return report(reportId);
  }

  // ------------------------------------------------------------------ helpers

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private static String names(List<DistrictReport> rows) {
    return rows.stream().map(DistrictReport::getUnitName).collect(Collectors.joining("、"));
  }

  private static String cap(String text) {
    return text.length() <= MAX_FORM_TEXT ? text : text.substring(0, MAX_FORM_TEXT - 1) + "…";
  }

  /** Trimmed, null when blank; longer than {@code max} characters is a field error. */
  private static String optionalText(Inputs inputs, String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    inputs.require(trimmed.codePointCount(0, trimmed.length()) <= max, field, "不超过" + max + "字",
        "at most " + max + " characters");
    return trimmed;
  }
}
