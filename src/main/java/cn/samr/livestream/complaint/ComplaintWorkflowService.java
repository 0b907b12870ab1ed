package cn.samr.livestream.complaint;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business rules of each step of complaint-handling. Delegates and task listeners only translate
 * between process variables and these methods; every decision is written to complaint_event.
 */
@Service
@Transactional
public class ComplaintWorkflowService {

  static final String ENFORCEMENT_CORPS = CityGroups.ENFORCEMENT_CORPS;
  static final String COMPLAINT_CENTRE = CityGroups.COMPLAINT_CENTRE;

  private final ComplaintMapper complaints;
  private final ComplaintRecords records;
  private final SubjectRegistry subjects;
  private final OrganizationService organization;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final int repeatWindowDays;

  ComplaintWorkflowService(ComplaintMapper complaints, ComplaintRecords records, SubjectRegistry subjects,
      OrganizationService organization, WorkCalendar calendar, Clock clock,
      @Value("${livestream.complaint.repeat-window-days:90}") int repeatWindowDays) {
    this.repeatWindowDays = repeatWindowDays;
    this.complaints = complaints;
    this.records = records;
    this.subjects = subjects;
    this.organization = organization;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * @param subjectCreditClass the highest credit risk class of the named subjects (A–D, "" while none is computed)
   */
  public record RoutingFacts(String jurisdiction, boolean jurisdictionKnown, long repeatComplaints90d,
      String subjectCreditClass) {
  }

  public record Assignment(String unit, String unitName, String headGroup, String note) {
  }

  public record Findings(boolean substantiated, boolean remedyOwed, boolean violationClueFound) {
  }

  /** Inputs of the verification form. */
  public record FindingsInput(Boolean substantiated, String facts, boolean remedyReturn, boolean remedyRefund,
      boolean remedyCompensation, Double amountOwed, boolean owedByStreamer, boolean owedByPlatform,
      boolean owedByMerchant, boolean violationClueFound, String clueCategory, String clueDescription) {
  }

  public Complaint complaint(long id) {
    return records.complaint(id)
        .orElseThrow(() -> new NotFoundException("投诉不存在：" + id, "no complaint with id " + id));
  }

  public ComplaintFinding finding(long complaintId) {
    return complaints.findFinding(complaintId)
        .orElseThrow(() -> new NotFoundException("尚无核实结果：" + complaintId, "no findings for complaint " + complaintId));
  }

  /**
   * The complainant, for a check that compares in memory only (typical cases): never shown, stored or logged by the
   * caller.
   */
  public java.util.Optional<Complainant> complainant(long complaintId) {
    return complaints.findComplainant(complaintId);
  }

  /** The supervised subjects the complaint names, in the order they were registered. */
  public List<Long> subjectIds(long complaintId) {
    return records.subjects(complaintId).stream().map(s -> s.getSubject().getId()).toList();
  }

  /**
   * Jurisdiction (投诉举报办法 Art.12/27): the merchant's place of business, else the platform's
   * registration, else the district the complainant named. Also counts the complaints against the same
   * subjects received within the repeat window up to this one (this one included) for the routing
   * table (seed 000 §一: 重点、反复投诉 go to the enforcement corps).
   */
  public RoutingFacts prepareRouting(long complaintId) {
    Complaint complaint = complaint(complaintId);
    List<ComplaintSubject> named = records.subjects(complaintId);
    String jurisdiction = districtOf(named, PartyRole.MERCHANT);
    if (jurisdiction == null) {
      jurisdiction = districtOf(named, PartyRole.PLATFORM);
    }
    if (jurisdiction == null) {
      jurisdiction = complaint.getReportedDistrict();
    }
    boolean known = jurisdiction != null && organization.districtByCode(jurisdiction).isPresent();
    LocalDateTime until = complaint.getReceivedAt();
    LocalDateTime since = until.minusDays(repeatWindowDays);
    List<Long> subjectIds = named.stream().map(s -> s.getSubject().getId()).distinct().toList();
    long repeats = subjects.mostComplaintsReceivedBetween(subjectIds, since, until);
    complaint.setJurisdiction(known ? jurisdiction : null);
    records.changed(complaint);
    return new RoutingFacts(known ? jurisdiction : null, known, repeats,
        subjects.worstCreditClass(subjectIds).map(Enum::name).orElse(""));
  }

  private static String districtOf(List<ComplaintSubject> named, PartyRole role) {
    return named.stream().filter(s -> s.getRole() == role).map(s -> s.getSubject().getDistrictCode())
        .filter(d -> d != null && !d.isBlank()).findFirst().orElse(null);
  }

  /** Applies the routing table's answer; null when the complaint centre must assign (投诉举报中心指定管辖). */
  public Assignment applyRouting(long complaintId, RoutingTarget target, long repeatComplaints90d, String actor) {
    Complaint complaint = complaint(complaintId);
    Assignment assignment = switch (target) {
      case DISTRICT -> assignment(organization.districtByCode(complaint.getJurisdiction()).orElseThrow().getCode(),
          "属地管辖：" + complaint.getJurisdiction());
      case ENFORCEMENT_CORPS -> assignment(ENFORCEMENT_CORPS, complaint.isLifeHealthRisk()
          ? "涉及生命健康安全，由市局执法总队调查处置"
          : "重点、反复投诉（90日内同一对象被投诉" + repeatComplaints90d + "次），由市局执法总队调查处置");
      case COMPLAINT_CENTRE -> null;
    };
    if (assignment == null) {
      complaint.setStatus(ComplaintStatus.AWAITING_ASSIGNMENT);
      records.changed(complaint);
      record(complaintId, ComplaintStep.ROUTING, target.name(), "管辖不明，转投诉举报中心指定管辖", actor);
      return null;
    }
    assign(complaint, assignment.unit());
    record(complaintId, ComplaintStep.ROUTING, target.name(), assignment.note(), actor);
    return assignment;
  }

  /** The complaint centre names the handling unit (指定管辖). */
  public Assignment assignJurisdiction(long complaintId, String unitCode, String note, String actor) {
    Inputs inputs = new Inputs();
    OrgUnit unit = unitCode == null ? null : organization.unit(unitCode).filter(OrgUnit::isActive).orElse(null);
    inputs.require(unit != null && (unit.getDistrictCode() != null || ENFORCEMENT_CORPS.equals(unitCode)),
        "assignedUnit", "请选择区局或执法总队", "choose a district bureau or the enforcement corps");
    inputs.require(note != null && !note.isBlank(), "assignmentNote", "请填写指定理由", "give the reason");
    inputs.throwIfAny();
    Complaint complaint = complaint(complaintId);
    if (unitCode.equals(complaint.getHandlingUnit())) {
      throw InvalidInputException.of("assignedUnit", "该单位已认为不属其管辖，请另行指定",
          "that unit has declined jurisdiction; choose another");
    }
    assign(complaint, unitCode);
    record(complaintId, ComplaintStep.ASSIGNMENT, unitCode, note.trim(), actor);
    return assignment(unitCode, note.trim());
  }

  private void assign(Complaint complaint, String unitCode) {
    complaint.setHandlingUnit(unitCode);
    complaint.setStatus(ComplaintStatus.AWAITING_ACCEPTANCE);
    records.changed(complaint);
  }

  private Assignment assignment(String unitCode, String note) {
    OrgUnit unit = organization.unit(unitCode).orElseThrow();
    return new Assignment(unitCode, unit.getName(), organization.headGroupOf(unitCode), note);
  }

  /** The acceptance task was created: its due date is the statutory deadline (Art.14: 7 working days). */
  public String recordAcceptanceDue(long complaintId, Date due) {
    Complaint complaint = complaint(complaintId);
    complaint.setAcceptanceDue(Times.toLocal(due));
    records.changed(complaint);
    return calendar.formatDeadline(due);
  }

  public void remindAcceptance(long complaintId) {
    Complaint complaint = complaint(complaintId);
    record(complaintId, ComplaintStep.ACCEPTANCE_REMINDER, null,
        "受理期限将至（" + complaint.getAcceptanceDue() + "），请及时作出受理决定", "system");
  }

  public void markAcceptanceOverdue(long complaintId) {
    Complaint complaint = complaint(complaintId);
    complaint.setAcceptanceOverdue(true);
    records.changed(complaint);
    record(complaintId, ComplaintStep.ACCEPTANCE_OVERDUE, null, "受理审查超过法定期限，已提交负责人督办", "system");
  }

  public void recordSupervision(long complaintId, String note, String actor) {
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("supervisionNote", "请填写督办意见", "give the supervision note");
    }
    record(complaintId, ComplaintStep.OVERDUE_SUPERVISION, null, note.trim(), actor);
  }

