package cn.samr.livestream.monitoring;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.enforcement.clue.ClueIntakeService.RegisteredClue;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.shared.CampaignTagging;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.CreditClass;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month and quota rules of the monthly spot checks (月度抽查监测, 沪市监广告〔2021〕66号 二(二)1): every
 * active district gets one assignment a month (created once), checks are recorded against it, a
 * suspected violation becomes a clue, the assignment closes at month end recording whether the quota
 * was met.
 */
@Service
@Transactional
public class MonitoringService {

  /** The field a recording's district is reported under (upload column 区局代码, form field district). */
  public static final String DISTRICT = "district";

  /** The reminder on the 20th, at the start of the working day. */
  static final int REMINDER_DAY = 20;
  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final SpotCheckAssignmentMapper assignments;
  private final SpotCheckMapper checks;
  private final OrganizationService organization;
  private final ClueIntakeService clueIntake;
  private final Validator validator;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CampaignTagging campaignTagging;
  private final SubjectRegistry subjects;
  private final int focusSubjectLimit;

  public MonitoringService(SpotCheckAssignmentMapper assignments, SpotCheckMapper checks,
      OrganizationService organization, ClueIntakeService clueIntake, Validator validator, WorkCalendar calendar,
      Clock clock, TaskService taskService, IdentityService identityService, CampaignTagging campaignTagging,
      SubjectRegistry subjects, @Value("${livestream.monitoring.focus-subject-limit:20}") int focusSubjectLimit) {
    if (focusSubjectLimit < 0 || focusSubjectLimit > 200) {
      throw new IllegalStateException("livestream.monitoring.focus-subject-limit must lie in 0..200, is "
          + focusSubjectLimit);
    }
    this.subjects = subjects;
    this.focusSubjectLimit = focusSubjectLimit;
    this.taskService = taskService;
    this.identityService = identityService;
    this.campaignTagging = campaignTagging;
    this.assignments = assignments;
    this.checks = checks;
    this.organization = organization;
    this.clueIntake = clueIntake;
    this.validator = validator;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The current month in Beijing time. */
  public YearMonth currentMonth() {
    return YearMonth.now(clock);
  }

  /**
   * Opens the month for every active district that has no assignment for it yet; a district added
   * during the month gets its first assignment the next month. Returns the assignments created now
   * (none when the month is open already).
   */
  public List<SpotCheckAssignment> openMonth(YearMonth month, String processInstanceId) {
    String code = month.toString();
    String focus = FocusArea.PRIORITY.stream().map(Enum::name).collect(Collectors.joining(","));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<SpotCheckAssignment> created = new ArrayList<>();
    for (OrgUnit district : organization.activeDistricts()) {
      if (assignments.findByUnitAndMonth(district.getCode(), code).isPresent()) {
        continue;
      }
      SpotCheckAssignment assignment = new SpotCheckAssignment();
      assignment.setUnitCode(district.getCode());
      assignment.setMonthCode(code);
      assignment.setQuota(district.getSpotCheckQuota());
      assignment.setFocusAreas(focus);
      assignment.setStatus(AssignmentStatus.OPEN);
      assignment.setProcessInstanceId(processInstanceId);
      assignment.setCreatedAt(now);
      assignments.insert(assignment);
      storeFocusSubjects(assignment, district.getDistrictCode());
      created.add(assignment);
    }
    return created;
  }

  /**
   * 重点监测对象: the district's register subjects of credit risk class D, then C (live rooms, streamers and room
   * operators first within a class), at most {@code livestream.monitoring.focus-subject-limit}, read from the register
   * and kept with the assignment as they are on the day it opens.
   */
  private void storeFocusSubjects(SpotCheckAssignment assignment, String districtCode) {
    List<SupervisedSubject> focus = subjects.focusSubjects(districtCode, focusSubjectLimit);
    List<FocusSubject> rows = new ArrayList<>(focus.size());
    for (SupervisedSubject subject : focus) {
      rows.add(new FocusSubject(assignment.getId(), rows.size() + 1, subject.getId(), subject.getCreditClass()));
    }
    if (!rows.isEmpty()) {
      assignments.insertFocusSubjects(rows);
    }
  }

  /** The assignment's focus subjects (重点监测对象) in their order: D first, then C. */
  @Transactional(readOnly = true)
  public List<FocusSubject> focusSubjects(long assignmentId) {
    return assignments.findFocusSubjects(assignmentId);
  }

  /**
   * What the district's task shows of its focus subjects: counts per class and where to see them — no names (a
   * streamer is a natural person; task variables stay in the engine's history): 「D 类 2 个、C 类 3 个，见主体名录
   * /register/index.html?creditClass=D&amp;district=310113（C 类 creditClass=C）」.
   */
  @Transactional(readOnly = true)
  public String focusSubjectsText(SpotCheckAssignment assignment) {
    List<FocusSubject> focus = focusSubjects(assignment.getId());
    if (focus.isEmpty()) {
      return "本区暂无信用风险分类 C、D 类主体 / no subjects of credit risk class C or D in the district";
    }
    long d = focus.stream().filter(f -> f.getCreditClass() == CreditClass.D).count();
    long c = focus.size() - d;
    String district = organization.unit(assignment.getUnitCode()).map(OrgUnit::getDistrictCode).orElse("");
    return "D 类 " + d + " 个、C 类 " + c + " 个（优先抽查；至多 " + focusSubjectLimit + " 个）。见主体名录 "
        + registerLink(CreditClass.D, district) + " 与 " + registerLink(CreditClass.C, district)
        + "；清单 GET /api/spot-checks/assignments/" + assignment.getId();
  }

  /** The register page listing the district's subjects of the class. */
  public static String registerLink(CreditClass creditClass, String districtCode) {
    return "/register/index.html?creditClass=" + creditClass.name()
        + (districtCode == null || districtCode.isEmpty() ? "" : "&district=" + districtCode);
  }

  /** A focus subject as the assignment's API answer shows it: the register's codes and the class, no names. */
  public record FocusSubjectView(int position, long subjectId, String creditClass, String creditClassLabel,
      List<SubjectType> roles, String creditCode, String platformName, String accountId) {
  }

  /** The assignment as GET /api/spot-checks/assignments/{id} answers it. */
  public record AssignmentView(long id, String number, String unitCode, String unitName, String month, int quota,
      String status, String progressText, String focusAreasText, String deadlineText,
      List<FocusSubjectView> focusSubjects, String focusRegisterLink) {
  }

  @Transactional(readOnly = true)
  public AssignmentView view(long assignmentId) {
    SpotCheckAssignment assignment = assignment(assignmentId);
    Optional<OrgUnit> unit = organization.unit(assignment.getUnitCode());
    String district = unit.map(OrgUnit::getDistrictCode).orElse(null);
    List<FocusSubjectView> focus = focusSubjects(assignmentId).stream().map(f -> {
      Optional<SupervisedSubject> subject = subjects.byId(f.getSubjectId());
      return new FocusSubjectView(f.getPosition(), f.getSubjectId(), f.getCreditClass().name(),
          f.getCreditClass().label(), subject.map(SupervisedSubject::getRoles).orElse(List.of()),
          subject.map(SupervisedSubject::getCreditCode).orElse(null),
          subject.map(SupervisedSubject::getPlatformName).orElse(null),
          subject.map(SupervisedSubject::getAccountId).orElse(null));
    }).toList();
    return new AssignmentView(assignment.getId(), SpotCheckAssignment.number(district, assignment.getMonthCode()),
        assignment.getUnitCode(), unit.map(OrgUnit::getName).orElse(null), assignment.getMonthCode(),
        assignment.getQuota(), assignment.getStatus().name(), progressText(assignmentId),
        focusAreasText(assignment), deadlineText(assignment.getMonthCode()), focus,
        registerLink(CreditClass.D, district));
  }

  /** The multi-instance collection: the assignments this monitoring instance opened. */
  @Transactional(readOnly = true)
  public List<Long> assignmentsOpenedBy(String processInstanceId) {
    return assignments.findIdsByProcessInstance(processInstanceId);
  }

  @Transactional(readOnly = true)
  public SpotCheckAssignment assignment(long id) {
    return assignments.findById(id)
        .orElseThrow(() -> new NotFoundException("抽查任务不存在：" + id, "no spot-check assignment " + id));
  }

  @Transactional(readOnly = true)
  public Optional<SpotCheckAssignment> findAssignment(long id) {
    return assignments.findById(id);
  }

  /** The task's due date: the month's last day, 23:59:59. */
  public Date monthEnd(String month) {
    return Times.toDate(YearMonth.parse(month).atEndOfMonth().atTime(23, 59, 59));
  }

  /** The reminder on the 20th, 09:00. */
  public Date reminderAt(String month) {
    return Times.toDate(YearMonth.parse(month).atDay(REMINDER_DAY).atTime(REMINDER_TIME));
  }

  @Transactional(readOnly = true)
  public int checksRecorded(long assignmentId) {
    return checks.countByAssignment(assignmentId);
  }

  @Transactional(readOnly = true)
  public boolean quotaMet(long assignmentId) {
    return checksRecorded(assignmentId) >= assignment(assignmentId).getQuota();
  }

  /** Read-only progress as officers see it: 已抽查 4 / 10. */
  @Transactional(readOnly = true)
  public String progressText(long assignmentId) {
    return "已抽查 " + checksRecorded(assignmentId) + " / " + assignment(assignmentId).getQuota();
  }

  /** Focus areas in Chinese: 食品、药品、… */
  public String focusAreasText(SpotCheckAssignment assignment) {
    return java.util.Arrays.stream(assignment.getFocusAreas().split(",")).map(String::trim)
        .map(FocusArea::valueOf).map(FocusArea::label).collect(Collectors.joining("、"));
  }

  public String deadlineText(String month) {
    return calendar.formatDeadline(monthEnd(month));
  }

  /** The reminder on the 20th was sent (below the quota). */
  public void markReminded(long assignmentId) {
    assignments.markReminded(assignmentId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
  }

  /** Closes the assignment recording the checks made and whether the quota was met; once only. */
  public SpotCheckAssignment close(long assignmentId, String actor) {
    SpotCheckAssignment assignment = assignment(assignmentId);
    if (assignment.getStatus() == AssignmentStatus.CLOSED) {
      return assignment;
    }
    int recorded = checksRecorded(assignmentId);
    assignment.setStatus(AssignmentStatus.CLOSED);
    assignment.setChecksRecorded(recorded);
    assignment.setQuotaMet(recorded >= assignment.getQuota());
    assignment.setClosedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    assignment.setClosedBy(actor);
    assignments.close(assignment);
    return assignment;
  }

  /** A recorded check and, for a suspected violation, the clue it started. */
  public record RecordedCheck(long checkId, long assignmentId, Long clueId, String clueNo, String clueProcessInstanceId,
      String progressText) {

    /** The number officers and the clue refer to: SC-&lt;id&gt;. */
    public String checkNo() {
      return SpotCheck.number(checkId);
    }

    RecordedCheck withProgress(String progress) {
      return new RecordedCheck(checkId, assignmentId, clueId, clueNo, clueProcessInstanceId, progress);
    }
  }

  /**
   * Records one spot check. A suspected violation starts clue-verification (source MONITORING) in the
   * same transaction; the clue's id is kept on the check.
   */
  public RecordedCheck record(SpotCheckRequest request, String actor) {
    RecordedCheck stored = recordInBatch(request, actor);
    return stored.withProgress(updateProgress(stored.assignmentId()));
  }

  /**
   * Records one check of a batch (the upload) exactly as {@link #record} does, but leaves the district
   * task's progress alone: call {@link #updateProgress} once per assignment when the batch is in.
   */
  public RecordedCheck recordInBatch(SpotCheckRequest request, String actor) {
    SpotCheckAssignment assignment = validate(request);
    List<String> campaignCodes = request.campaignCodes() == null ? List.of() : request.campaignCodes();
    if (!campaignCodes.isEmpty()) {
      campaignTagging.validate("campaignCodes", campaignCodes, CampaignTagging.RecordKind.SPOT_CHECK,
          assignment.getUnitCode(), request.checkDate());
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    SpotCheck check = newCheck(request, actor, now);
    checks.insert(check);
    if (!campaignCodes.isEmpty()) {
      campaignTagging.tagAtIntake(campaignCodes, CampaignTagging.RecordKind.SPOT_CHECK, check.getId(),
          SpotCheck.number(check.getId()), assignment.getUnitCode(), actor);
    }
    RegisteredClue clue = null;
    if (request.result() == SpotCheckResult.SUSPECTED_VIOLATION) {
      clue = clueIntake.register(clueOf(assignment, check, now), actor);
      checks.updateClueId(check.getId(), clue.clueId());
      check.setClueId(clue.clueId());
    }
    return new RecordedCheck(check.getId(), assignment.getId(), clue == null ? null : clue.clueId(),
        clue == null ? null : clue.clueNo(), clue == null ? null : clue.processInstanceId(), null);
  }

  /**
   * Records checks of a batch (the upload) that start no clue — result NORMAL, each request {@link #check checked}
   * against its assignment before — many rows per INSERT statement; returns their ids in the order given. Like
   * {@link #recordInBatch}, leaves the progress to {@link #updateProgress}.
   *
   * @throws IllegalArgumentException for a suspected violation, which must go through {@link #recordInBatch}
   */
  public List<Long> recordNormalInBatch(List<SpotCheckRequest> requests, String actor) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<SpotCheck> batch = new ArrayList<>(requests.size());
    for (SpotCheckRequest request : requests) {
      if (request.result() == SpotCheckResult.SUSPECTED_VIOLATION) {
        throw new IllegalArgumentException("a suspected violation starts a clue: record it with recordInBatch");
      }
      batch.add(newCheck(request, actor, now));
    }
    if (!batch.isEmpty()) {
      checks.insertAll(batch);
    }
    return batch.stream().map(SpotCheck::getId).toList();
  }

  private static SpotCheck newCheck(SpotCheckRequest request, String actor, LocalDateTime now) {
    SpotCheck check = new SpotCheck();
    check.setAssignmentId(request.assignmentId());
    check.setCheckDate(request.checkDate());
    check.setPlatform(request.platform().trim());
    check.setLiveRoom(request.liveRoom().trim());
    check.setAccountId(blankToNull(request.accountId()));
    check.setProductOrService(request.productOrService().trim());
    check.setFocusArea(request.focusArea());
    check.setCheckResult(request.result());
    check.setViolationCategory(request.violationCategory());
    check.setDescription(blankToNull(request.description()));
    check.setSamplingDone(Boolean.TRUE.equals(request.samplingDone()));
    check.setSamplingResult(request.samplingResult());
    check.setRecordedBy(actor);
    check.setRecordedAt(now);
    return check;
  }

  /** Shows the assignment's progress on the district's open task; returns it (已抽查 4 / 10). */
  public String updateProgress(long assignmentId) {
    String progress = progressText(assignmentId);
    showProgress(assignmentId, progress);
    return progress;
  }

  /**
   * Keeps the district's open task showing the progress. Done by the system: the recording officer may
   * work the task but need not hold the right to change its variables.
   */
  private void showProgress(long assignmentId, String progress) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      taskService.createTaskQuery().taskDefinitionKey(MonitoringProcess.Element.RECORD_SPOT_CHECKS)
          .taskVariableValueEquals(MonitoringProcess.Var.ASSIGNMENT_ID.name(), assignmentId).list()
          .forEach(task -> taskService.setVariableLocal(task.getId(), MonitoringProcess.Var.PROGRESS_TEXT.name(),
              progress));
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /**
   * Who may record a district's checks: its officers and heads, and the monitoring centre (市局监测评价中心),
   * which checks for every district. The unit must be an active district.
   */
  @Transactional(readOnly = true)
  public boolean mayRecordFor(String unitCode, Collection<String> groups) {
    Optional<OrgUnit> unit = organization.unit(unitCode).filter(OrgUnit::isActive).filter(OrgUnit::isDistrict);
    return unit.isPresent() && (belongs(unit.get(), groups) || isMonitoringCentre(groups));
  }

  /** True if the caller may record checks for some district (a district's officer or head, the monitoring centre). */
  @Transactional(readOnly = true)
  public boolean mayRecordChecks(Collection<String> groups) {
    return isMonitoringCentre(groups) || !ownDistricts(groups).isEmpty();
  }

  /**
   * The assignment a check of this date is recorded against: the district named (unit code such as
   * district-310113, district code such as 310113, or the unit's name) or, when none is named, the
   * recorder's own district; the month is the check date's. Without groups (the system) the district
   * must be named and is taken as given.
   *
   * @throws InvalidInputException on "district" when the district is unknown, not the recorder's or
   *     cannot be told, on "checkDate" when the district has no assignment for that month
   */
  @Transactional(readOnly = true)
  public SpotCheckAssignment assignmentFor(String namedDistrict, LocalDate checkDate, Collection<String> groups) {
    OrgUnit unit;
    if (namedDistrict != null && !namedDistrict.isBlank()) {
      String named = namedDistrict.trim();
      unit = organization.unit(named).filter(OrgUnit::isDistrict).filter(OrgUnit::isActive)
          .or(() -> organization.districtByCode(named))
          .or(() -> organization.activeDistricts().stream().filter(d -> d.getName().equals(named)).findFirst())
          .orElseThrow(() -> InvalidInputException.of(DISTRICT, "未知的区局：" + named, "unknown district: " + named));
      if (groups != null && !mayRecordFor(unit.getCode(), groups)) {
        throw InvalidInputException.of(DISTRICT, "无权为" + unit.getName() + "录入抽查记录",
            "you may not record checks for " + unit.getCode());
      }
    } else {
      List<OrgUnit> own = groups == null ? List.of() : ownDistricts(groups);
      if (own.size() != 1) {
        throw InvalidInputException.of(DISTRICT, "请填写区局（区局代码，如310113）",
            "name the district (its code, such as 310113)");
      }
      unit = own.get(0);
    }
    String month = YearMonth.from(checkDate).toString();
    OrgUnit district = unit;
    return assignments.findByUnitAndMonth(district.getCode(), month)
        .orElseThrow(() -> InvalidInputException.of("checkDate", district.getName() + "没有" + month + "月的抽查任务",
            district.getCode() + " has no spot-check assignment for " + month));
  }

  private List<OrgUnit> ownDistricts(Collection<String> groups) {
    return organization.activeDistricts().stream().filter(d -> belongs(d, groups)).toList();
  }

  private boolean isMonitoringCentre(Collection<String> groups) {
    return organization.activeUnits().stream().filter(u -> u.getKind() == UnitKind.MONITORING_CENTRE)
        .anyMatch(u -> belongs(u, groups));
  }

  /** Officers and heads of the unit. */
  private static boolean belongs(OrgUnit unit, Collection<String> groups) {
    return groups.contains(unit.getCode()) || unit.getHeadGroup() != null && groups.contains(unit.getHeadGroup());
  }

  /** The assignment the request is for, once every rule holds; all field errors at once otherwise. */
  public SpotCheckAssignment validate(SpotCheckRequest request) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    SpotCheckAssignment assignment = assignments.findById(request.assignmentId())
        .orElseThrow(() -> InvalidInputException.of("assignmentId", "抽查任务不存在", "no such assignment"));
    check(request, assignment, inputs);
    return assignment;
  }

  /**
   * {@link #validate} for a request whose assignment the caller has at hand (the upload looks each up once per
   * file): the same rules, no database.
   */
  public void check(SpotCheckRequest request, SpotCheckAssignment assignment) {
    Inputs inputs = new Inputs();
    inputs.addAll(validator.validate(request), field -> field);
    inputs.throwIfAny();
    if (!assignment.getId().equals(request.assignmentId())) {
      throw new IllegalArgumentException("request for assignment " + request.assignmentId() + " checked against "
          + assignment.getId());
    }
    check(request, assignment, inputs);
  }

  private void check(SpotCheckRequest request, SpotCheckAssignment assignment, Inputs inputs) {
    inputs.require(assignment.getStatus() == AssignmentStatus.OPEN, "assignmentId",
        "该月抽查任务已关闭", "the assignment is closed");
    YearMonth month = YearMonth.parse(assignment.getMonthCode());
    inputs.require(YearMonth.from(request.checkDate()).equals(month), "checkDate",
        "抽查日期须在" + month + "月内", "the check date must lie in " + month);
    inputs.require(!request.checkDate().isAfter(LocalDate.now(clock)), "checkDate",
        "抽查日期不能晚于今天", "must not be in the future");
    boolean suspected = request.result() == SpotCheckResult.SUSPECTED_VIOLATION;
    inputs.require(!suspected || request.violationCategory() != null, "violationCategory",
        "涉嫌违法的须填写违法类别", "required with a suspected violation");
    inputs.require(suspected || request.violationCategory() == null, "violationCategory",
        "未发现问题的不填违法类别", "only with a suspected violation");
    inputs.require(!suspected || request.description() != null && !request.description().isBlank(), "description",
        "涉嫌违法的须描述发现的问题", "describe the suspected violation");
    boolean sampled = Boolean.TRUE.equals(request.samplingDone());
    inputs.require(!sampled || request.samplingResult() != null, "samplingResult",
        "已抽检的须填写抽检结果", "required when a sample was taken");
    inputs.require(sampled || request.samplingResult() == null, "samplingResult",
        "未抽检的不填抽检结果", "only when a sample was taken");
    inputs.throwIfAny();
  }

  private ClueRequest clueOf(SpotCheckAssignment assignment, SpotCheck check, LocalDateTime now) {
    String district = organization.unit(assignment.getUnitCode()).map(OrgUnit::getDistrictCode).orElse(null);
    String facts = "【月度抽查监测 " + SpotCheckAssignment.number(district, assignment.getMonthCode()) + "】"
        + check.getCheckDate() + " 抽查" + check.getPlatform() + "直播间“" + check.getLiveRoom() + "”，"
        + check.getFocusArea().label() + "：" + check.getProductOrService() + "。" + check.getDescription()
        + (check.isSamplingDone() ? "（抽检结果：" + check.getSamplingResult().label() + "）" : "");
    String checkNo = SpotCheck.number(check.getId());
    return new ClueRequest(ClueSource.MONITORING, checkNo, now, check.getViolationCategory(), district,
        List.of(new ClueRequest.Subject(SubjectType.ROOM_OPERATOR, check.getLiveRoom(), null, check.getPlatform(),
            check.getAccountId(), district)),
        facts, List.of("抽查记录 " + checkNo), null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
