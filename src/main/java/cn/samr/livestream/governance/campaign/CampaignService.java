package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.campaign.CampaignProcess.Message;
import cn.samr.livestream.governance.campaign.CampaignProcess.Var;
import cn.samr.livestream.monitoring.FocusArea;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.organization.UnitKind;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.DocumentNumbers;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.PlainText;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special campaigns (专项整治, docs/campaign.md): the plan registered and its process started in one transaction, the
 * steps the process takes (approval, begin, end, the units' summaries with their reminder and overdue marks, the
 * review), period and quota changes before the campaign begins.
 */
@Service
@Transactional
public class CampaignService {

  static final String NUMBER_PREFIX = "ZX";
  /** The campaign begins at 0:00 of its first day and ends (its summaries open) at 9:00 after its last day. */
  static final LocalTime ENDS_AT = LocalTime.of(9, 0);
  static final LocalTime REMINDER_AT = LocalTime.of(9, 0);
  static final int MAX_TEXT = 2000;
  static final Set<UnitKind> WORKING_UNITS = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMPLAINT_CENTRE,
      UnitKind.ENFORCEMENT_CORPS, UnitKind.MONITORING_CENTRE);

  private final CampaignMapper campaigns;
  private final DocumentNumbers numbers;
  private final OrganizationService organization;
  private final CurrentUser currentUser;
  private final ReadPolicy readPolicy;
  private final RuntimeService runtimeService;
  private final ProcessEngineConfiguration engineConfiguration;
  private final WorkCalendar calendar;
  private final CampaignSettings settings;
  private final GovernanceEvents events;
  private final CampaignReportService reports;
  private final ManagementService managementService;
  private final Clock clock;

  public CampaignService(CampaignMapper campaigns, DocumentNumbers numbers, OrganizationService organization,
      CurrentUser currentUser, ReadPolicy readPolicy, RuntimeService runtimeService,
      ProcessEngineConfiguration engineConfiguration, WorkCalendar calendar, CampaignSettings settings,
      GovernanceEvents events, CampaignReportService reports, ManagementService managementService, Clock clock) {
    this.campaigns = campaigns;
    this.numbers = numbers;
    this.organization = organization;
    this.currentUser = currentUser;
    this.readPolicy = readPolicy;
    this.runtimeService = runtimeService;
    this.engineConfiguration = engineConfiguration;
    this.calendar = calendar;
    this.settings = settings;
    this.events = events;
    this.reports = reports;
    this.managementService = managementService;
    this.clock = clock;
  }

  // ---- plan -------------------------------------------------------------------------------------------------------

  /**
   * Registers the plan and starts special-campaign with the code as business key. A city campaign is the
   * coordination group's (its heads approve), a district campaign a district head's for that district alone.
   *
   * @throws AuthorizationException 403 for anyone else
   * @throws InvalidInputException 400, nothing stored
   */
  public Campaign plan(CampaignRequest request, String actor) {
    CampaignLevel level = request.level() == null ? CampaignLevel.CITY : request.level();
    String owner = level == CampaignLevel.CITY ? CityGroups.COORDINATION : request.ownerUnit();
    if (level == CampaignLevel.CITY && !isCoordinator()) {
      throw new AuthorizationException(actor + " may not plan a city campaign");
    }
    if (level == CampaignLevel.DISTRICT && (owner == null
        || !organization.unit(owner).map(OrgUnit::isDistrict).orElse(false) || !readPolicy.headsUnit(owner))) {
      if (owner == null || !organization.isKnownUnit(owner)) {
        throw InvalidInputException.of("ownerUnit", "区级专项须填写本区局", "a district campaign names its district");
      }
      throw new AuthorizationException(actor + " may not plan a campaign of " + owner);
    }
    List<String> units = validate(request, level, owner);
    LocalDateTime now = LocalDateTime.now(clock);
    Campaign campaign = new Campaign();
    campaign.setName(request.name().trim());
    campaign.setLevel(level);
    campaign.setOwnerUnit(owner);
    campaign.setPeriodFrom(request.periodFrom());
    campaign.setPeriodTo(request.periodTo());
    campaign.setFocusCategories(joined(request.focusCategories()));
    campaign.setProductAreas(joined(request.productAreas()));
    campaign.setDescription(blankToNull(request.description()));
    campaign.setJointDepartments(blankToNull(request.jointDepartments()));
    campaign.setStatus(CampaignStatus.PLANNED);
    campaign.setCreatedBy(actor);
    campaign.setCreatedAt(now);
    campaign.setCode(numbers.nextInYear(NUMBER_PREFIX, request.periodFrom().getYear(), 2));
    campaigns.insert(campaign);
    for (String unit : units) {
      CampaignUnit row = new CampaignUnit();
      row.setCampaignId(campaign.getId());
      row.setUnit(unit);
      campaigns.insertUnit(row);
    }
    quotas(request.quotas()).forEach(q -> campaigns.insertQuota(campaign.getId(), q));
    events.record(GovernanceRecordKind.CAMPAIGN, campaign.getId(), CampaignStep.PLANNED, level.name(),
        campaign.getName() + "（" + campaign.getPeriodFrom() + " 至 " + campaign.getPeriodTo() + "）", actor);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CampaignProcess.PROCESS_KEY)
        .businessKey(campaign.getCode())
        .setVariables(startVariables(campaign))
        .execute();
    campaigns.updateProcessInstanceId(campaign.getId(), instance.getId());
    campaign.setProcessInstanceId(instance.getId());
    return campaign;
  }

  private Map<String, Object> startVariables(Campaign campaign) {
    boolean city = campaign.getLevel() == CampaignLevel.CITY;
    OrgUnit owner = organization.unit(campaign.getOwnerUnit()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CAMPAIGN_ID.name(), campaign.getId());
    variables.put(Var.CAMPAIGN_CODE.name(), campaign.getCode());
    variables.put(Var.LIST_NUMBER.name(), campaign.getCode());
    variables.put(Var.SUBJECT_NAME.name(), campaign.getName());
    variables.put(Var.OWNER_UNIT.name(), owner.getCode());
    variables.put(Var.OWNER_UNIT_HEAD.name(), organization.headGroupOf(owner.getCode()));
    variables.put(Var.HANDLING_UNIT_NAME.name(), owner.getName());
    variables.put(Var.APPROVER_GROUP.name(), city ? CityGroups.COORDINATION_HEADS
        : organization.headGroupOf(owner.getCode()));
    variables.put(Var.REVIEWER_GROUP.name(), city ? CityGroups.COORDINATION : owner.getCode());
    variables.put(Var.PERIOD_TEXT.name(), periodText(campaign));
    variables.put(Var.CAMPAIGN_STARTS_AT.name(), startsAt(campaign.getPeriodFrom()));
    variables.put(Var.CAMPAIGN_ENDS_AT.name(), endsAt(campaign.getPeriodTo()));
    return variables;
  }

  /** 0:00 of the first day, Beijing time. */
  public static Date startsAt(LocalDate periodFrom) {
    return Times.toDate(periodFrom.atStartOfDay());
  }

  /** 9:00 of the day after the last day, Beijing time. */
  public static Date endsAt(LocalDate periodTo) {
    return Times.toDate(periodTo.plusDays(1).atTime(ENDS_AT));
  }

  static String periodText(Campaign campaign) {
    return campaign.getPeriodFrom() + " 至 " + campaign.getPeriodTo();
  }

  private List<String> validate(CampaignRequest request, CampaignLevel level, String owner) {
    Inputs inputs = new Inputs();
    inputs.require(request.name() != null && !request.name().isBlank(), "name", "请填写专项名称", "the name is required");
    inputs.require(request.name() == null || request.name().trim().length() <= 200, "name", "专项名称不超过200字",
        "the name is at most 200 characters");
    inputs.require(request.periodFrom() != null, "periodFrom", "请填写开始日期", "the first day is required");
    inputs.require(request.periodTo() != null, "periodTo", "请填写结束日期", "the last day is required");
    if (request.periodFrom() != null && request.periodTo() != null) {
      period(inputs, request.periodFrom(), request.periodTo());
    }
    inputs.require(request.description() == null || request.description().length() <= MAX_TEXT, "description",
        "说明不超过2000字", "the description is at most 2000 characters");
    inputs.require(request.jointDepartments() == null || request.jointDepartments().length() <= 400,
        "jointDepartments", "联合部门不超过400字", "the joint departments are at most 400 characters");
    inputs.require(request.name() == null || PlainText.Validator.isPlain(request.name(), false), "name",
        "不能含换行符或控制字符", "no line breaks or control characters");
    inputs.require(request.description() == null || PlainText.Validator.isPlain(request.description(), true),
        "description", "不能含控制字符", "must not contain control characters");
    inputs.require(request.jointDepartments() == null || PlainText.Validator.isPlain(request.jointDepartments(), false),
        "jointDepartments", "不能含换行符或控制字符", "no line breaks or control characters");
    for (String code : nonNull(request.focusCategories())) {
      inputs.require(known(ViolationCategory.class, code), "focusCategories",
          "未知的违法类别：" + code, "unknown category: " + code);
    }
    for (String code : nonNull(request.productAreas())) {
      inputs.require(known(FocusArea.class, code), "productAreas", "未知的重点领域：" + code,
          "unknown product area: " + code);
    }
    List<String> units = new ArrayList<>(new LinkedHashSet<>(nonNull(request.units())));
    if (level == CampaignLevel.DISTRICT && units.isEmpty()) {
      units.add(owner);
    }
    inputs.require(!units.isEmpty(), "units", "请选择参加单位", "name the participating units");
    for (String unit : units) {
      boolean working = organization.unit(unit).filter(OrgUnit::isActive)
          .map(u -> WORKING_UNITS.contains(u.getKind())).orElse(false);
      inputs.require(working, "units", "不是在用的工作单位：" + unit, "not an active working unit: " + unit);
      inputs.require(level == CampaignLevel.CITY || unit.equals(owner), "units", "区级专项的参加单位仅限本区局",
          "a district campaign's only unit is its district");
    }
    Set<String> seen = new java.util.HashSet<>();
    for (CampaignRequest.Quota quota : nonNull(request.quotas())) {
      if (quota == null) {
        inputs.require(false, "quotas", "配额不能为空值", "a quota must not be null");
        continue;
      }
      inputs.require(quota.unit() != null && units.contains(quota.unit()), "quotas", "配额的单位不是参加单位："
          + quota.unit(), "the quota's unit does not take part: " + quota.unit());
      inputs.require(quota.metric() != null, "quotas", "请填写配额指标", "the quota's metric is required");
      inputs.require(quota.target() != null && quota.target() >= 1 && quota.target() <= 100_000, "quotas",
          "配额目标应为1至100000", "the target is 1 to 100000");
      inputs.require(seen.add(quota.unit() + "|" + quota.metric()), "quotas", "同一单位同一指标只能有一项配额",
          "one quota per unit and metric");
    }
    inputs.throwIfAny();
    return units;
  }

  private void period(Inputs inputs, LocalDate from, LocalDate to) {
    inputs.require(!to.isBefore(from), "periodTo", "结束日期不能早于开始日期", "the last day is before the first");
    inputs.require(!from.isBefore(LocalDate.now(clock)), "periodFrom", "开始日期不能早于今天",
        "the first day is in the past");
    inputs.require(!to.isAfter(from.plusYears(2)), "periodTo", "专项期间不超过两年", "a campaign lasts two years at most");
  }

  private static List<CampaignQuota> quotas(List<CampaignRequest.Quota> quotas) {
    return nonNull(quotas).stream().map(q -> new CampaignQuota(q.unit(), q.metric(), q.target())).toList();
  }

  // ---- reading ----------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Campaign byCode(String code) {
    return campaigns.findByCode(code).orElseThrow(() -> new NotFoundException("专项不存在", "no such campaign"));
  }

  @Transactional(readOnly = true)
  public Campaign byId(long id) {
    return campaigns.findById(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Campaign> findByCode(String code) {
    return campaigns.findByCode(code);
  }

  @Transactional(readOnly = true)
  public List<Campaign> list(CampaignStatus status, int page, int size) {
    return campaigns.find(status, Math.max(page, 0) * size, size);
  }

  @Transactional(readOnly = true)
  public List<CampaignUnit> units(long campaignId) {
    return campaigns.findUnits(campaignId);
  }

  @Transactional(readOnly = true)
  public List<CampaignQuota> quotasOf(long campaignId) {
    return campaigns.findQuotas(campaignId);
  }

  /** The participating units, one summary task each (the multi-instance collection). */
  @Transactional(readOnly = true)
  public List<String> unitsOf(long campaignId) {
    return campaigns.findUnits(campaignId).stream().map(CampaignUnit::getUnit).toList();
  }

  /**
   * The summaries' deadline, as the tasks and the overdue timers ask for it: computed from the last day (as when the
   * summaries opened), so that the deadline ledger keeps its basis and a calendar change moves it
   * (CampaignDeadlineSync then moves campaign.summary_due and the units' copies).
   */
  @Transactional(readOnly = true)
  public Date summaryDueAt(long campaignId) {
    Campaign campaign = byId(campaignId);
    return calendar.workingDaysDeadline(campaign.getPeriodTo(), settings.summaryWorkingDays());
  }

  /** 9:00 of the working day {@code reminder-working-days-before} working days before the summaries' last day. */
  @Transactional(readOnly = true)
  public Date summaryReminderAt(long campaignId) {
    Campaign campaign = byId(campaignId);
    LocalDate day = calendar.addWorkingDays(campaign.getPeriodTo(),
        settings.summaryWorkingDays() - settings.reminderWorkingDaysBefore());
    return Times.toDate(day.atTime(REMINDER_AT));
  }

  // ---- the process's steps ----------------------------------------------------------------------------------------

  /** 审批专项方案: approved (waits for the first day) or rejected (REJECTED, the process ends). */
  public void decidePlan(long campaignId, Boolean approved, String remarks, String actor) {
    if (approved == null) {
      throw InvalidInputException.of("planApproved", "请选择是否同意", "approve or reject the plan");
    }
    text(remarks, "approvalRemarks");
    campaigns.updateApproval(campaignId, approved ? CampaignStatus.PLANNED : CampaignStatus.REJECTED, actor,
        LocalDateTime.now(clock), blankToNull(remarks));
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.PLAN_APPROVAL,
        approved ? "APPROVED" : "REJECTED", blankToNull(remarks), actor);
  }

  /** The first day came: records may be tagged. */
  public void activate(long campaignId) {
    campaigns.updateStatus(campaignId, CampaignStatus.ACTIVE);
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.ACTIVATED, null, null, "system");
  }

  /** The campaign ended: the summaries are due {@code summary-working-days} working days after the last day. */
  public void openSummaries(long campaignId) {
    Campaign campaign = byId(campaignId);
    Date due = calendar.workingDaysDeadline(campaign.getPeriodTo(), settings.summaryWorkingDays());
    campaigns.updateStatus(campaignId, CampaignStatus.SUMMARISING);
    campaigns.updateSummaryDue(campaignId, Times.toLocal(due));
    campaigns.updateUnitsDue(campaignId, Times.toLocal(due));
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.SUMMARIES_OPENED, null,
        "小结期限 " + Times.toLocal(due).toLocalDate(), "system");
  }

  /**
   * The engine's summary deadline was computed again (the calendar changed): the unit's copy follows (unless its
   * summary is in), and the campaign's, which the summary tasks and timers read.
   */
  public void moveSummaryDue(long campaignId, String unit, Date due) {
    campaigns.updateSummaryDue(campaignId, Times.toLocal(due));
    campaigns.findUnits(campaignId).stream().filter(u -> u.getUnit().equals(unit)).findFirst()
        .ifPresent(row -> campaigns.updateUnitDue(row.getId(), Times.toLocal(due)));
  }

  /** The unit's summary row. */
  @Transactional(readOnly = true)
  public CampaignUnit unit(long campaignId, String unit) {
    return campaigns.findUnits(campaignId).stream().filter(u -> u.getUnit().equals(unit)).findFirst().orElseThrow();
  }

  /** What a unit's summary task shows: its row, its name and its figures now. */
  public record SummaryTask(long rowId, String unitName, String figuresText) {
  }

  @Transactional(readOnly = true)
  public SummaryTask summaryTask(long campaignId, String unit) {
    return new SummaryTask(unit(campaignId, unit).getId(),
        organization.unit(unit).map(OrgUnit::getName).orElse(unit), reports.figuresText(campaignId, unit));
  }

  public void submitSummary(long campaignId, String unit, String summary, String actor) {
    if (summary == null || summary.isBlank()) {
      throw InvalidInputException.of("unitSummary", "请填写工作小结", "the summary is required");
    }
    text(summary, "unitSummary");
    CampaignUnit row = unit(campaignId, unit);
    campaigns.submitSummary(row.getId(), summary.trim(), actor, LocalDateTime.now(clock));
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.UNIT_SUMMARY, unit, null, actor);
  }

  /** Records the reminder; returns the unit's row id (its task carries it). */
  public long remind(long campaignId, String unit) {
    long row = unit(campaignId, unit).getId();
    campaigns.markReminded(row, LocalDateTime.now(clock));
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.SUMMARY_REMINDER, unit, null, "system");
    return row;
  }

  public void markOverdue(long campaignId, String unit) {
    campaigns.markOverdue(unit(campaignId, unit).getId());
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.SUMMARY_OVERDUE, unit, null, "system");
  }

  /** The review opens: status REVIEW; the text the review task shows (each unit's summary, on time or not). */
  public String openReview(long campaignId) {
    campaigns.updateStatus(campaignId, CampaignStatus.REVIEW);
    StringBuilder text = new StringBuilder();
    for (CampaignUnit unit : campaigns.findUnits(campaignId)) {
      String name = organization.unit(unit.getUnit()).map(OrgUnit::getName).orElse(unit.getUnit());
      text.append(name).append(unit.isOverdue() ? "（逾期提交）" : "").append("：")
          .append(unit.getSummary() == null ? "未提交" : unit.getSummary()).append('\n');
    }
    return text.toString().trim();
  }

  public void review(long campaignId, String remarks, String actor) {
    text(remarks, "reviewRemarks");
    campaigns.updateReview(campaignId, blankToNull(remarks), actor);
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.REVIEWED, null, blankToNull(remarks), actor);
  }

  /** Freezes the report (campaign_report_figures) and closes the campaign: no more tags. */
  public void close(long campaignId) {
    reports.freeze(campaignId);
    campaigns.close(campaignId, LocalDateTime.now(clock));
    events.record(GovernanceRecordKind.CAMPAIGN, campaignId, CampaignStep.FROZEN, null, null, "system");
  }

  /**
   * Inside Task_MovePeriodTimers: the waiting begin or end timer of the instance moves to the period's new dates
   * (the variables the message set); a timer not yet created takes them when it is.
   */
  public void moveTimers(String processInstanceId, long campaignId) {
    Campaign campaign = byId(campaignId);
    managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(CampaignProcess.Element.BEGINS_TIMER).list()
        .forEach(job -> managementService.setJobDuedate(job.getId(), startsAt(campaign.getPeriodFrom())));
    managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(CampaignProcess.Element.ENDS_TIMER).list()
        .forEach(job -> managementService.setJobDuedate(job.getId(), endsAt(campaign.getPeriodTo())));
  }

  // ---- changes before the campaign begins ----------------------------------------------------------------------------

  /**
   * The period, before the campaign began (PLANNED): the waiting begin timer moves (Msg_CampaignPeriodChanged).
   *
   * @throws CampaignConflictException 409 once the campaign began or was rejected
   */
  public Campaign changePeriod(String code, LocalDate from, LocalDate to, String actor) {
    Campaign campaign = ownedBeforeStart(code, actor);
    Inputs inputs = new Inputs();
    inputs.require(from != null, "periodFrom", "请填写开始日期", "the first day is required");
    inputs.require(to != null, "periodTo", "请填写结束日期", "the last day is required");
    if (from != null && to != null) {
      period(inputs, from, to);
    }
    inputs.throwIfAny();
    campaigns.updatePeriod(campaign.getId(), from, to);
    events.record(GovernanceRecordKind.CAMPAIGN, campaign.getId(), CampaignStep.PERIOD_CHANGED, null,
        periodText(campaign) + " → " + from + " 至 " + to, actor);
    Map<String, Object> variables = Map.of(Var.CAMPAIGN_STARTS_AT.name(), startsAt(from),
        Var.CAMPAIGN_ENDS_AT.name(), endsAt(to), Var.PERIOD_TEXT.name(), from + " 至 " + to);
    EngineCalls.asSystem(((ProcessEngineConfigurationImpl) engineConfiguration).getCommandExecutorTxRequired(),
        () -> runtimeService.createMessageCorrelation(Message.PERIOD_CHANGED)
            .processInstanceId(campaign.getProcessInstanceId()).setVariables(variables).correlateWithResult());
    return byId(campaign.getId());
  }

  /** The quotas, replaced as a whole before the campaign began. */
  public List<CampaignQuota> changeQuotas(String code, List<CampaignRequest.Quota> quotas, String actor) {
    Campaign campaign = ownedBeforeStart(code, actor);
    List<String> units = unitsOf(campaign.getId());
    Inputs inputs = new Inputs();
    Set<String> seen = new java.util.HashSet<>();
    for (CampaignRequest.Quota quota : nonNull(quotas)) {
      inputs.require(quota.unit() != null && units.contains(quota.unit()), "quotas", "配额的单位不是参加单位："
          + quota.unit(), "the quota's unit does not take part: " + quota.unit());
      inputs.require(quota.metric() != null, "quotas", "请填写配额指标", "the quota's metric is required");
      inputs.require(quota.target() != null && quota.target() >= 1 && quota.target() <= 100_000, "quotas",
          "配额目标应为1至100000", "the target is 1 to 100000");
      inputs.require(seen.add(quota.unit() + "|" + quota.metric()), "quotas", "同一单位同一指标只能有一项配额",
          "one quota per unit and metric");
    }
    inputs.throwIfAny();
    campaigns.deactivateQuotas(campaign.getId());
    for (CampaignQuota quota : quotas(quotas)) {
      if (campaigns.reactivateQuota(campaign.getId(), quota) == 0) {
        campaigns.insertQuota(campaign.getId(), quota);
      }
    }
    events.record(GovernanceRecordKind.CAMPAIGN, campaign.getId(), CampaignStep.QUOTAS_CHANGED, null,
        quotas(quotas).stream().map(q -> q.unit() + " " + q.metric().label() + " " + q.target())
            .collect(Collectors.joining("；")), actor);
    return campaigns.findQuotas(campaign.getId());
  }

  private Campaign ownedBeforeStart(String code, String actor) {
    Campaign campaign = byCode(code);
    boolean owner = campaign.getLevel() == CampaignLevel.CITY ? isCoordinator()
        : readPolicy.headsUnit(campaign.getOwnerUnit());
    if (!owner) {
      throw new AuthorizationException(actor + " does not own campaign " + code);
    }
    if (campaign.getStatus() != CampaignStatus.PLANNED) {
      throw new CampaignConflictException("专项已开始或未获批准，不能再改期间或配额（状态：" + campaign.getStatus().label() + "）",
          "the campaign began or was rejected: its period and quotas are fixed");
    }
    return campaign;
  }

  /** The coordination group, its heads or an administrator. */
  public boolean isCoordinator() {
    return currentUser.isMemberOf(CityGroups.COORDINATION) || currentUser.isMemberOf(CityGroups.COORDINATION_HEADS)
        || currentUser.isMemberOf(CityGroups.ADMINISTRATORS);
  }

  private static void text(String value, String field) {
    if (value != null && value.length() > MAX_TEXT) {
      throw InvalidInputException.of(field, "不超过2000字", "at most 2000 characters");
    }
  }

  private static String joined(List<String> codes) {
    List<String> list = nonNull(codes).stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct()
        .toList();
    return list.isEmpty() ? null : String.join(",", list);
  }

  private static <E extends Enum<E>> boolean known(Class<E> type, String code) {
    return code != null && java.util.Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(code));
  }

  static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
