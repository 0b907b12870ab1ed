package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.SubjectFactsChanged;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of clue verification (线索核查) and of the tiered response (分级处置). Delegates and task
 * listeners translate process variables; every decision is written to clue, clue_event or
 * enforcement_action.
 */
@Service
@Transactional
public class ClueService {

  /** Actions that make a later violation a repeat offence. */
  public static final Set<ActionType> SANCTIONS = EnumSet.of(ActionType.LENIENT, ActionType.ADMONITION, ActionType.GUIDANCE,
      ActionType.ORDER_TO_CORRECT, ActionType.CASE_FILING, ActionType.PENALTY_DECISION, ActionType.CRIMINAL_TRANSFER);
  static final int MAX_CORRECTION_WORKING_DAYS = 60;
  /** 投诉举报办法 Art.31: a real-name reporter is told within 5 working days of the decision (the task's due date in the model). */
  static final int REPORTER_NOTICE_WORKING_DAYS = 5;

  private final ClueMapper clues;
  private final EnforcementRecords records;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final FirstOffenceWindow firstOffenceWindow;
  private final ApplicationEventPublisher events;
  private final SubjectRegistry subjects;

  public ClueService(ClueMapper clues, EnforcementRecords records, WorkCalendar calendar, Clock clock,
      FirstOffenceWindow firstOffenceWindow, ApplicationEventPublisher events, SubjectRegistry subjects) {
    this.clues = clues;
    this.subjects = subjects;
    this.events = events;
    this.records = records;
    this.calendar = calendar;
    this.clock = clock;
    this.firstOffenceWindow = firstOffenceWindow;
  }

  /** What verification found (核查结果), from the verification form. */
  public record FindingsInput(Boolean substantiated, String category, boolean lifeHealthRisk,
      boolean majorPropertyLoss, boolean harmCaused, boolean correctedPromptly, Double illegalTurnover,
      boolean refundRefused, boolean otherDepartmentsInvolved, boolean majorOrDifficult, String findings) {
  }

  /**
   * The subjects' record, for the tier table: counts, not conclusions. Whether a violation is a first
   * offence or a repeat offence is decided by response-tier.dmn from these counts.
   *
   * @param priorActions earlier matters with any sanction, ever (屡次违法)
   * @param priorSanctionsInWindow earlier matters with a finding of violation within the first-offence window (首违)
   * @param subjectCreditClass the highest credit risk class of the subjects (A–D, "" while none is computed)
   */
  public record History(long priorActions, long priorSanctionsInWindow, String subjectCreditClass) {
  }

  public Clue clue(long id) {
    return clues.findById(id).orElseThrow(() -> new NotFoundException("线索不存在：" + id, "no clue " + id));
  }

  /** The clue of this number, if any (a department transfer names the clue it comes from). */
  public Optional<Clue> byNo(String clueNo) {
    return clues.findByNo(clueNo);
  }

  /** The verification task was created: its due date is the statutory deadline (15 working days, +15). */
  public String recordVerificationDue(long clueId, Date due) {
    Clue clue = clue(clueId);
    clue.setVerificationDue(Times.toLocal(due));
    clue.setStatus(ClueStatus.VERIFYING);
    clues.update(clue);
    return calendar.formatDeadline(due);
  }

  /**
   * The verification limit the engine holds was computed again (a holiday calendar entered or corrected): the clue's
   * copy follows, so that the on-time figures measure against it. Returns the text the forms show.
   */
  public String moveVerificationDue(long clueId, Date due) {
    Clue clue = clue(clueId);
    clue.setVerificationDue(Times.toLocal(due));
    clues.update(clue);
    return calendar.formatDeadline(due);
  }