  /**
   * Acceptance review (受理审查). NOT_JURISDICTION sends the complaint back to routing once; a unit that
   * received it after re-routing must decide.
   */
  public AcceptanceDecision decideAcceptance(long complaintId, String decisionValue, String reason, String actor) {
    AcceptanceDecision decision = Inputs.enumValue(AcceptanceDecision.class, decisionValue, "acceptanceDecision");
    boolean reasonGiven = reason != null && !reason.isBlank();
    Complaint complaint = complaint(complaintId);
    new Inputs()
        .require(decision == AcceptanceDecision.ACCEPT || reasonGiven, "decisionReason",
            "不予受理或退回分派须说明理由", "a reason is required unless the complaint is accepted")
        .require(decision != AcceptanceDecision.NOT_JURISDICTION || !complaint.isRerouted(), "acceptanceDecision",
            "本投诉已重新分派过一次，须作出受理或不予受理决定",
            "this complaint was re-routed once already; accept it or decline it")
        .throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    switch (decision) {
      case ACCEPT -> {
        complaint.setAcceptedAt(now);
        complaint.setStatus(ComplaintStatus.IN_VERIFICATION);
      }
      case REJECT -> {
        complaint.setStatus(ComplaintStatus.NOT_ACCEPTED);
        complaint.setOutcome(ComplaintOutcome.NOT_ACCEPTED);
      }
      case NOT_JURISDICTION -> {
        complaint.setRerouted(true);
        complaint.setStatus(ComplaintStatus.AWAITING_ASSIGNMENT);
      }
    }
    records.changed(complaint);
    record(complaintId, ComplaintStep.ACCEPTANCE, decision.name(), reasonGiven ? reason.trim() : decision.label(), actor);
    return decision;
  }

