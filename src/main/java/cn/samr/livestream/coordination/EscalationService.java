package cn.samr.livestream.coordination;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.security.PersonalDataMask;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the coordination group's escalation (综合协调工作组研判): what a report must contain, who
 * may report, the triage's choices, the department notices with their feedback deadlines, the
 * guidance and its acknowledgement. Every step is written to escalation_event.
 */
@Service("escalationService")
@Transactional
public class EscalationService {

  static final String NUMBER_PREFIX = "SB";
  public static final int DEFAULT_FEEDBACK_WORKING_DAYS = 10;
  /** The reminder comes two working days before the deadline, so a deadline needs at least three. */
  static final int MIN_FEEDBACK_WORKING_DAYS = 3;
  static final int MAX_FEEDBACK_WORKING_DAYS = 30;
  static final int REMINDER_WORKING_DAYS_BEFORE = 2;
  /** Column sizes (V5__coordination.sql). */
  static final int TEXT = 2000;
  static final int LONG_TEXT = 4000;
  static final int SHORT_TEXT = 500;
  /** Form fields: a ticked checkbox per department (department_CYBERSPACE …) and its own deadline. */
  public static final String DEPARTMENT_PREFIX = "department_";
  public static final String SUGGEST_PREFIX = "suggest_";
  public static final String FEEDBACK_DAYS_PREFIX = "feedbackWorkingDays_";
  /** Units that report matters and acknowledge guidance. */
  static final Set<UnitKind> REPORTING_KINDS = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMPLAINT_CENTRE,
      UnitKind.ENFORCEMENT_CORPS, UnitKind.MONITORING_CENTRE);

  private final EscalationMapper escalations;
  private final ClueService clues;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final WorkCalendar calendar;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final Validator validator;
  private final Targets targets;

  public EscalationService(EscalationMapper escalations, ClueService clues, DocumentNumbers numbers,
      OrganizationService organization, WorkCalendar calendar, RuntimeService runtimeService, Clock clock,
      Validator validator,
      @Value("${livestream.coordination.triage-working-days:" + Targets.TRIAGE + "}") int triageDays,
      @Value("${livestream.coordination.meeting-record-working-days:" + Targets.MEETING_RECORD + "}") int meetingDays,
      @Value("${livestream.coordination.consolidation-working-days:" + Targets.CONSOLIDATION + "}")
      int consolidationDays,
      @Value("${livestream.coordination.acknowledgement-working-days:" + Targets.ACKNOWLEDGEMENT + "}")
      int acknowledgementDays) {
    this.escalations = escalations;
    this.clues = clues;
    this.numbers = numbers;
    this.organization = organization;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.validator = validator;
    this.targets = new Targets(triageDays, meetingDays, consolidationDays, acknowledgementDays);
  }

  /**
   * Working days the bureau allows itself for each step (内部办理时限): internal service targets, not
   * statutory time limits; configured under livestream.coordination in application.yaml.
   */
  public record Targets(int triage, int meetingRecord, int consolidation, int acknowledgement) {
    public static final int TRIAGE = 5;
    public static final int MEETING_RECORD = 10;
    public static final int CONSOLIDATION = 5;
    public static final int ACKNOWLEDGEMENT = 5;

    public Targets {
      for (int days : new int[] {triage, meetingRecord, consolidation, acknowledgement}) {
        if (days < 1) {
          throw new IllegalArgumentException("livestream.coordination.*-working-days must be at least 1, was " + days);
        }
      }
    }
  }

  public record Reported(long escalationId, String escalationNo, String processInstanceId) {
  }

  /** The triage's choices (研判), from the triage form. */
  public record TriageInput(boolean answerDirectly, boolean conveneMeeting, boolean notifyDepartments,
      String guidance, List<String> departments, Long feedbackWorkingDays, Map<String, Long> feedbackWorkingDaysOf,
      String plannedMeetingDate) {
  }

  public Escalation escalation(long id) {
    return escalations.findById(id)
        .orElseThrow(() -> new NotFoundException("上报事项不存在：" + id, "no escalation " + id));
  }

  // ---------------------------------------------------------------- reporting

  /** POST /api/escalations: stores the report and starts the process with the number as business key. */
  public Reported report(EscalationRequest request, String actor, Collection<String> actorGroups) {
    Escalation escalation = store(request, EscalationSource.API, actor, actorGroups);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CoordinationProcess.PROCESS_KEY)
        .businessKey(escalation.getEscalationNo())
        .setVariables(startVariables(escalation))
        .execute();
    escalation.setProcessInstanceId(instance.getId());
    escalations.update(escalation);
    return new Reported(escalation.getId(), escalation.getEscalationNo(), instance.getId());
  }

  /** The Tasklist start form's fields, stored inside the starting instance. */
  public Reported reportInProcess(EscalationRequest request, String actor, Collection<String> actorGroups,
      DelegateExecution execution) {
    Escalation escalation = store(request, EscalationSource.TASKLIST, actor, actorGroups);
    execution.setProcessBusinessKey(escalation.getEscalationNo());
    return startedHere(escalation, execution);
  }

  /**
   * Clue verification reported the clue (message Msg_EscalationRaised): the clue's facts become the
   * matter, reported by the clue's handling unit. The business key stays the clue number it was sent with.
   */
  public Reported raiseFromClue(long clueId, DelegateExecution execution) {
    Clue clue = clues.clue(clueId);
    Escalation escalation = newEscalation(EscalationSource.CLUE, clue.getHandlingUnit(), Actors.SYSTEM);
    escalation.setClueId(clueId);
    escalation.setTitle("线索" + clue.getClueNo() + "涉及其他部门职责或属重大疑难问题");
    escalation.setDescription(truncate(PersonalDataMask.inText(clue.getFacts())
        + (clue.getFindings() == null ? "" : "\n核查情况：" + clue.getFindings()), TEXT));
    escalation.setCategory(clue.getCategory());
    escalations.insert(escalation);
    event(escalation.getId(), EscalationStep.REPORTED, EscalationSource.CLUE.name(), "线索核查报送：" + clue.getClueNo(), Actors.SYSTEM);
    return startedHere(escalation, execution);
  }

  private Reported startedHere(Escalation escalation, DelegateExecution execution) {
    execution.setVariables(startVariables(escalation));
    escalation.setProcessInstanceId(execution.getProcessInstanceId());
    escalations.update(escalation);
    return new Reported(escalation.getId(), escalation.getEscalationNo(), execution.getProcessInstanceId());
  }

  private Escalation store(EscalationRequest request, EscalationSource source, String actor,
      Collection<String> actorGroups) {
    Inputs inputs = new Inputs().addAll(validator.validate(request), field -> field);
    Optional<OrgUnit> unit = reportingUnit(request.reportingUnit(), actorGroups);
    inputs.require(unit.isPresent(), "reportingUnit", "无法确定上报单位，请选择本单位",
        "the reporting unit is unknown or not yours; choose your unit");
    inputs.throwIfAny();
    Escalation escalation = newEscalation(source, unit.get().getCode(), actor);
    escalation.setTitle(request.title().trim());
    escalation.setDescription(request.description().trim());
    escalation.setCategory(request.category());
    List<Department> suggested = request.suggestedDepartments() == null ? List.of() : request.suggestedDepartments();
    escalation.setSuggestedDepartments(suggested.isEmpty() ? null
        : suggested.stream().distinct().map(Department::name).collect(Collectors.joining(",")));
    escalations.insert(escalation);
    event(escalation.getId(), EscalationStep.REPORTED, source.name(), escalation.getTitle(), actor);
    return escalation;
  }

  /**
   * The unit named (its code or district code) if the reporter belongs to it, else the reporter's only
   * reporting unit. Without the reporter's groups (the system) the unit named is taken as given.
   */
  Optional<OrgUnit> reportingUnit(String named, Collection<String> actorGroups) {
    if (named != null && !named.isBlank()) {
      String code = named.trim();
      Optional<OrgUnit> unit = organization.unit(code).or(() -> organization.districtByCode(code))
          .filter(OrgUnit::isActive).filter(u -> REPORTING_KINDS.contains(u.getKind()));
      return unit.filter(u -> actorGroups == null || belongs(u, actorGroups));
    }
    if (actorGroups == null) {
      return Optional.empty();
    }
    List<OrgUnit> mine = organization.activeUnits().stream().filter(u -> REPORTING_KINDS.contains(u.getKind()))
        .filter(u -> belongs(u, actorGroups)).toList();
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  /** Officers and heads of the unit. */
  private static boolean belongs(OrgUnit unit, Collection<String> groups) {
    return groups.contains(unit.getCode()) || unit.getHeadGroup() != null && groups.contains(unit.getHeadGroup());
  }

  private Escalation newEscalation(EscalationSource source, String unit, String actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    Escalation escalation = new Escalation();
    escalation.setEscalationNo(numbers.nextDaily(NUMBER_PREFIX, now.toLocalDate()));
    escalation.setSource(source);
    escalation.setReportingUnit(unit);
    escalation.setStatus(EscalationStatus.TRIAGE);
    escalation.setReportedBy(actor);
    escalation.setReportedAt(now);
    return escalation;
  }

  private Map<String, Object> startVariables(Escalation escalation) {
    OrgUnit unit = organization.unit(escalation.getReportingUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ESCALATION_ID.name(), escalation.getId());
    variables.put(Var.ESCALATION_NO.name(), escalation.getEscalationNo());
    variables.put(Var.LIST_NUMBER.name(), escalation.getEscalationNo());
    variables.put(Var.REPORTING_UNIT.name(), unit.getCode());
    variables.put(Var.HANDLING_UNIT_NAME.name(), unit.getName());
    variables.put(Var.CATEGORY_LABEL.name(), escalation.getCategory() == null ? null : escalation.getCategory().label());
    variables.put(Var.REPORTED_AT.name(), Times.toDate(escalation.getReportedAt()));
    variables.put(Var.SUMMARY.name(), summary(escalation, unit));
    return variables;
  }

  private static String summary(Escalation escalation, OrgUnit unit) {
    String suggested = escalation.getSuggestedDepartments() == null ? ""
        : "\n建议协调部门：" + List.of(escalation.getSuggestedDepartments().split(",")).stream()
            .map(d -> Department.valueOf(d).label()).collect(Collectors.joining("、"));
    return "【" + unit.getName() + (escalation.getCategory() == null ? "" : "·" + escalation.getCategory().label())
        + "】" + escalation.getTitle() + "\n" + escalation.getDescription() + suggested;
  }

  // ---------------------------------------------------------------- triage and meeting

  /** 研判: at least one way to answer; guidance to answer directly; departments to notify them. */
  public void triage(long escalationId, TriageInput in, String actor) {
    Inputs inputs = new Inputs();
    inputs.require(in.answerDirectly() || in.conveneMeeting() || in.notifyDepartments(), "answerDirectly",
        "请至少选择一种处理方式", "choose at least one way to proceed");
    inputs.require(!in.answerDirectly() || notBlank(in.guidance()), "guidance", "直接答复须填写指导意见",
        "answering directly needs the guidance");
    inputs.require(fits(in.guidance(), TEXT), "guidance", "指导意见不超过2000字", "at most 2000 characters");
    LocalDate plannedMeeting = null;
    if (in.conveneMeeting() && notBlank(in.plannedMeetingDate())) {
      String text = in.plannedMeetingDate().trim();
      try {
        plannedMeeting = LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        inputs.require(!plannedMeeting.isBefore(LocalDate.now(clock)), Var.PLANNED_MEETING_DATE.name(),
            "拟召开日期不能早于今天", "must not be in the past");
      } catch (DateTimeParseException e) {
        inputs.require(false, Var.PLANNED_MEETING_DATE.name(), "请填写日期（如2026-11-22）",
            "give a date such as 2026-11-22");
      }
    }
    Map<Department, Integer> departments = new LinkedHashMap<>();
    long days = in.feedbackWorkingDays() == null ? DEFAULT_FEEDBACK_WORKING_DAYS : in.feedbackWorkingDays();
    inputs.require(validDays(days), "feedbackWorkingDays", "反馈期限应为3至30个工作日",
        "the feedback period is 3 to 30 working days");
    if (in.notifyDepartments()) {
      List<String> chosen = in.departments() == null ? List.of() : in.departments();
      inputs.require(!chosen.isEmpty(), "departments", "请选择通报的部门", "choose the departments to notify");
      for (String value : chosen) {
        Department department = Inputs.enumValue(Department.class, value, "departments");
        Long own = in.feedbackWorkingDaysOf() == null ? null : in.feedbackWorkingDaysOf().get(department.name());
        inputs.require(own == null || validDays(own), FEEDBACK_DAYS_PREFIX + department.name(),
            department.label() + "的反馈期限应为3至30个工作日", "the feedback period is 3 to 30 working days");
        departments.put(department, (int) (own != null ? own : days));
      }
    }
    inputs.throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setAnswerDirectly(in.answerDirectly());
    escalation.setConveneMeeting(in.conveneMeeting());
    escalation.setNotifyDepartments(in.notifyDepartments());
    escalation.setTriageGuidance(notBlank(in.guidance()) ? in.guidance().trim() : null);
    escalation.setTriagedBy(actor);
    escalation.setTriagedAt(LocalDateTime.now(clock));
    escalation.setPlannedMeetingDate(plannedMeeting);
    boolean onlyGuidance = !in.conveneMeeting() && !in.notifyDepartments();
    if (onlyGuidance) {
      escalation.setGuidance(escalation.getTriageGuidance());
      escalation.setGuidanceBy(actor);
      escalation.setGuidanceAt(escalation.getTriagedAt());
    }
    escalation.setStatus(onlyGuidance ? EscalationStatus.AWAITING_ACKNOWLEDGEMENT : EscalationStatus.IN_PROGRESS);
    escalations.update(escalation);
    departments.forEach((department, ownDays) -> {
      DepartmentNotice notice = new DepartmentNotice();
      notice.setEscalationId(escalationId);
      notice.setDepartment(department);
      notice.setFeedbackWorkingDays(ownDays);
      escalations.insertNotice(notice);
    });
    String decision = (in.answerDirectly() ? "GUIDANCE " : "") + (in.conveneMeeting() ? "MEETING " : "")
        + (in.notifyDepartments() ? "DEPARTMENTS" : "");
    event(escalationId, EscalationStep.TRIAGE, decision.trim(), (departments.isEmpty() ? "" : "通报："
        + departments.entrySet().stream().map(e -> e.getKey().label() + "（" + e.getValue() + "个工作日内反馈）")
            .collect(Collectors.joining("、")) + "；")
        + (plannedMeeting == null ? "" : "拟于" + plannedMeeting + "召开专题讨论会；")
        + (escalation.getTriageGuidance() == null ? "" : "指导意见：" + escalation.getTriageGuidance()), actor);
  }

  /** 专题讨论会: date, participants, minutes and conclusions. */
  public void recordMeeting(long escalationId, String date, String participants, String minutes, String conclusions,
      String actor) {
    LocalDate day = Inputs.date(date, "meetingDate");
    new Inputs()
        .require(!day.isAfter(LocalDate.now(clock)), "meetingDate", "会议日期不能晚于今天", "must not be in the future")
        .require(notBlank(participants), "meetingParticipants", "请填写参会单位和人员", "give the participants")
        .require(notBlank(minutes), "meetingMinutes", "请填写会议纪要", "give the minutes")
        .require(notBlank(conclusions), "meetingConclusions", "请填写会议结论", "give the conclusions")
        .require(fits(participants, SHORT_TEXT), "meetingParticipants", "不超过500字", "at most 500 characters")
        .require(fits(minutes, LONG_TEXT), "meetingMinutes", "不超过4000字", "at most 4000 characters")
        .require(fits(conclusions, TEXT), "meetingConclusions", "不超过2000字", "at most 2000 characters")
        .throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setMeetingDate(day);
    escalation.setMeetingParticipants(participants.trim());
    escalation.setMeetingMinutes(minutes.trim());
    escalation.setMeetingConclusions(conclusions.trim());
    escalation.setMeetingRecordedAt(LocalDateTime.now(clock));
    escalations.update(escalation);
    event(escalationId, EscalationStep.MEETING, day.toString(), "参会：" + participants.trim() + "；结论：" + conclusions.trim(), actor);
  }

  // ---------------------------------------------------------------- due dates (bureau service targets)

  /** 研判: the triage is due {@link Targets#triage()} working days after the report. */
  public Date triageDue(long escalationId) {
    return calendar.addWorkingDays(Times.toDate(escalation(escalationId).getReportedAt()), targets.triage());
  }

  /**
   * 专题讨论会: the meeting's record is due {@link Targets#meetingRecord()} working days after the meeting
   * date planned in triage, or after the triage when no date was planned.
   */
  public Date meetingDue(long escalationId) {
    Escalation escalation = escalation(escalationId);
    LocalDate from = escalation.getPlannedMeetingDate() != null ? escalation.getPlannedMeetingDate()
        : dayOf(escalation.getTriagedAt());
    return WorkCalendar.endOfDay(calendar.addWorkingDays(from, targets.meetingRecord()));
  }

  /**
   * 汇总指导意见: due {@link Targets#consolidation()} working days after the last of what it consolidates
   * came in: the last department's feedback and the meeting's record (the triage when neither).
   */
  public Date consolidationDue(long escalationId) {
    Escalation escalation = escalation(escalationId);
    LocalDateTime last = escalation.getTriagedAt();
    if (escalation.getMeetingRecordedAt() != null) {
      last = later(last, escalation.getMeetingRecordedAt());
    }
    for (DepartmentNotice notice : escalations.findNotices(escalationId)) {
      if (notice.getReceivedAt() != null) {
        last = later(last, notice.getReceivedAt());
      }
    }
    return WorkCalendar.endOfDay(calendar.addWorkingDays(dayOf(last), targets.consolidation()));
  }

  /**
   * 确认收悉: the reporting unit acknowledges {@link Targets#acknowledgement()} working days after the
   * guidance was given (in triage when answered directly, else at consolidation).
   */
  public Date acknowledgementDue(long escalationId) {
    return WorkCalendar.endOfDay(calendar.addWorkingDays(dayOf(escalation(escalationId).getGuidanceAt()),
        targets.acknowledgement()));
  }

  /** A step's task was created with its due date: the escalation keeps it next to the step. */
  public void recordDue(long escalationId, String element, Date due) {
    Escalation escalation = escalation(escalationId);
    LocalDateTime value = Times.toLocal(due);
    switch (element) {
      case CoordinationProcess.Element.TRIAGE -> escalation.setTriageDue(value);
      case CoordinationProcess.Element.HOLD_MEETING -> escalation.setMeetingDue(value);
      case CoordinationProcess.Element.CONSOLIDATE_GUIDANCE -> escalation.setConsolidationDue(value);
      case CoordinationProcess.Element.ACKNOWLEDGE_GUIDANCE -> escalation.setAcknowledgementDue(value);
      default -> throw new IllegalArgumentException("no due date is kept for " + element);
    }
    escalations.update(escalation);
  }

  /** The Beijing calendar day of a time, today when there is none. */
  private LocalDate dayOf(LocalDateTime time) {
    return time == null ? LocalDate.now(clock) : time.toLocalDate();
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  // ---------------------------------------------------------------- department notices

  /** The multi-instance collection: one notice per department chosen in triage. */
  public List<Long> noticeIds(long escalationId) {
    return escalations.findNotices(escalationId).stream().map(DepartmentNotice::getId).toList();
  }

  public DepartmentNotice notice(long noticeId) {
    return escalations.findNotice(noticeId)
        .orElseThrow(() -> new NotFoundException("部门通报不存在：" + noticeId, "no notice " + noticeId));
  }

  /** Sends the notice: the feedback deadline runs from today, in working days. */
  public DepartmentNotice sendNotice(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    Date now = Date.from(clock.instant());
    notice.setSentAt(Times.toLocal(now));
    notice.setFeedbackDue(Times.toLocal(calendar.addWorkingDays(now, notice.getFeedbackWorkingDays())));
    escalations.updateNotice(notice);
    event(notice.getEscalationId(), EscalationStep.NOTICE_SENT, notice.getDepartment().name(), "已通报" + notice.getDepartment().label()
        + "，请于" + calendar.formatDeadline(Times.toDate(notice.getFeedbackDue())) + "前反馈", Actors.SYSTEM);
    return notice;
  }

  /** The feedback deadline (the feedback task's due date and the overdue timer). */
  public Date feedbackDue(long noticeId) {
    return Times.toDate(notice(noticeId).getFeedbackDue());
  }

  /** Two working days before the feedback deadline. */
  public Date feedbackReminderAt(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    return calendar.addWorkingDays(Times.toDate(notice.getSentAt()),
        notice.getFeedbackWorkingDays() - REMINDER_WORKING_DAYS_BEFORE);
  }

  public void remindFeedback(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    notice.setRemindedAt(LocalDateTime.now(clock));
    escalations.updateNotice(notice);
    event(notice.getEscalationId(), EscalationStep.FEEDBACK_REMINDER, notice.getDepartment().name(),
        "已提醒" + notice.getDepartment().label() + "反馈期限将至", Actors.SYSTEM);
  }

  public void markFeedbackOverdue(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    notice.setOverdue(true);
    escalations.updateNotice(notice);
    event(notice.getEscalationId(), EscalationStep.FEEDBACK_OVERDUE, notice.getDepartment().name(),
        notice.getDepartment().label() + "逾期未反馈", Actors.SYSTEM);
  }

  public void recordFeedback(long noticeId, String feedback, String actor) {
    new Inputs()
        .require(notBlank(feedback), Var.FEEDBACK.name(), "请填写部门反馈意见", "give the department's feedback")
        .require(fits(feedback, LONG_TEXT), Var.FEEDBACK.name(), "不超过4000字", "at most 4000 characters")
        .throwIfAny();
    DepartmentNotice notice = notice(noticeId);
    notice.setFeedback(feedback.trim());
    notice.setRecordedBy(actor);
    notice.setReceivedAt(LocalDateTime.now(clock));
    escalations.updateNotice(notice);
    event(notice.getEscalationId(), EscalationStep.FEEDBACK, notice.getDepartment().name(),
        (notice.isOverdue() ? "（逾期）" : "") + feedback.trim(), actor);
  }

  // ---------------------------------------------------------------- guidance

  /** What the consolidation task shows read-only: triage, meeting and every department's feedback. */
  public String feedbackSummary(long escalationId) {
    Escalation escalation = escalation(escalationId);
    StringBuilder text = new StringBuilder();
    if (escalation.getTriageGuidance() != null) {
      text.append("研判意见：").append(escalation.getTriageGuidance()).append('\n');
    }
    if (escalation.getMeetingConclusions() != null) {
      text.append("专题讨论会（").append(escalation.getMeetingDate()).append("）结论：")
          .append(escalation.getMeetingConclusions()).append('\n');
    }
    for (DepartmentNotice notice : escalations.findNotices(escalationId)) {
      text.append(notice.getDepartment().label()).append(notice.isOverdue() ? "（逾期）" : "").append("：")
          .append(notice.getFeedback() == null ? "未反馈" : notice.getFeedback()).append('\n');
    }
    return text.toString().trim();
  }

  /** 汇总指导意见. */
  public void consolidate(long escalationId, String guidance, String actor) {
    new Inputs()
        .require(notBlank(guidance), Var.GUIDANCE.name(), "请填写汇总后的指导意见", "give the consolidated guidance")
        .require(fits(guidance, TEXT), Var.GUIDANCE.name(), "指导意见不超过2000字", "at most 2000 characters")
        .throwIfAny();
    Escalation escalation = escalation(escalationId);
    escalation.setGuidance(guidance.trim());
    escalation.setGuidanceBy(actor);
    escalation.setGuidanceAt(LocalDateTime.now(clock));
    escalation.setStatus(EscalationStatus.AWAITING_ACKNOWLEDGEMENT);
    escalations.update(escalation);
    event(escalationId, EscalationStep.GUIDANCE, null, guidance.trim(), actor);
  }

  /** 确认收悉: the reporting unit has the guidance; the matter is closed. */
  public void acknowledge(long escalationId, String note, String actor) {
    if (!fits(note, SHORT_TEXT)) {
      throw InvalidInputException.of(Var.ACKNOWLEDGEMENT_NOTE.name(), "不超过500字", "at most 500 characters");
    }
    Escalation escalation = escalation(escalationId);
    LocalDateTime now = LocalDateTime.now(clock);
    escalation.setAcknowledgedBy(actor);
    escalation.setAcknowledgedAt(now);
    escalation.setAcknowledgementNote(notBlank(note) ? note.trim() : null);
    escalation.setStatus(EscalationStatus.CLOSED);
    escalation.setClosedAt(now);
    escalations.update(escalation);
    event(escalationId, EscalationStep.ACKNOWLEDGED, null, escalation.getAcknowledgementNote(), actor);
  }

  public List<RecordEvent> events(long escalationId) {
    return escalations.findEvents(escalationId);
  }

  public void event(long escalationId, EscalationStep step, String decision, String detail, String actor) {
    escalations.insertEvent(new RecordEvent(escalationId, step, decision, detail == null ? null : truncate(detail, 4000),
        actor, LocalDateTime.now(clock)));
  }

  /**
   * Departments chosen on a form: the ticked checkboxes prefix + NAME (the engine keeps no lists
   * without Spin), and any names in the text variable (comma-separated, or a JSON array).
   */
  public static List<String> departmentsChosen(VariableScope scope, String prefix, String textVariable) {
    Set<String> chosen = new LinkedHashSet<>();
    for (Department department : Department.values()) {
      if (Boolean.TRUE.equals(scope.getVariable(prefix + department.name()))) {
        chosen.add(department.name());
      }
    }
    Object raw = scope.getVariable(textVariable);
    if (raw != null) {
      for (String value : raw.toString().replaceAll("[\\[\\]\"\\s]", "").split(",")) {
        if (!value.isEmpty()) {
          chosen.add(value);
        }
      }
    }
    return List.copyOf(chosen);
  }

  /** Names of the per-department form fields, to take them out of the process after reading. */
  public static List<String> departmentFields(String... prefixes) {
    List<String> names = new java.util.ArrayList<>();
    for (String prefix : prefixes) {
      for (Department department : Department.values()) {
        names.add(prefix + department.name());
      }
    }
    return names;
  }

  private static boolean validDays(long days) {
    return days >= MIN_FEEDBACK_WORKING_DAYS && days <= MAX_FEEDBACK_WORKING_DAYS;
  }

  private static boolean fits(String value, int max) {
    return value == null || value.trim().length() <= max;
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
