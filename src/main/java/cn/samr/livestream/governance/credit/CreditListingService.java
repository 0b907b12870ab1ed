package cn.samr.livestream.governance.credit;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.SubjectFactsChanged;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.CreditList;
import cn.samr.livestream.subject.SubjectRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a listing after its proposal (processes/credit-listing.bpmn): notice and statement, approval,
 * the decision with its document number, publication, the removal waits and the removal decision. Every step
 * writes credit_listing and its governance_event row in the engine's transaction.
 */
@Service
@Transactional
public class CreditListingService {

  static final int TEXT = 2000;
  static final int NOTE = 500;

  private final CreditListingMapper listings;
  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final SubjectRegistry subjects;
  private final CreditSettings settings;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher facts;
  private final ObjectMapper json = new ObjectMapper();

  public CreditListingService(CreditListingMapper listings, GovernanceEvents events, EnforcementRecords records,
      SubjectRegistry subjects, CreditSettings settings, WorkCalendar calendar, Clock clock,
      ApplicationEventPublisher facts) {
    this.listings = listings;
    this.facts = facts;
    this.events = events;
    this.records = records;
    this.subjects = subjects;
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  public CreditListing listing(long listingId) {
    return listings.findById(listingId)
        .orElseThrow(() -> new NotFoundException("信用名单记录不存在：" + listingId, "no listing " + listingId));
  }

  /** The periods the listing was created with (settings_json), not today's configuration. */
  public ListingPeriods periods(CreditListing listing) {
    try {
      return json.readValue(listing.getSettingsJson(), ListingPeriods.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("settings_json of listing " + listing.getListingNo() + " unreadable", e);
    }
  }

  String toJson(ListingPeriods periods) {
    try {
      return json.writeValueAsString(periods);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void event(long listingId, ListingStep step, String decision, String detail, String actor) {
    events.record(GovernanceRecordKind.LISTING, listingId, step, decision, detail, actor);
  }

  // ---------------------------------------------------------------- before the decision

  /** What the gateways read after the preparation: the notice step and the higher approval. */
  public record Route(boolean noticeNeeded, boolean higherApprovalNeeded) {
  }

  /**
   * 准备: a case's proposal had its notice with the penalty (告知、听证与处罚程序一并实施), a head's proposal has its own
   * when the kind has a statement period; the higher approval as the listing's periods say.
   */
  public Route prepare(long listingId) {
    CreditListing listing = listing(listingId);
    ListingPeriods periods = periods(listing);
    boolean notice = listing.getOrigin() == ListingOrigin.HEAD && periods.statementWorkingDays() > 0;
    listing.setStatus(notice ? ListingStatus.NOTICE : ListingStatus.AWAITING_APPROVAL);
    listings.update(listing);
    return new Route(notice, periods.higherApprovalRequired());
  }

  /** 告知: the notice (列入严重违法失信名单告知书) with its number; the statement period runs from today. */
  public void issueNotice(long listingId, String actor) {
    CreditListing listing = listing(listingId);
    EnforcementAction notice = records.record(new NewAction(ActionType.LISTING_NOTICE, listing.getListingUnit(), null,
        listing.getCaseId(), listing.getSubjectId(), null, null, actor, "拟列入" + listing.getKind().label()));
    listing.setNoticeActionId(notice.getId());
    Date end = calendar.addWorkingDays(Date.from(clock.instant()), periods(listing).statementWorkingDays());
    listing.setStatementPeriodEnd(Times.toLocal(end));
    listings.update(listing);
    event(listingId, ListingStep.NOTICE_ISSUED, null, notice.getDocumentNo() + "，陈述申辩期至"
        + calendar.formatDeadline(end), actor);
  }

  /**
   * 陈述申辩: what the party stated, or that it stated nothing — which can only be recorded once the period has
   * ended.
   */
  public void recordStatement(long listingId, String statement, boolean none, String actor) {
    CreditListing listing = listing(listingId);
    String text = statement == null ? "" : statement.trim();
    Inputs inputs = new Inputs()
        .require(none || !text.isEmpty(), Var.STATEMENT.name(), "请填写当事人陈述申辩的内容，或选择「期满未陈述申辩」",
            "give the party's statement, or choose that it made none")
        .require(text.length() <= TEXT, Var.STATEMENT.name(), "不超过2000字", "at most 2000 characters");
    LocalDateTime end = listing.getStatementPeriodEnd();
    inputs.require(!none || end == null || LocalDateTime.now(clock).isAfter(end), Var.NO_STATEMENT.name(),
        "陈述申辩期未满（至" + (end == null ? "" : calendar.formatDeadline(Times.toDate(end))) + "）",
        "the statement period has not ended (" + end + ")");
    inputs.throwIfAny();
    listing.setStatement(none ? null : text);
    listing.setStatementRecordedAt(LocalDateTime.now(clock));
    listing.setStatus(ListingStatus.AWAITING_APPROVAL);
    listings.update(listing);
    event(listingId, ListingStep.STATEMENT, none ? "NONE" : "RECEIVED", none ? "期满未陈述申辩" : text, actor);
  }

  public void markStatementPeriodEnded(long listingId) {
    event(listingId, ListingStep.STATEMENT_PERIOD_ENDED, null, "陈述申辩期届满，待记录", Actors.SYSTEM);
  }

  /**
   * 负责人审批: approved or not; when approved, the joint-punishment notices are prepared for the configured
   * departments of the kind and those the head adds.
   */
  public void approve(long listingId, Boolean approved, String note, String extraDepartments, String actor) {
    CreditListing listing = listing(listingId);
    Inputs inputs = new Inputs()
        .require(approved != null, Var.LISTING_APPROVED.name(), "请选择是否同意列入", "choose whether to list")
        .require(note == null || note.length() <= NOTE, Var.APPROVAL_NOTE.name(), "不超过500字", "at most 500 characters");
    List<Department> extra = departments(inputs, extraDepartments);
    inputs.throwIfAny();
    listing.setApprovedBy(actor);
    listing.setApprovedAt(LocalDateTime.now(clock));
    listing.setApprovalNote(blankToNull(note));
    if (approved && periods(listing).higherApprovalRequired()) {
      listing.setStatus(ListingStatus.AWAITING_HIGHER_APPROVAL);
    }
    listings.update(listing);
    if (approved) {
      Set<Department> all = new LinkedHashSet<>(settings.jointPunishmentDepartments(listing.getKind()));
      all.addAll(extra);
      for (Department department : all) {
        CreditNotice notice = new CreditNotice();
        notice.setListingId(listingId);
        notice.setDepartment(department);
        notice.setFeedbackWorkingDays(periods(listing).feedbackWorkingDays());
        listings.insertNotice(notice);
      }
    }
    event(listingId, ListingStep.APPROVAL, approved ? "APPROVED" : "REFUSED", blankToNull(note), actor);
  }

  private static List<Department> departments(Inputs inputs, String value) {
    List<Department> result = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return result;
    }
    for (String name : value.replace("[", "").replace("]", "").replace("\"", "").split("[,，\\s]+")) {
      if (name.isBlank()) {
        continue;
      }
      Department department = Arrays.stream(Department.values()).filter(d -> d.name().equals(name.trim()))
          .findFirst().orElse(null);
      inputs.require(department != null, Var.EXTRA_DEPARTMENTS.name(), "未知的部门：" + name.trim(),
          "unknown department: " + name.trim());
      if (department != null) {
        result.add(department);
      }
    }
    return result;
  }

  /** 列入决定超期: the decision is past its deadline (ABNORMAL: 查实之日起10个工作日). */
  public void markListingOverdue(long listingId) {
    CreditListing listing = listing(listingId);
    listing.setListingOverdue(true);
    listings.update(listing);
    event(listingId, ListingStep.LISTING_OVERDUE, null, "列入决定已超过期限", Actors.SYSTEM);
  }

  /** 上级部门同意. */
  public void higherApprove(long listingId, Boolean approved, String note, String actor) {
    new Inputs()
        .require(approved != null, Var.HIGHER_APPROVED.name(), "请选择是否同意列入", "choose whether to agree")
        .require(note == null || note.length() <= NOTE, Var.APPROVAL_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    CreditListing listing = listing(listingId);
    listing.setHigherApprovedBy(actor);
    listing.setHigherApprovedAt(LocalDateTime.now(clock));
    listing.setHigherApprovalNote(blankToNull(note));
    listings.update(listing);
    event(listingId, ListingStep.HIGHER_APPROVAL, approved ? "APPROVED" : "REFUSED", blankToNull(note), actor);
  }

  /** 不予列入: the listing ends without a decision. */
  public void closeNotListed(long listingId) {
    CreditListing listing = listing(listingId);
    listing.setStatus(ListingStatus.NOT_LISTED);
    listings.update(listing);
    event(listingId, ListingStep.NOT_LISTED, null, null, Actors.SYSTEM);
  }

  // ---------------------------------------------------------------- the decision and publication

  /**
   * 列入决定: the decision (决定书) with its number, the day of listing and what follows from it: the expiry
   * (SERIOUS_ILLEGAL: 列入满N年), the serious-list review (ABNORMAL), the register's flags.
   */
  public void issueDecision(long listingId) {
    CreditListing listing = listing(listingId);
    ListingPeriods periods = periods(listing);
    ActionType type = listing.getKind() == ListingKind.SERIOUS_ILLEGAL ? ActionType.SERIOUS_LISTING
        : ActionType.ABNORMAL_LISTING;
    EnforcementAction decision = records.record(new NewAction(type, listing.getListingUnit(), null,
        listing.getCaseId(), listing.getSubjectId(), null, null, listing.getApprovedBy(),
        listing.getGround().label()));
    LocalDate today = LocalDate.now(clock);
    listing.setDecisionActionId(decision.getId());
    listing.setListedOn(today);
    listing.setStatus(ListingStatus.LISTED);
    if (listing.getKind() == ListingKind.SERIOUS_ILLEGAL) {
      listing.setExpiresOn(today.plusYears(periods.listingYears()));
    } else {
      listing.setSeriousReviewOn(today.plusYears(periods.reviewAfterYears()));
    }
    listings.update(listing);
    updateFlags(listing.getSubjectId());
    event(listingId, ListingStep.LISTED, null, decision.getDocumentNo(), Actors.SYSTEM);
  }

  /** The task's due date is kept next to the step (the list and the subject page show it). */
  public void recordPublicationDue(long listingId, Date due) {
    CreditListing listing = listing(listingId);
    listing.setPublicationDue(Times.toLocal(due));
    listings.update(listing);
  }

  /** 公示: the day it was published in the national enterprise credit information publicity system. */
  public void recordPublication(long listingId, String publishedOn, String note, String actor) {
    CreditListing listing = listing(listingId);
    Inputs inputs = new Inputs();
    LocalDate day = inputs.readDate(publishedOn, Var.PUBLISHED_ON.name());
    inputs.require(day == null || !day.isAfter(LocalDate.now(clock)) && !day.isBefore(listing.getListedOn()),
            Var.PUBLISHED_ON.name(), "公示日期应在列入决定之日与今天之间", "the publication day lies between the decision and today")
        .require(note == null || note.length() <= NOTE, Var.PUBLICATION_NOTE.name(), "不超过500字", "at most 500 characters")
        .throwIfAny();
    listing.setPublishedOn(day);
    listing.setPublicationNote(blankToNull(note));
    listing.setStatus(ListingStatus.PUBLISHED);
    listings.update(listing);
    event(listingId, ListingStep.PUBLISHED, null, day + (note == null || note.isBlank() ? "" : "，" + note.trim()), actor);
  }

  public void markPublicationOverdue(long listingId) {
    CreditListing listing = listing(listingId);
    listing.setPublicationOverdue(true);
    listings.update(listing);
    event(listingId, ListingStep.PUBLICATION_OVERDUE, null, "未在期限内记录公示", Actors.SYSTEM);
  }

  // ---------------------------------------------------------------- while listed

  /**
   * 期满核查 (SERIOUS_ILLEGAL, 列入满N年): removed, unless measures set by law still run — then the listing waits
   * until the day they end.
   */
  public void confirmExpiry(long listingId, Boolean measuresRunning, String measuresEndOn, String actor) {
    CreditListing listing = listing(listingId);
    Inputs inputs = new Inputs()
        .require(measuresRunning != null, Var.MEASURES_RUNNING.name(), "请选择管理措施期限是否未满",
            "choose whether measures set by law still run");
    LocalDate end = Boolean.TRUE.equals(measuresRunning) ? inputs.readDate(measuresEndOn, Var.MEASURES_END_ON.name())
        : null;
    inputs.require(!Boolean.TRUE.equals(measuresRunning) || end == null || end.isAfter(LocalDate.now(clock)),
        Var.MEASURES_END_ON.name(), "措施届满日应晚于今天", "the day the measures end lies after today");
    inputs.throwIfAny();
    if (Boolean.TRUE.equals(measuresRunning)) {
      listing.setExpiresOn(end);
      event(listingId, ListingStep.EXPIRY_CHECKED, "MEASURES_RUNNING", "管理措施至" + end, actor);
    } else {
      listing.setRemovalReason(RemovalReason.EXPIRED);
      event(listingId, ListingStep.EXPIRY_CHECKED, "EXPIRED", null, actor);
    }
    listings.update(listing);
  }

  /** 列入满三年审查 (ABNORMAL): a reminder to consider the serious list; the next one after the interval. */
  public void reviewForSeriousList(long listingId, String note, String actor) {
    new Inputs().require(note != null && !note.isBlank() && note.length() <= NOTE, Var.REVIEW_NOTE.name(),
        "请填写审查意见（不超过500字）", "give the review's conclusion (at most 500 characters)").throwIfAny();
    CreditListing listing = listing(listingId);
    listing.setSeriousReviewOn(LocalDate.now(clock).plusYears(periods(listing).reviewIntervalYears()));
    listings.update(listing);
    event(listingId, ListingStep.SERIOUS_LIST_REVIEW, null, note.trim(), actor);
  }

  /** 移出申请的决定: granted (the listing is removed) or refused (it waits again). */
  public void decideRemoval(long listingId, long requestId, Boolean granted, String note, String actor) {
    new Inputs()
        .require(granted != null, Var.REMOVAL_GRANTED.name(), "请选择是否准予移出", "choose whether to remove")
        .require(note != null && !note.isBlank() && note.length() <= TEXT, Var.DECISION_NOTE.name(),
            "请填写决定理由（不超过2000字）", "give the reasons (at most 2000 characters)")
        .throwIfAny();
    CreditListing listing = listing(listingId);
    decide(requestId, granted ? RequestDecision.GRANTED : RequestDecision.REFUSED, note, actor);
    if (granted) {
      listing.setRemovalReason(listing.getKind() == ListingKind.SERIOUS_ILLEGAL ? RemovalReason.EARLY
          : RemovalReason.CURED);
      listings.update(listing);
    }
    event(listingId, ListingStep.REMOVAL_DECISION, granted ? "GRANTED" : "REFUSED", note.trim(), actor);
  }

  /** 异议受理 (ABNORMAL). */
  public void acceptObjection(long listingId, long requestId, Boolean accepted, String note, String actor) {
    new Inputs()
        .require(accepted != null, Var.OBJECTION_ACCEPTED.name(), "请选择是否受理异议", "choose whether to accept")
        .require(accepted == null || accepted || note != null && !note.isBlank(), Var.DECISION_NOTE.name(),
            "不予受理须说明理由", "give the reasons for not accepting")
        .require(note == null || note.length() <= TEXT, Var.DECISION_NOTE.name(), "不超过2000字", "at most 2000 characters")
        .throwIfAny();
    if (!accepted) {
      decide(requestId, RequestDecision.NOT_ACCEPTED, note, actor);
    }
    event(listingId, ListingStep.OBJECTION_ACCEPTANCE, accepted ? "ACCEPTED" : "NOT_ACCEPTED", blankToNull(note),
        actor);
  }

  /** 异议核实 (ABNORMAL): upheld (the listing is removed) or dismissed. */
  public void verifyObjection(long listingId, long requestId, Boolean upheld, String note, String actor) {
    new Inputs()
        .require(upheld != null, Var.OBJECTION_UPHELD.name(), "请选择异议是否成立", "choose whether the objection holds")
        .require(note != null && !note.isBlank() && note.length() <= TEXT, Var.DECISION_NOTE.name(),
            "请填写核实情况（不超过2000字）", "give what was verified (at most 2000 characters)")
        .throwIfAny();
    decide(requestId, upheld ? RequestDecision.UPHELD : RequestDecision.DISMISSED, note, actor);
    if (upheld) {
      CreditListing listing = listing(listingId);
      listing.setRemovalReason(RemovalReason.OBJECTION_UPHELD);
      listings.update(listing);
    }
    event(listingId, ListingStep.OBJECTION_VERIFIED, upheld ? "UPHELD" : "DISMISSED", note.trim(), actor);
  }

  private void decide(long requestId, RequestDecision decision, String note, String actor) {
    CreditListingRequest request = request(requestId);
    request.setDecision(decision);
    request.setDecidedBy(actor);
    request.setDecidedAt(LocalDateTime.now(clock));
    request.setDecisionNote(blankToNull(note));
    listings.updateRequest(request);
  }

  public CreditListingRequest request(long requestId) {
    return listings.findRequest(requestId)
        .orElseThrow(() -> new NotFoundException("申请不存在：" + requestId, "no request " + requestId));
  }

  /** The request task's due date kept with the request. */
  public void recordRequestDue(long requestId, Date due) {
    CreditListingRequest request = request(requestId);
    request.setDue(Times.toLocal(due));
    listings.updateRequest(request);
  }

  // ---------------------------------------------------------------- removal

  /**
   * 移出决定: the removal decision (决定书) with its number; the register's flags; the departments notified of the
   * listing are told it was lifted (解除通报, recorded, no feedback awaited).
   */
  public void issueRemovalDecision(long listingId) {
    CreditListing listing = listing(listingId);
    ActionType type = listing.getKind() == ListingKind.SERIOUS_ILLEGAL ? ActionType.SERIOUS_REMOVAL
        : ActionType.ABNORMAL_REMOVAL;
    RemovalReason reason = listing.getRemovalReason() == null ? RemovalReason.EXPIRED : listing.getRemovalReason();
    EnforcementAction decision = records.record(new NewAction(type, listing.getListingUnit(), null,
        listing.getCaseId(), listing.getSubjectId(), null, null, null, reason.label()));
    LocalDateTime now = LocalDateTime.now(clock);
    listing.setRemovalReason(reason);
    listing.setRemovalActionId(decision.getId());
    listing.setRemovedOn(now.toLocalDate());
    listing.setStatus(ListingStatus.REMOVED);
    listings.update(listing);
    for (CreditNotice notice : listings.findNotices(listingId)) {
      if (notice.getSentAt() != null) {
        notice.setLiftedNoticeAt(now);
        listings.updateNotice(notice);
      }
    }
    updateFlags(listing.getSubjectId());
    event(listingId, ListingStep.REMOVED, reason.name(), decision.getDocumentNo(), Actors.SYSTEM);
  }

  public void recordPublicityStopDue(long listingId, Date due) {
    CreditListing listing = listing(listingId);
    listing.setPublicityStopDue(Times.toLocal(due));
    listings.update(listing);
  }

  /** 停止公示: the day publicity was stopped in the publicity system. */
  public void recordPublicityStopped(long listingId, String stoppedOn, String actor) {
    CreditListing listing = listing(listingId);
    Inputs inputs = new Inputs();
    LocalDate day = inputs.readDate(stoppedOn, Var.PUBLICITY_STOPPED_ON.name());
    inputs.require(day == null || !day.isAfter(LocalDate.now(clock)) && !day.isBefore(listing.getRemovedOn()),
        Var.PUBLICITY_STOPPED_ON.name(), "停止公示日期应在移出决定之日与今天之间",
        "the day lies between the removal and today").throwIfAny();
    listing.setPublicityStoppedOn(day);
    listings.update(listing);
    event(listingId, ListingStep.PUBLICITY_STOPPED, null, String.valueOf(day), actor);
  }

  /** The subject's register row states the lists it is on now, over every record merged into it. */
  void updateFlags(long subjectId) {
    long survivor = subjects.survivorOf(subjectId).orElse(subjectId);
    Set<CreditList> lists = new LinkedHashSet<>();
    for (long id : subjects.idsOf(survivor)) {
      listings.findCurrentKinds(id).forEach(kind -> lists.add(CreditList.valueOf(kind.name())));
    }
    subjects.setListingFlags(survivor, lists);
    // a listing or removal changes the subject's credit risk class
    facts.publishEvent(new SubjectFactsChanged(Set.of(survivor)));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