  /** The verification task was created: its due date is the end of mediation (Art.21(五): 45 working days). */
  public String recordMediationDeadline(long complaintId, Date deadline) {
    Complaint complaint = complaint(complaintId);
    complaint.setMediationDeadline(Times.toLocal(deadline));
    records.changed(complaint);
    return calendar.formatDeadline(deadline);
  }

  /** Verification and mediation (调查核实/调解): findings, and one remedy obligation per responsible party. */
  public Findings recordFindings(long complaintId, FindingsInput in, String actor) {
    Inputs inputs = new Inputs();
    inputs.require(in.substantiated() != null, "substantiated", "请确认投诉事实是否属实", "state whether it is substantiated");
    inputs.require(in.facts() != null && !in.facts().isBlank(), "facts", "请填写核实情况", "describe the facts found");
    boolean substantiated = Boolean.TRUE.equals(in.substantiated());
    Set<ClaimType> remedyTypes = EnumSet.noneOf(ClaimType.class);
    if (in.remedyReturn()) remedyTypes.add(ClaimType.RETURN);
    if (in.remedyRefund()) remedyTypes.add(ClaimType.REFUND);
    if (in.remedyCompensation()) remedyTypes.add(ClaimType.COMPENSATION);
    List<PartyRole> owing = new ArrayList<>();
    if (in.owedByStreamer()) owing.add(PartyRole.STREAMER);
    if (in.owedByPlatform()) owing.add(PartyRole.PLATFORM);
    if (in.owedByMerchant()) owing.add(PartyRole.MERCHANT);
    boolean remedyOwed = substantiated && !remedyTypes.isEmpty();
    if (remedyOwed) {
      inputs.require(!owing.isEmpty(), "owedByMerchant", "请选择退赔责任方", "choose who owes the remedy");
      boolean moneyOwed = remedyTypes.contains(ClaimType.REFUND) || remedyTypes.contains(ClaimType.COMPENSATION);
      inputs.require(!moneyOwed || (in.amountOwed() != null && in.amountOwed() > 0), "amountOwed",
          "退款或赔偿须填写大于零的金额", "a refund or compensation needs an amount above zero");
      inputs.require(in.amountOwed() == null || in.amountOwed() >= 0, "amountOwed", "金额不能为负数",
          "must not be negative");
    }
    ViolationCategory category = null;
    if (in.violationClueFound()) {
      category = in.clueCategory() == null ? null : Inputs.enumValue(ViolationCategory.class, in.clueCategory(), "clueCategory");
      inputs.require(category != null, "clueCategory", "请选择违法线索类别", "choose the violation category");
      inputs.require(in.clueDescription() != null && !in.clueDescription().isBlank(), "clueDescription",
          "请描述违法线索", "describe the violation clue");
    }
    inputs.throwIfAny();

    ComplaintFinding finding = new ComplaintFinding();
    finding.setComplaintId(complaintId);
    finding.setSubstantiated(substantiated);
    finding.setFacts(in.facts().trim());
    finding.setRemedyTypes(remedyOwed ? join(remedyTypes) : null);
    finding.setAmountOwed(remedyOwed && in.amountOwed() != null ? BigDecimal.valueOf(in.amountOwed()) : null);
    finding.setViolationClueFound(in.violationClueFound());
    finding.setClueCategory(category);
    finding.setClueDescription(in.violationClueFound() ? in.clueDescription().trim() : null);
    finding.setRecordedBy(actor);
    finding.setRecordedAt(LocalDateTime.now(clock));
    complaints.insertFinding(finding);

    Complaint complaint = complaint(complaintId);
    if (remedyOwed) {
      List<ComplaintSubject> named = records.subjects(complaintId);
      for (PartyRole role : owing) {
        RemedyObligation remedy = new RemedyObligation();
        remedy.setComplaintId(complaintId);
        remedy.setPartyRole(role);
        remedy.setSubjectId(named.stream().filter(s -> s.getRole() == role).map(s -> s.getSubject().getId())
            .findFirst().orElse(null));
        remedy.setRemedyTypes(join(remedyTypes));
        remedy.setAmountOwed(in.amountOwed() == null ? BigDecimal.ZERO : BigDecimal.valueOf(in.amountOwed()));
        remedy.setStatus(RemedyStatus.NOTIFIED);
        remedy.setUpdatedBy(actor);
        records.insert(remedy);
      }
      complaint.setStatus(ComplaintStatus.IN_REMEDY);
    } else {
      complaint.setStatus(ComplaintStatus.AWAITING_CLOSING);
    }
    records.changed(complaint);
    record(complaintId, ComplaintStep.VERIFICATION, substantiated ? "SUBSTANTIATED" : "NOT_SUBSTANTIATED",
        in.facts().trim() + (remedyOwed ? "；责任方：" + owing.stream().map(PartyRole::label)
            .collect(Collectors.joining("、")) : ""), actor);
    return new Findings(substantiated, remedyOwed, in.violationClueFound());
  }

