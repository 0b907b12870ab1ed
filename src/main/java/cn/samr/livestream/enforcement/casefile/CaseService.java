package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.math.BigDecimal;
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
 * The rules of a filed case (立案查处, 行政处罚法 Chapter V): filing, the decision deadline (90 days, +30 with
 * the head's approval, hearing/testing/public-notice time excluded), hearing notice, decision, service and
 * publication. Every decision is written to case_file and every document to enforcement_action.
 */
@Service("caseFileService")
@Transactional
public class CaseService {

  private final CaseFileMapper cases;
  private final EnforcementRecords records;
  private final WorkCalendar calendar;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final Clock clock;

  public CaseService(CaseFileMapper cases, EnforcementRecords records, WorkCalendar calendar,
      ManagementService managementService, TaskService taskService, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.calendar = calendar;
    this.managementService = managementService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** The penalty the investigation proposes (拟处罚意见). */
  public record PlannedPenalty(Double fineAmount, Double confiscationAmount, Boolean warning, Boolean publication,
      Boolean seriousViolationList, Boolean licenceRevocation, Boolean suspendBusiness) {
  }

  /** The head's decision (处罚决定). */
  public record Penalty(Double fineAmount, Double confiscationAmount, Boolean warning, Boolean publication,
      Boolean seriousViolationList) {
  }

  public CaseFile caseFile(long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new NotFoundException("案件不存在：" + caseId, "no case " + caseId));
  }

  /** The cases opened on a clue, for the clue's view. */
  public List<CaseFile> ofClue(long clueId) {
    return cases.findByClue(clueId);
  }

  public List<ExcludedPeriod> excludedPeriods(long caseId) {
    return cases.findExcludedPeriods(caseId);
  }

  // ------------------------------------------------------------------ filing

  /** The case file exists from the request on; its number is a placeholder until filing is approved. */
  public CaseFile open(long clueId, String clueNo, Long subjectId, String unit, String processInstanceId) {
    CaseFile caseFile = new CaseFile();
    caseFile.setCaseNo("待立案-" + clueNo + "-" + (cases.findByClue(clueId).size() + 1));
    caseFile.setClueId(clueId);
    caseFile.setSubjectId(subjectId);
    caseFile.setUnit(unit);
    caseFile.setStatus(CaseStatus.AWAITING_FILING);
    caseFile.setProcessInstanceId(processInstanceId);
    caseFile.setCreatedAt(now());
    cases.insert(caseFile);
    return caseFile;
  }

  /** What the officers read on every form: the clue's category and facts. */
  public String summary(long clueId) {
    String facts = cases.findClueFacts(clueId);
    String category = cases.findClueCategory(clueId);
    String label = category;
    try {
      label = ViolationCategory.valueOf(category).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      // an unknown category is shown as stored
    }
    String text = (label == null ? "" : "【" + label + "】") + (facts == null ? "" : facts);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  /** 立案审批: approved, the filing document's number (文号) becomes the case number and the 90 days start. */
  public CaseFile decideFiling(long caseId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, "filingApproved", "请选择是否立案", "choose whether to file the case")
        .require(Boolean.TRUE.equals(approved) || !blank(note), "filingNote", "不予立案须说明理由",
            "give the reason for not filing")
        .throwIfAny();
    CaseFile caseFile = caseFile(caseId);
    LocalDateTime now = now();
    caseFile.setFilingNote(trim(note));
    caseFile.setFilingDecidedBy(actor);
    if (approved) {
      LocalDateTime due = Times.toLocal(calendar.addDays(Times.toDate(now), CaseProcess.DECISION_DAYS));
      EnforcementAction filing = records.record(new NewAction(ActionType.CASE_FILING, caseFile.getUnit(),
          caseFile.getClueId(), caseId, caseFile.getSubjectId(), due, "FILED", actor, trim(note)));
      caseFile.setCaseNo(filing.getDocumentNo());
      caseFile.setFiledAt(now);
      caseFile.setDecisionDue(due);
      caseFile.setStatus(CaseStatus.INVESTIGATING);
    } else {
      records.record(new NewAction(ActionType.NO_ACTION, caseFile.getUnit(), caseFile.getClueId(), caseId,
          caseFile.getSubjectId(), null, "NOT_FILED", actor, note.trim()));
      caseFile.setStatus(CaseStatus.NOT_FILED);
      caseFile.setOutcome("NOT_FILED");
      caseFile.setClosedAt(now);
    }
    cases.update(caseFile);
    return caseFile;
  }

  // ------------------------------------------------------------------ investigation

  /** 调查取证 completed: the chosen action must carry what it needs. */
  public InvestigationAction recordInvestigation(long caseId, String actionValue, String extensionReason,
      String excludedKind, String excludedStart, String excludedEnd, String suspectedOffence, String findings,
      PlannedPenalty planned) {
    InvestigationAction action = Inputs.enumValue(InvestigationAction.class, actionValue, "investigationAction");
    CaseFile caseFile = caseFile(caseId);
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
        checkPenalty(inputs, "planned", planned.fineAmount(), planned.confiscationAmount(),
            planned.warning(), planned.publication(), planned.seriousViolationList(), planned.licenceRevocation(),
            planned.suspendBusiness());
        inputs.require(!blank(findings), "findings", "请填写调查终结报告（违法事实与证据）",
            "give the findings (facts and evidence)").throwIfAny();
        caseFile.setFindings(findings.trim());
        caseFile.setPlannedPenalty(describe(planned.fineAmount(), planned.confiscationAmount(), planned.warning(),
            planned.publication(), planned.seriousViolationList(), planned.licenceRevocation(),
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

  /** 延期审批: approved, the deadline, the running timer and the open tasks move by 30 days. */
  public Date decideExtension(long caseId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, "extensionApproved", "请选择是否批准延期", "choose whether to extend")
        .require(Boolean.TRUE.equals(approved) || !blank(note), "extensionNote", "不批准延期须说明理由",
            "give the reason for refusing")
        .throwIfAny();
    CaseFile caseFile = caseFile(caseId);
    caseFile.setExtensionNote(caseFile.getExtensionNote() + "；" + (approved ? "批准" : "不批准")
        + (blank(note) ? "" : "：" + note.trim()) + "（" + actor + "）");
    if (!approved) {
      caseFile.setExtensionRequested(false);
      cases.update(caseFile);
      return Times.toDate(caseFile.getDecisionDue());
    }
    caseFile.setExtended(true);
    cases.update(caseFile);
    return moveDecisionDeadline(caseFile, CaseProcess.EXTENSION_DAYS);
  }

  /**
   * A hearing, testing/appraisal or public-notice period (start and end day included) does not count: the
   * deadline moves by its days, and with it the one running deadline timer and the open tasks due then.
   */
  public Date excludePeriod(long caseId, String kindValue, String startValue, String endValue, String note,
      String actor) {
    ExcludedPeriodKind kind = Inputs.enumValue(ExcludedPeriodKind.class, kindValue, "excludedKind");
    LocalDate start = Inputs.date(startValue, kind == ExcludedPeriodKind.HEARING ? "hearingStart" : "excludedStart");
    LocalDate end = Inputs.date(endValue, kind == ExcludedPeriodKind.HEARING ? "hearingEnd" : "excludedEnd");
    if (end.isBefore(start)) {
      throw InvalidInputException.of(kind == ExcludedPeriodKind.HEARING ? "hearingEnd" : "excludedEnd",
          "结束日期不能早于开始日期", "must not be before the start");
    }
    CaseFile caseFile = caseFile(caseId);
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
    return moveDecisionDeadline(caseFile, period.getDays());
  }

  /** Days from filing to the current deadline, for the due-date expressions of the model. */
  public int decisionPeriodDays(long caseId) {
    CaseFile caseFile = caseFile(caseId);
    return CaseProcess.DECISION_DAYS + (caseFile.isExtended() ? CaseProcess.EXTENSION_DAYS : 0)
        + caseFile.getExcludedDays();
  }

  private Date moveDecisionDeadline(CaseFile caseFile, int days) {
    Date oldDue = Times.toDate(caseFile.getDecisionDue());
    Date newDue = WorkCalendar.endOfDay(WorkCalendar.localDate(oldDue).plusDays(days));
    caseFile.setDecisionDue(Times.toLocal(newDue));
    cases.update(caseFile);
    String pi = caseFile.getProcessInstanceId();
    EngineCalls.asSystem(() -> {
      Job timer = managementService.createJobQuery().processInstanceId(pi)
          .activityId(CaseProcess.Element.DECISION_DEADLINE_TIMER).singleResult();
      if (timer != null) {
        managementService.setJobDuedate(timer.getId(), newDue);
      }
      List<Task> open = new ArrayList<>(taskService.createTaskQuery().processInstanceId(pi).dueDate(oldDue).list());
      for (Task task : open) {
        task.setDueDate(newDue);
        taskService.saveTask(task);
        taskService.setVariableLocal(task.getId(), TaskListColumns.DEADLINE, calendar.formatDeadline(newDue));
      }
      return null;
    });
    return newDue;
  }

  public String formatDeadline(Date deadline) {
    return calendar.formatDeadline(deadline);
  }

  /** The decision deadline passed with the case undecided: flagged for the head's supervision. */
  public void markOverdue(long caseId) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setDeadlineOverdue(true);
    cases.update(caseFile);
  }

  public void supervise(long caseId, String note, String actor) {
    if (blank(note)) {
      throw InvalidInputException.of("supervisionNote", "请填写督办意见", "give the supervision instructions");
    }
    CaseFile caseFile = caseFile(caseId);
    caseFile.setSupervisionNote(note.trim() + "（" + actor + "）");
    cases.update(caseFile);
  }

  // ------------------------------------------------------------------ transfer

  /** The police accepted the transfer: the administrative case ends here. */
  public void closeTransferred(long caseId) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setStatus(CaseStatus.TRANSFERRED);
    caseFile.setOutcome("TRANSFERRED");
    caseFile.setClosedAt(now());
    cases.update(caseFile);
  }

  // ------------------------------------------------------------------ hearing

  /** 听证告知书: the party has 5 working days to ask for a hearing (行政处罚法 Art.64, Art.85: 日 are working days). */
  public Date notifyHearingRight(long caseId, String actor) {
    CaseFile caseFile = caseFile(caseId);
    LocalDateTime now = now();
    Date lapse = calendar.addWorkingDays(Times.toDate(now), CaseProcess.HEARING_REQUEST_DAYS);
    records.record(new NewAction(ActionType.HEARING_NOTICE, caseFile.getUnit(), caseFile.getClueId(), caseId,
        caseFile.getSubjectId(), Times.toLocal(lapse), null, actor, "拟处罚：" + caseFile.getPlannedPenalty()));
    caseFile.setHearingRight(true);
    caseFile.setHearingNotifiedAt(now);
    caseFile.setStatus(CaseStatus.AWAITING_HEARING);
    cases.update(caseFile);
    return Times.toDate(now);
  }

  public boolean recordHearingRequest(long caseId, Boolean requested) {
    if (requested == null) {
      throw InvalidInputException.of("hearingRequested", "请选择当事人是否要求听证", "did the party ask for a hearing?");
    }
    CaseFile caseFile = caseFile(caseId);
    caseFile.setHearingRequested(requested);
    if (!requested) {
      caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    }
    cases.update(caseFile);
    return requested;
  }

  /** Five days passed without a request: the right lapsed. */
  public void hearingRequestLapsed(long caseId) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setHearingRequested(false);
    caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    cases.update(caseFile);
  }

  /** 举行听证: its days are excluded from the decision deadline. */
  public Date recordHearing(long caseId, String start, String end, String note, String actor) {
    if (blank(note)) {
      throw InvalidInputException.of("hearingNote", "请填写听证情况", "describe the hearing");
    }
    Date due = excludePeriod(caseId, ExcludedPeriodKind.HEARING.name(), start, end, note, actor);
    CaseFile caseFile = caseFile(caseId);
    caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    cases.update(caseFile);
    return due;
  }

  // ------------------------------------------------------------------ decision, service, publication

  /** 处罚决定: the decision document is numbered; service and publication periods run from it. */
  public CaseFile decide(long caseId, Penalty penalty, String note, String actor) {
    Inputs inputs = new Inputs();
    checkPenalty(inputs, "", penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), null, null);
    inputs.throwIfAny();
    CaseFile caseFile = caseFile(caseId);
    LocalDateTime now = now();
    String description = describe(penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), caseFile.getLicenceRevocation(),
        caseFile.getSuspendBusiness());
    EnforcementAction decision = records.record(new NewAction(ActionType.PENALTY_DECISION, caseFile.getUnit(),
        caseFile.getClueId(), caseId, caseFile.getSubjectId(), null, "DECIDED", actor,
        description + (blank(note) ? "" : "；" + note.trim())));
    caseFile.setFineAmount(amount(penalty.fineAmount()));
    caseFile.setConfiscationAmount(amount(penalty.confiscationAmount()));
    caseFile.setWarning(Boolean.TRUE.equals(penalty.warning()));
    caseFile.setPublication(Boolean.TRUE.equals(penalty.publication()));
    caseFile.setSeriousViolationList(Boolean.TRUE.equals(penalty.seriousViolationList()));
    caseFile.setDecidedAt(now);
    if (caseFile.getHearingRight() == null) {
      caseFile.setHearingRight(false);
    }
    caseFile.setDecisionNo(decision.getDocumentNo());
    caseFile.setStatus(CaseStatus.DECIDED);
    cases.update(caseFile);
    return caseFile;
  }

  public String recordServiceDue(long caseId, Date due) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setServiceDue(Times.toLocal(due));
    cases.update(caseFile);
    return calendar.formatDeadline(due);
  }

  public void markServiceOverdue(long caseId) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setServiceOverdue(true);
    cases.update(caseFile);
  }

  /** 送达 (行政处罚法 Art.61). */
  public void serve(long caseId, String servedOn, String method, String actor) {
    LocalDate day = Inputs.date(servedOn, "servedOn");
    CaseFile caseFile = caseFile(caseId);
    new Inputs()
        .require(!day.isAfter(LocalDate.now(clock)), "servedOn", "送达日期不能晚于今天", "must not be in the future")
        .require(!day.isBefore(caseFile.getDecidedAt().toLocalDate()), "servedOn", "送达日期不能早于决定日期",
            "must not be before the decision")
        .require(!blank(method), "serviceMethod", "请选择送达方式", "choose how it was served")
        .throwIfAny();
    records.record(new NewAction(ActionType.SERVICE, caseFile.getUnit(), caseFile.getClueId(), caseId,
        caseFile.getSubjectId(), caseFile.getServiceDue(), method, actor,
        "送达" + caseFile.getDecisionNo() + "（" + day + "）"));
    caseFile.setServedAt(day.atStartOfDay());
    caseFile.setStatus(CaseStatus.SERVED);
    cases.update(caseFile);
  }

  public String recordPublicationDue(long caseId, Date due) {
    CaseFile caseFile = caseFile(caseId);
    caseFile.setPublicationDue(Times.toLocal(due));
    cases.update(caseFile);
    return calendar.formatDeadline(due);
  }

  /** 公示 (市场监督管理行政处罚信息公示规定): the case is closed as decided. */
  public void publish(long caseId, String publishedOn, String actor) {
    LocalDate day = Inputs.date(publishedOn, "publishedOn");
    if (day.isAfter(LocalDate.now(clock))) {
      throw InvalidInputException.of("publishedOn", "公示日期不能晚于今天", "must not be in the future");
    }
    CaseFile caseFile = caseFile(caseId);
    records.record(new NewAction(ActionType.PUBLICATION, caseFile.getUnit(), caseFile.getClueId(), caseId,
        caseFile.getSubjectId(), caseFile.getPublicationDue(), "PUBLISHED", actor,
        "公示" + caseFile.getDecisionNo() + "（" + day + "）"));
    caseFile.setPublishedAt(day.atStartOfDay());
    caseFile.setStatus(CaseStatus.CLOSED);
    caseFile.setOutcome("DECIDED");
    caseFile.setClosedAt(now());
    cases.update(caseFile);
  }

  // ------------------------------------------------------------------ helpers

  private static void checkPenalty(Inputs inputs, String prefix, Double fine, Double confiscation, Boolean warning,
      Boolean publication, Boolean seriousList, Boolean licence, Boolean suspend) {
    String fineField = prefix.isEmpty() ? "fineAmount" : "plannedFineAmount";
    String confField = prefix.isEmpty() ? "confiscationAmount" : "plannedConfiscationAmount";
    inputs.require(fine == null || fine >= 0, fineField, "罚款金额不能为负数", "must not be negative")
        .require(confiscation == null || confiscation >= 0, confField, "没收金额不能为负数", "must not be negative");
    boolean any = (fine != null && fine > 0) || (confiscation != null && confiscation > 0)
        || Boolean.TRUE.equals(warning) || Boolean.TRUE.equals(seriousList) || Boolean.TRUE.equals(licence)
        || Boolean.TRUE.equals(suspend);
    inputs.require(any, fineField, "请至少选择一项处罚（警告、罚款、没收等）", "choose at least one penalty");
  }

  private static String describe(Double fine, Double confiscation, Boolean warning, Boolean publication,
      Boolean seriousList, Boolean licence, Boolean suspend) {
    List<String> parts = new ArrayList<>();
    if (Boolean.TRUE.equals(warning)) parts.add("警告");
    if (fine != null && fine > 0) parts.add("罚款" + amount(fine).toPlainString() + "元");
    if (confiscation != null && confiscation > 0) parts.add("没收违法所得" + amount(confiscation).toPlainString() + "元");
    if (Boolean.TRUE.equals(licence)) parts.add("吊销许可证件/降低资质等级");
    if (Boolean.TRUE.equals(suspend)) parts.add("责令停产停业");
    if (Boolean.TRUE.equals(seriousList)) parts.add("列入严重违法失信名单");
    if (Boolean.TRUE.equals(publication)) parts.add("公示");
    String text = String.join("、", parts);
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  private static BigDecimal amount(Double value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
  }



  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String trim(String text) {
    return blank(text) ? null : text.trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