  public void requestExtension(long clueId, String reason, String actor) {
    Clue clue = clue(clueId);
    new Inputs()
        .require(reason != null && !reason.isBlank(), "extensionReason", "请说明延期理由", "give the reason")
        .require(!clue.isExtensionRequested(), "verificationAction", "核查期限只能延长一次，请提交核查结果",
            "the verification period can be extended once only; submit the findings")
        .throwIfAny();
    clue.setExtensionRequested(true);
    clue.setStatus(ClueStatus.AWAITING_EXTENSION);
    clues.update(clue);
    event(clueId, ClueStep.EXTENSION_REQUEST, null, reason.trim(), actor);
  }

  /** The head decides on the extension (+15 working days). */
  public boolean decideExtension(long clueId, Boolean approved, String note, String actor) {
    if (approved == null) {
      throw InvalidInputException.of("extensionApproved", "请作出批准或不批准的决定", "approve or refuse");
    }
    Clue clue = clue(clueId);
    clue.setExtensionGranted(approved);
    clue.setStatus(ClueStatus.VERIFYING);
    clues.update(clue);
    event(clueId, ClueStep.EXTENSION_DECISION, approved ? "APPROVED" : "REFUSED", note, actor);
    return approved;
  }

  public void remindVerification(long clueId) {
    event(clueId, ClueStep.VERIFICATION_REMINDER, null, "核查期限将至（" + clue(clueId).getVerificationDue() + "）", Actors.SYSTEM);
  }

  public void markVerificationOverdue(long clueId) {
    Clue clue = clue(clueId);
    clue.setVerificationOverdue(true);
    clues.update(clue);
    event(clueId, ClueStep.VERIFICATION_OVERDUE, null, "核查超过法定期限，已提交负责人督办", Actors.SYSTEM);
  }