  /** Mediation reached its 45-working-day limit (调解终止); open remedies end with it. */
  public String terminateMediation(long complaintId, Date endedAt) {
    Complaint complaint = complaint(complaintId);
    complaint.setStatus(ComplaintStatus.MEDIATION_ENDED);
    complaint.setOutcome(ComplaintOutcome.MEDIATION_ENDED);
    records.changed(complaint);
    for (RemedyObligation remedy : records.remediesOf(complaintId)) {
      if (remedy.getStatus() == RemedyStatus.NOTIFIED || remedy.getStatus() == RemedyStatus.URGED) {
        remedy.setStatus(RemedyStatus.ENDED);
        remedy.setUpdatedBy("system");
        records.changed(remedy);
      }
    }
    record(complaintId, ComplaintStep.MEDIATION_TERMINATED, null, "自受理之日起45个工作日调解未成，终止调解", "system");
    return calendar.formatDeadline(calendar.addWorkingDays(endedAt, 7));
  }

  public void recordMediationEndNotice(long complaintId, String notifiedOn, String method, String note, String actor) {
    LocalDate day = Inputs.date(notifiedOn, "notifiedOn");
    new Inputs()
        .require(method != null && !method.isBlank(), "notificationMethod", "请选择告知方式", "choose how the parties were told")
        .require(!day.isAfter(LocalDate.now(clock)), "notifiedOn", "告知日期不能晚于今天", "must not be in the future")
        .throwIfAny();
    record(complaintId, ComplaintStep.MEDIATION_END_NOTICE, method, day + (note == null || note.isBlank() ? "" : "：" + note.trim()), actor);
  }

