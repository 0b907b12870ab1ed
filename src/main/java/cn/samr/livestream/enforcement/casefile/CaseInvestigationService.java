package cn.samr.livestream.enforcement.casefile;

import static cn.samr.livestream.enforcement.casefile.CaseText.blank;
import static cn.samr.livestream.enforcement.casefile.CaseText.trim;

import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineBasis;
import cn.samr.livestream.calendar.DeadlineLedger;
import cn.samr.livestream.calendar.DeadlineUnit;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation of a filed case (调查取证) and its decision deadline (90 days, +30
 * with the head's approval; hearing, testing/appraisal and public-notice time excluded): the chosen
 * action, extensions, excluded periods, the overdue mark and supervision, and the transfer's end.
 */
@Service
@Transactional
public class CaseInvestigationService {

  private final CaseFileMapper cases;
  private final CaseFilingService filing;
  private final WorkCalendar calendar;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final Clock clock;
  private final DeadlineLedger deadlines;

  public CaseInvestigationService(CaseFileMapper cases, CaseFilingService filing, WorkCalendar calendar,
      ManagementService managementService, TaskService taskService, Clock clock, DeadlineLedger deadlines) {
    this.cases = cases;
    this.filing = filing;
    this.calendar = calendar;
    this.managementService = managementService;
    this.taskService = taskService;
    this.clock = clock;
    this.deadlines = deadlines;
  }

  /** The penalty the investigation proposes (拟处罚意见). */
  public record PlannedPenalty(Double fineAmount, Double confiscationAmount, Boolean warning, Boolean publication,
      Boolean seriousViolationList, Boolean licenceRevocation, Boolean suspendBusiness) {
  }

  public List<ExcludedPeriod> excludedPeriods(long caseId) {
    return cases.findExcludedPeriods(caseId);
  }

  /** 调查取证 completed: the chosen action must carry what it needs. */
  public InvestigationAction recordInvestigation(long caseId, String actionValue, String extensionReason,
      String excludedKind, String excludedStart, String excludedEnd, String suspectedOffence, String findings,
      PlannedPenalty planned) {
    InvestigationAction action = Inputs.enumValue(InvestigationAction.class, actionValue, "investigationAction");
    CaseFile caseFile = filing.caseFile(caseId);
    Inputs inputs = new Inputs();
    switch (action) {
      case EXTEND -> {
        inputs.require(!caseFile.isExtended() && !caseFile.isExtensionRequested(), "investigationAction",
            "已延期一次；再延期须经集体讨论决定", "already extended once; a further extension needs a collective decision")
            .require(!blank(extensionReason), "extensionReason", "请说明延期理由", "give the reason for the extension")
            .throwIfAny();
        caseFile.setExtensionRequested(true);
        caseFile.setExtensionNote(extensionReason.trim());
      }
      case EXCLUDE_PERIOD -> {
        Inputs.enumValue(ExcludedPeriodKind.class, excludedKind, "excludedKind");
        LocalDate start = Inputs.date(excludedStart, "excludedStart");
        LocalDate end = Inputs.date(excludedEnd, "excludedEnd");
        inputs.require(!end.isBefore(start), "excludedEnd", "结束日期不能早于开始日期", "must not be before the start")
            .require(caseFile.getFiledAt() == null || !start.isBefore(caseFile.getFiledAt().toLocalDate()),
                "excludedStart", "开始日期不能早于立案日期", "must not be before the filing date")
            .throwIfAny();
      }
      case SUSPECTED_CRIME -> {
        inputs.require(!blank(suspectedOffence), "suspectedOffence", "请填写涉嫌的犯罪及主要事实",
            "describe the suspected offence").throwIfAny();
        caseFile.setCrimeSuspected(true);
        caseFile.setSuspectedOffence(suspectedOffence.trim());
      }
      case CONCLUDE -> {
        PenaltyTerms.check(inputs, "planned", planned.fineAmount(), planned.confiscationAmount(),
            planned.warning(), planned.publication(), planned.seriousViolationList(), planned.licenceRevocation(),
            planned.suspendBusiness());
        inputs.require(!blank(findings), "findings", "请填写调查终结报告（违法事实与证据）",
            "give the findings (facts and evidence)").throwIfAny();
        caseFile.setFindings(findings.trim());
        caseFile.setPlannedPenalty(PenaltyTerms.describe(planned.fineAmount(), planned.confiscationAmount(),
            planned.warning(), planned.publication(), planned.seriousViolationList(), planned.licenceRevocation(),
            planned.suspendBusiness()));
        caseFile.setLicenceRevocation(Boolean.TRUE.equals(planned.licenceRevocation()));
        caseFile.setSuspendBusiness(Boolean.TRUE.equals(planned.suspendBusiness()));
        caseFile.setStatus(CaseStatus.AWAITING_DECISION);
      }
      default -> throw new IllegalStateException(action.name());
    }
    cases.update(caseFile);
    return action;
  }

  /** 延期审批: approved, the deadline, the running timer and the open tasks move to 90 + 30 days (期间 rule). */
  public DecisionDeadline decideExtension(long caseId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, "extensionApproved", "请选择是否批准延期", "choose whether to extend")
        .require(Boolean.TRUE.equals(approved) || !blank(note), "extensionNote", "不批准延期须说明理由",
            "give the reason for refusing")
        .throwIfAny();
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setExtensionNote(caseFile.getExtensionNote() + "；" + (approved ? "批准" : "不批准")
        + (blank(note) ? "" : "：" + note.trim()) + "（" + actor + "）");
    if (!approved) {
      caseFile.setExtensionRequested(false);
      cases.update(caseFile);
      return deadline(caseFile, Times.toDate(caseFile.getDecisionDue()));
    }
    caseFile.setExtended(true);
    cases.update(caseFile);
    return moveDecisionDeadline(caseFile);
  }

  /**
   * A hearing, testing/appraisal or public-notice period (start and end day included) does not count: the
   * deadline moves by its calendar days (then to a working day, from the basis), and with it the one running
   * deadline timer and the open tasks due then.
   */
  public DecisionDeadline excludePeriod(long caseId, String kindValue, String startValue, String endValue,
      String note, String actor) {
    ExcludedPeriodKind kind = Inputs.enumValue(ExcludedPeriodKind.class, kindValue, "excludedKind");
    LocalDate start = Inputs.date(startValue, kind == ExcludedPeriodKind.HEARING ? "hearingStart" : "excludedStart");
    LocalDate end = Inputs.date(endValue, kind == ExcludedPeriodKind.HEARING ? "hearingEnd" : "excludedEnd");
    if (end.isBefore(start)) {
      throw InvalidInputException.of(kind == ExcludedPeriodKind.HEARING ? "hearingEnd" : "excludedEnd",
          "结束日期不能早于开始日期", "must not be before the start");
    }
    CaseFile caseFile = filing.caseFile(caseId);
    ExcludedPeriod period = new ExcludedPeriod();
    period.setCaseId(caseId);
    period.setKind(kind);
    period.setStartDate(start);
    period.setEndDate(end);
    period.setDays((int) ChronoUnit.DAYS.between(start, end) + 1);
    period.setNote(trim(note));
    period.setRecordedBy(actor);
    period.setRecordedAt(now());
    cases.insertExcludedPeriod(period);
    caseFile.setExcludedDays(caseFile.getExcludedDays() + period.getDays());
    cases.update(caseFile);
    return moveDecisionDeadline(caseFile);
  }

  /**
   * The deadline after an extension or an excluded period, computed again from its basis: filing date + 90 (+30)
   * + all excluded days, then moved to a working day if it is not one. Adding the new days to the old deadline would
   * count again the days by which that deadline had been moved off a holiday.
   */
  private DecisionDeadline moveDecisionDeadline(CaseFile caseFile) {
    Date oldDue = Times.toDate(caseFile.getDecisionDue());
    Date newDue = calendar.addDaysToWorkingDay(Times.toDate(caseFile.getFiledAt()), periodDays(caseFile));
    caseFile.setDecisionDue(Times.toLocal(newDue));
    cases.update(caseFile);
    String pi = caseFile.getProcessInstanceId();
    EngineCalls.asSystem(() -> {
      Job timer = managementService.createJobQuery().processInstanceId(pi)
          .activityId(CaseProcess.Element.DECISION_DEADLINE_TIMER).singleResult();
      // the deadline ledger keeps the new basis, so that a calendar change computes these dates from it
      DeadlineBasis basis = new DeadlineBasis(WorkCalendar.localDate(Times.toDate(caseFile.getFiledAt())),
          periodDays(caseFile), DeadlineUnit.CALENDAR_DAYS_TO_WORKING_DAY);
      if (timer != null) {
        managementService.setJobDuedate(timer.getId(), newDue);
        deadlines.rebase(Deadline.TargetKind.TIMER, timer.getId(), basis);
      }
      List<Task> open = new ArrayList<>(taskService.createTaskQuery().processInstanceId(pi).dueDate(oldDue).list());
      for (Task task : open) {
        task.setDueDate(newDue);
        taskService.saveTask(task);
        deadlines.rebase(Deadline.TargetKind.TASK, task.getId(), basis);
        taskService.setVariableLocal(task.getId(), TaskListColumns.DEADLINE, calendar.formatDeadline(newDue));
      }
      return null;
    });
    return deadline(caseFile, newDue);
  }

  /** The deadline as the model and the forms read it: days from filing (for the due-date expressions) and text. */
  private DecisionDeadline deadline(CaseFile caseFile, Date due) {
    return new DecisionDeadline(due, periodDays(caseFile), calendar.formatDeadline(due));
  }

  /** Calendar days from filing to the deadline's last day before the 期间 rule moves it: 90 (+30) + excluded days. */
  private static int periodDays(CaseFile caseFile) {
    return CaseProcess.DECISION_DAYS + (caseFile.isExtended() ? CaseProcess.EXTENSION_DAYS : 0)
        + caseFile.getExcludedDays();
  }

  public String formatDeadline(Date deadline) {
    return calendar.formatDeadline(deadline);
  }

  /** The decision deadline passed with the case undecided: flagged for the head's supervision. */
  public void markOverdue(long caseId) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setDeadlineOverdue(true);
    cases.update(caseFile);
  }

  public void supervise(long caseId, String note, String actor) {
    if (blank(note)) {
      throw InvalidInputException.of("supervisionNote", "请填写督办意见", "give the supervision instructions");
    }
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setSupervisionNote(note.trim() + "（" + actor + "）");
    cases.update(caseFile);
  }

  /**
   * The decision deadline the engine holds was computed again (a holiday calendar entered or corrected, for a period
   * whose last day moves to a working day): the case's copy follows. Returns the text the forms show.
   */
  public String moveDecisionDue(long caseId, Date due) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setDecisionDue(Times.toLocal(due));
    cases.update(caseFile);
    return calendar.formatDeadline(due);
  }

  /** The police accepted the transfer: the administrative case ends here. */
  public void closeTransferred(long caseId) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setStatus(CaseStatus.TRANSFERRED);
    caseFile.setOutcome("TRANSFERRED");
    caseFile.setClosedAt(now());
    cases.update(caseFile);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