  public void recordSupervision(long clueId, String note, String actor) {
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("supervisionNote", "请填写督办意见", "give the supervision note");
    }
    event(clueId, ClueStep.OVERDUE_SUPERVISION, null, note.trim(), actor);
  }

  /** Stores the findings and returns what the subjects' record says. */
  public History recordFindings(long clueId, FindingsInput in, String actor) {
    Inputs inputs = new Inputs();
    inputs.require(in.substantiated() != null, "substantiated", "请确认线索是否属实", "state whether it is substantiated");
    inputs.require(in.findings() != null && !in.findings().isBlank(), "findings", "请填写核查情况", "describe the findings");
    inputs.require(in.illegalTurnover() == null || in.illegalTurnover() >= 0, "illegalTurnover", "违法经营额不能为负数",
        "must not be negative");
    ViolationCategory category = null;
    if (in.category() != null && !in.category().isBlank()) {
      try {
        category = ViolationCategory.valueOf(in.category());
      } catch (IllegalArgumentException e) {
        inputs.require(false, "category", "违法类别无效", "invalid category");
      }
    }
    inputs.throwIfAny();
    Clue clue = clue(clueId);
    if (category != null) {
      clue.setCategory(category);
    }
    clue.setSubstantiated(in.substantiated());
    clue.setLifeHealthRisk(in.lifeHealthRisk());
    clue.setMajorPropertyLoss(in.majorPropertyLoss());
    clue.setHarmCaused(in.harmCaused());
    clue.setCorrectedPromptly(in.correctedPromptly());
    clue.setIllegalTurnover(in.illegalTurnover() == null ? BigDecimal.ZERO : BigDecimal.valueOf(in.illegalTurnover()));
    clue.setRefundRefused(in.refundRefused());
    clue.setOtherDepartmentsInvolved(in.otherDepartmentsInvolved());
    clue.setMajorOrDifficult(in.majorOrDifficult());
    clue.setFindings(in.findings().trim());
    clue.setVerifiedAt(LocalDateTime.now(clock));
    clue.setStatus(ClueStatus.DECIDING);
    clues.update(clue);
    event(clueId, ClueStep.VERIFICATION, in.substantiated() ? "SUBSTANTIATED" : "NOT_SUBSTANTIATED", in.findings().trim(),
        actor);
    if (in.substantiated()) {
      events.publishEvent(new SubjectFactsChanged(Set.copyOf(clues.findSubjectIds(clueId))));
    }
    return history(clueId);
  }

  /**
   * Sanctions taken before against any subject of this clue, in other matters: all of them, and those
   * that end a first offence within the window ({@link FirstOffenceWindow}).
   */
  public History history(long clueId) {
    List<Long> subjectIds = clues.findSubjectIds(clueId);
    List<EnforcementAction> earlier = subjectIds.stream()
        .flatMap(subjectId -> records.ofSubject(subjectId).stream())
        .filter(action -> action.getClueId() == null || action.getClueId() != clueId)
        .toList();
    long prior = earlier.stream().filter(action -> SANCTIONS.contains(action.getActionType()))
        // one earlier matter counts once, however many documents it produced (e.g. filing and decision)
        .map(FirstOffenceWindow::matter)
        .distinct().count();
    return new History(prior, firstOffenceWindow.count(earlier),
        subjects.worstCreditClass(subjectIds).map(Enum::name).orElse(""));
  }

  public void recordProposal(long clueId, ResponseTier proposed, boolean escalate) {
    Clue clue = clue(clueId);
    clue.setProposedTier(proposed);
    clue.setEscalated(escalate);
    clues.update(clue);
    event(clueId, ClueStep.TIER_PROPOSED, proposed.name(), "规则表建议：" + proposed.label()
        + (escalate ? "；报综合协调工作组" : ""), Actors.SYSTEM);
  }

  /**
   * The officer confirms the proposed tier or chooses another with a written reason; a change needs
   * the head's approval. Returns whether the tier was changed.
   */
  public boolean confirmTier(long clueId, String chosenValue, String reason, String actor) {
    ResponseTier chosen = parseTier(chosenValue, "tier");
    Clue clue = clue(clueId);
    boolean changed = chosen != clue.getProposedTier();
    if (changed && (reason == null || reason.isBlank())) {
      throw InvalidInputException.of("tierChangeReason", "改变规则表建议的处置方式须书面说明理由",
          "changing the proposed tier needs a written reason");
    }
    clue.setTier(chosen);
    clue.setTierChangeReason(changed ? reason.trim() : null);
    clues.update(clue);
    event(clueId, ClueStep.TIER_CONFIRMED, chosen.name(), changed ? "变更为" + chosen.label() + "：" + reason.trim()
        : "同意建议：" + chosen.label(), actor);
    return changed;
  }

  /**
   * The head decides on a changed tier or on not filing (不予立案 needs the head's approval). Refused, a
   * change falls back to the table's proposal; refusing not to file where the table proposed it too
   * means the case is filed. Returns the final tier.
   */
  public ResponseTier decideTierChange(long clueId, Boolean approved, String note, String actor) {
    if (approved == null) {
      throw InvalidInputException.of("tierChangeApproved", "请作出批准或不批准的决定", "approve or refuse");
    }
    Clue clue = clue(clueId);
    if (!approved) {
      boolean refusedNotToFile = clue.getTier() == ResponseTier.NONE && clue.getProposedTier() == ResponseTier.NONE;
      clue.setTier(refusedNotToFile ? ResponseTier.CASE : clue.getProposedTier());
      clues.update(clue);
    }
    event(clueId, ClueStep.TIER_APPROVAL, approved ? "APPROVED" : "REFUSED",
        (approved ? "批准：" + clue.getTier().label() : "不批准，改为：" + clue.getTier().label())
            + (note == null || note.isBlank() ? "" : "；" + note.trim()), actor);
    return clue.getTier();
  }

  /** The tier is final: the reporter's 5 working days run from here. */
  public void recordDecision(long clueId, Date decidedAt) {
    Clue clue = clue(clueId);
    clue.setDecidedAt(Times.toLocal(decidedAt));
    clue.setStatus(ClueStatus.IN_RESPONSE);
    clues.update(clue);
  }

  /** NONE or LENIENT (不予立案 / 首违不罚、轻微免罚): recorded, and the source is told. */
  public EnforcementAction recordNoPenalty(long clueId) {
    Clue clue = clue(clueId);
    ActionType type = clue.getTier() == ResponseTier.LENIENT ? ActionType.LENIENT : ActionType.NO_ACTION;
    return records.record(new NewAction(type, clue.getHandlingUnit(), clueId, null, firstSubject(clueId), null,
        null, null, (type == ActionType.LENIENT ? "首违不罚/轻微免罚，予以批评教育（行政处罚法第三十三条）" : "核查不属实或不构成违法，不予立案")
            + "；已告知线索来源（" + clue.getSource().label() + "）"));
  }

  /** ADMONITION: an admonition (行政告诫书) or guidance letter (行政指导书). */
  public EnforcementAction issueAdmonition(long clueId, String kind, String content, String actor) {
    ActionType type = "GUIDANCE".equals(kind) ? ActionType.GUIDANCE
        : "ADMONITION".equals(kind) ? ActionType.ADMONITION : null;
    new Inputs()
        .require(type != null, "documentKind", "请选择行政告诫书或行政指导书", "choose admonition or guidance letter")
        .require(content != null && !content.isBlank(), "documentContent", "请填写文书内容", "give the content")
        .throwIfAny();
    Clue clue = clue(clueId);
    return records.record(new NewAction(type, clue.getHandlingUnit(), clueId, null, firstSubject(clueId), null,
        "ISSUED", actor, content.trim()));
  }

  /**
   * An order to correct: when it was issued and the correction deadline, {@code workingDays} working days later. The
   * model's timer counts the deadline again from the same two (its basis), so the deadline ledger keeps what it is
   * counted from.
   */
  public record CorrectionOrder(Date orderedAt, Date deadline) {
  }

  /** ORDER_TO_CORRECT (责令改正): returns the order's time and the correction deadline, after which the check is due. */
  public CorrectionOrder issueOrder(long clueId, Long workingDays, String content, String actor) {
    new Inputs()
        .require(workingDays != null && workingDays >= 1 && workingDays <= MAX_CORRECTION_WORKING_DAYS,
            "correctionWorkingDays", "改正期限应为1至60个工作日", "the correction period is 1 to 60 working days")
        .require(content != null && !content.isBlank(), "documentContent", "请填写责令改正的内容", "give the order's content")
        .throwIfAny();
    Clue clue = clue(clueId);
    Date orderedAt = Date.from(clock.instant());
    Date deadline = calendar.addWorkingDays(orderedAt, workingDays.intValue());
    records.record(new NewAction(ActionType.ORDER_TO_CORRECT, clue.getHandlingUnit(), clueId, null,
        firstSubject(clueId), Times.toLocal(deadline), null, actor, content.trim()));
    return new CorrectionOrder(orderedAt, deadline);
  }

  /**
   * The correction deadline the engine's timer holds was computed again: the order not yet followed up (the one
   * without an outcome) states the moved deadline.
   */
  public void moveCorrectionDeadline(long clueId, Date deadline) {
    records.ofClue(clueId).stream()
        .filter(order -> order.getActionType() == ActionType.ORDER_TO_CORRECT && order.getOutcome() == null)
        .forEach(order -> records.moveDeadline(order.getId(), Times.toLocal(deadline)));
  }

  /**
   * The follow-up check (复查) after the correction deadline. When the offending product or link was
   * found taken down (下架), that is recorded as a TAKEDOWN action of the unit, issued today, with the
   * check's note (the monthly report counts them); whether or not the order was otherwise complied with.
   */
  public boolean followUp(long clueId, Boolean corrected, boolean takenDown, String note, String actor) {
    new Inputs()
        .require(corrected != null, "corrected", "请确认是否已改正", "state whether it was corrected")
        .require(note != null && !note.isBlank(), "checkNote", "请填写复查情况", "describe the check")
        .throwIfAny();
    Clue clue = clue(clueId);
    String outcome = corrected ? "CORRECTED" : "NOT_CORRECTED";
    records.ofClue(clueId).stream().filter(a -> a.getActionType() == ActionType.ORDER_TO_CORRECT)
        .forEach(order -> records.settle(order.getId(), outcome));
    records.record(new NewAction(ActionType.FOLLOW_UP_CHECK, clue.getHandlingUnit(), clueId, null,
        firstSubject(clueId), null, outcome, actor, note.trim()));
    if (takenDown) {
      records.record(new NewAction(ActionType.TAKEDOWN, clue.getHandlingUnit(), clueId, null, firstSubject(clueId),
          null, null, actor, note.trim()));
    }
    if (!corrected) {
      clue.setTier(ResponseTier.CASE);
      clues.update(clue);
      event(clueId, ClueStep.TIER_RAISED, ResponseTier.CASE.name(), "逾期未改正，转立案查处", actor);
    }
    return corrected;
  }

  /** 投诉举报办法 Art.31: a real-name reporter is told within 5 working days whether a case was filed. */
  public void notifyReporter(long clueId, String notifiedOn, String method, String actor) {
    LocalDate day = Inputs.date(notifiedOn, "notifiedOn");
    new Inputs()
        .require(method != null && !method.isBlank(), "notificationMethod", "请选择告知方式", "choose how the reporter was told")
        .require(!day.isAfter(LocalDate.now(clock)), "notifiedOn", "告知日期不能晚于今天", "must not be in the future")
        .throwIfAny();
    Clue clue = clue(clueId);
    clue.setReporterNotifiedAt(day.atStartOfDay());
    clues.update(clue);
    boolean caseFiled = clue.getTier() == ResponseTier.CASE || clue.getTier() == ResponseTier.CRIMINAL_TRANSFER;
    // the statutory limit stays on the record, so the monthly on-time figure can check it (docs/monthly-report.md)
    LocalDateTime deadline = clue.getDecidedAt() == null ? null
        : Times.toLocal(calendar.addWorkingDays(Times.toDate(clue.getDecidedAt()), REPORTER_NOTICE_WORKING_DAYS));
    records.record(new NewAction(ActionType.REPORTER_NOTICE, clue.getHandlingUnit(), clueId, null, null, deadline,
        caseFiled ? "CASE_FILED" : "NO_CASE", actor, method + " " + day + "：" + (caseFiled ? "已立案" : "不予立案")));
  }

  /** Closing: the outcome is the final tier, or what the case or transfer came to. */
  public String close(long clueId, String caseOutcome, String transferOutcome) {
    Clue clue = clue(clueId);
    String outcome = transferOutcome != null && "ACCEPTED".equals(transferOutcome) ? "TRANSFERRED_TO_POLICE"
        : caseOutcome != null ? "CASE_" + caseOutcome
        : clue.getTier().name();
    clue.setOutcome(outcome);
    clue.setStatus(ClueStatus.CLOSED);
    clue.setClosedAt(LocalDateTime.now(clock));
    clues.update(clue);
    event(clueId, ClueStep.CLOSED, outcome, null, Actors.SYSTEM);
    return outcome;
  }

  public void event(long clueId, ClueStep step, String decision, String detail, String actor) {
    clues.insertEvent(new RecordEvent(clueId, step, decision, detail, actor, LocalDateTime.now(clock)));
  }

  /** The subjects the clue names (as registered, merged ids included). */
  public List<Long> subjectIds(long clueId) {
    return clues.findSubjectIds(clueId);
  }

  /**
   * A real-name reporter, for a check that compares in memory only (typical cases): never shown, stored or logged by
   * the caller.
   */
  public java.util.Optional<ClueReporter> reporter(long clueId) {
    return clues.findReporter(clueId);
  }

  public Long firstSubject(long clueId) {
    List<Long> ids = clues.findSubjectIds(clueId);
    return ids.isEmpty() ? null : ids.get(0);
  }

  static ResponseTier parseTier(String value, String field) {
    return Inputs.enumValue(ResponseTier.class, value, field);
  }
}