  /** The outcome follows from what was recorded on the way. */
  public ComplaintOutcome determineOutcome(long complaintId) {
    Complaint complaint = complaint(complaintId);
    ComplaintOutcome outcome = outcomeOf(complaint, complaints.findFinding(complaintId).orElse(null),
        records.remediesOf(complaintId));
    complaint.setOutcome(outcome);
    complaint.setStatus(ComplaintStatus.AWAITING_CLOSING);
    records.changed(complaint);
    return outcome;
  }

  static ComplaintOutcome outcomeOf(Complaint complaint, ComplaintFinding finding, List<RemedyObligation> remedies) {
    if (complaint.getOutcome() == ComplaintOutcome.NOT_ACCEPTED
        || complaint.getOutcome() == ComplaintOutcome.MEDIATION_ENDED) {
      return complaint.getOutcome();
    }
    if (finding == null || !finding.isSubstantiated()) {
      return ComplaintOutcome.NOT_SUBSTANTIATED;
    }
    if (remedies.stream().anyMatch(r -> r.getStatus() == RemedyStatus.REFERRED)) {
      return ComplaintOutcome.REFERRED;
    }
    if (!remedies.isEmpty()) {
      return ComplaintOutcome.MEDIATED_PAID;
    }
    return finding.isViolationClueFound() ? ComplaintOutcome.REFERRED : ComplaintOutcome.RESOLVED;
  }

  /** Closing (办结): the reply to the complainant, and whether every timed step kept its deadline. */
  public boolean close(long complaintId, String repliedOn, String method, String summary, String actor) {
    LocalDate day = Inputs.date(repliedOn, "repliedOn");
    new Inputs()
        .require(method != null && !method.isBlank(), "replyMethod", "请选择答复方式", "choose the reply method")
        .require(summary != null && !summary.isBlank(), "replySummary", "请填写答复内容", "give the reply")
        .require(!day.isAfter(LocalDate.now(clock)), "repliedOn", "答复日期不能晚于今天", "must not be in the future")
        .throwIfAny();
    Complaint complaint = complaint(complaintId);
    LocalDateTime now = LocalDateTime.now(clock);
    boolean onTime = onTime(complaint, complaints.findEvents(complaintId), now);
    complaint.setStatus(ComplaintStatus.CLOSED);
    complaint.setClosedAt(now);
    complaint.setClosedOnTime(onTime);
    records.changed(complaint);
    record(complaintId, ComplaintStep.CLOSING, complaint.getOutcome().name(), method + " " + day + "：" + summary.trim(), actor);
    return onTime;
  }

  /**
   * 按时办结 (docs/monthly-report.md): every statutory step kept its limit, closing included. Acceptance: the
   * decision by acceptance_due (Art.14, 7 working days) and never marked overdue. Then the closing itself, recorded
   * by the system clock (the reply date can be back-dated): not accepted — by acceptance_due (Art.14: decide
   * and tell the complainant); mediation ended — the parties told and the complaint closed within 7 working days of
   * the end (Art.21); otherwise by mediation_deadline (Art.21(五): 45 working days from acceptance, the only
   * statutory bound on an accepted complaint). A limit that was never recorded counts as missed: fail closed.
   */
  boolean onTime(Complaint complaint, List<RecordEvent> events, LocalDateTime closedAt) {
    LocalDateTime decided = events.stream()
        .filter(e -> e.is(ComplaintStep.ACCEPTANCE) && !AcceptanceDecision.NOT_JURISDICTION.name().equals(e.getDecision()))
        .map(RecordEvent::getOccurredAt).reduce((first, last) -> last).orElse(null);
    if (complaint.isAcceptanceOverdue() || !within(decided, complaint.getAcceptanceDue())) {
      return false;
    }
    return switch (complaint.getOutcome()) {
      case NOT_ACCEPTED -> within(closedAt, complaint.getAcceptanceDue());
      case MEDIATION_ENDED -> mediationEndNoticeOnTime(events, closedAt);
      default -> within(closedAt, complaint.getMediationDeadline());
    };
  }

  /**
   * Due date of 办结, the same limit {@link #onTime} measures the closing against: not accepted — acceptance_due;
   * mediation ended — 7 working days after the end (Art.21); otherwise mediation_deadline. Null (no due date) when
   * that limit was never recorded.
   */
  public Date closingDue(long complaintId) {
    Complaint complaint = complaint(complaintId);
    LocalDateTime limit = switch (complaint.getOutcome()) {
      case NOT_ACCEPTED -> complaint.getAcceptanceDue();
      case MEDIATION_ENDED -> complaints.findEvents(complaintId).stream()
          .filter(e -> e.is(ComplaintStep.MEDIATION_TERMINATED)).map(RecordEvent::getOccurredAt).findFirst()
          .map(ended -> Times.toLocal(calendar.addWorkingDays(Times.toDate(ended), 7))).orElse(null);
      default -> Times.toLocal(mediationDue(complaintId));
    };
    return limit == null ? null : Times.toDate(limit);
  }

  /**
   * Due date of 督促履行: the mediation limit (Art.21(五)) as recorded on the complaint, at which the model's
   * boundary timer ends every open remedy enforcement; urging after it is no longer possible.
   */
  public Date mediationDue(long complaintId) {
    Complaint complaint = complaint(complaintId);
    if (complaint.getMediationDeadline() == null || complaint.getAcceptedAt() == null) {
      return null;
    }
    // computed from its basis, not read back, so that the deadline ledger keeps what it is counted from
    int excluded = complaints.findExcludedPeriods(complaintId).stream()
        .mapToInt(MediationExcludedPeriod::getWorkingDays).sum();
    return calendar.addWorkingDays(Times.toDate(complaint.getAcceptedAt()),
        ComplaintProcess.MEDIATION_WORKING_DAYS + excluded);
  }

  private static boolean within(LocalDateTime done, LocalDateTime limit) {
    return done != null && limit != null && !done.isAfter(limit);
  }

  /** Art.21: the parties are told, and the complaint closed, within 7 working days of the end of mediation. */
  private boolean mediationEndNoticeOnTime(List<RecordEvent> events, LocalDateTime closedAt) {
    LocalDateTime ended = events.stream().filter(e -> e.is(ComplaintStep.MEDIATION_TERMINATED))
        .map(RecordEvent::getOccurredAt).findFirst().orElse(null);
    LocalDate told = events.stream().filter(e -> e.is(ComplaintStep.MEDIATION_END_NOTICE))
        .map(e -> LocalDate.parse(e.getDetail().substring(0, 10))).findFirst().orElse(null);
    if (ended == null || told == null) {
      return false;
    }
    LocalDate limit = calendar.addWorkingDays(ended.toLocalDate(), 7);
    return !told.isAfter(limit) && !closedAt.toLocalDate().isAfter(limit);
  }

  public void record(long complaintId, ComplaintStep step, String decision, String detail, String actor) {
    complaints.insertEvent(new RecordEvent(complaintId, step, decision, detail, actor, LocalDateTime.now(clock)));
  }



  private static String join(Set<ClaimType> types) {
    return types.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
