package cn.samr.livestream.enforcement.casefile;

import static cn.samr.livestream.enforcement.casefile.CaseText.blank;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.shared.CreditListingProposal;
import cn.samr.livestream.shared.CreditListingProposal.AbnormalGround;
import cn.samr.livestream.shared.CreditListingProposal.Kind;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the proposed penalty to the closed case (行政处罚法 Chapter V): the hearing
 * right and the hearing, the penalty decision, its service and its publication. Every document is written
 * to enforcement_action.
 */
@Service
@Transactional
public class CaseDecisionService {

  private final CaseFileMapper cases;
  private final CaseFilingService filing;
  private final CaseInvestigationService investigation;
  private final EnforcementRecords records;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final int hearingWorkingDays;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  private static final Logger LOG = LoggerFactory.getLogger(CaseDecisionService.class);

  public CaseDecisionService(CaseFileMapper cases, CaseFilingService filing, CaseInvestigationService investigation,
      EnforcementRecords records, WorkCalendar calendar, Clock clock,
      @Value("${livestream.enforcement.hearing-working-days:" + CaseProcess.HEARING_WORKING_DAYS + "}")
      int hearingWorkingDays, RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.cases = cases;
    this.filing = filing;
    this.investigation = investigation;
    this.records = records;
    this.calendar = calendar;
    this.clock = clock;
    this.hearingWorkingDays = hearingWorkingDays;
  }

  /** The head's decision (处罚决定). */
  public record Penalty(Double fineAmount, Double confiscationAmount, Boolean warning, Boolean publication,
      Boolean seriousViolationList) {
  }

  /**
   * The decision form's 「提请列入信用名单」 (creditListingProposal: NONE, SERIOUS_ILLEGAL, ABNORMAL) and, with ABNORMAL,
   * its ground (abnormalListGround), as checked by {@link #decide}.
   */
  public record ListingProposal(Kind kind, AbnormalGround ground) {

    public static final ListingProposal NONE = new ListingProposal(Kind.NONE, null);

    /**
     * Reads the form's codes; none is NONE.
     *
     * @throws InvalidInputException on creditListingProposal or abnormalListGround for an unknown code, a ground
     *     missing with ABNORMAL or given without it
     */
    public static ListingProposal of(String kindCode, String groundCode) {
      Inputs inputs = new Inputs();
      Kind kind = blank(kindCode) ? Kind.NONE : Kind.ofCode(kindCode.trim()).orElse(null);
      inputs.require(kind != null, CaseProcess.Var.CREDIT_LISTING_PROPOSAL.name(),
          "请选择是否提请列入信用名单（NONE、SERIOUS_ILLEGAL、ABNORMAL）",
          "choose NONE, SERIOUS_ILLEGAL or ABNORMAL");
      AbnormalGround ground = blank(groundCode) ? null : AbnormalGround.ofCode(groundCode.trim()).orElse(null);
      inputs.require(blank(groundCode) || ground != null, CaseProcess.Var.ABNORMAL_LIST_GROUND.name(),
          "未知的列入经营异常名录情形（FALSE_DISCLOSURE、UNREACHABLE）", "unknown ground: FALSE_DISCLOSURE or UNREACHABLE");
      inputs.require(kind != Kind.ABNORMAL || ground != null, CaseProcess.Var.ABNORMAL_LIST_GROUND.name(),
          "提请列入经营异常名录须选择情形", "choose the ground of the abnormal listing");
      inputs.require(kind == Kind.ABNORMAL || blank(groundCode), CaseProcess.Var.ABNORMAL_LIST_GROUND.name(),
          "只有提请列入经营异常名录时才选择情形", "a ground only with ABNORMAL");
      inputs.throwIfAny();
      return new ListingProposal(kind, ground);
    }
  }

  // ------------------------------------------------------------------ hearing

  /** 听证告知书: the party has 5 working days to ask for a hearing (行政处罚法 Art.64, Art.85: 日 are working days). */
  public Date notifyHearingRight(long caseId, String actor) {
    CaseFile caseFile = filing.caseFile(caseId);
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

  /** Whether the party asked for a hearing; when it did, the time the request was recorded (else null). */
  public Date recordHearingRequest(long caseId, Boolean requested) {
    if (requested == null) {
      throw InvalidInputException.of("hearingRequested", "请选择当事人是否要求听证", "did the party ask for a hearing?");
    }
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setHearingRequested(requested);
    if (!requested) {
      caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    }
    cases.update(caseFile);
    return requested ? Times.toDate(now()) : null;
  }

  /**
   * 举行听证's due date: an internal target (本地做法), {@code livestream.enforcement.hearing-working-days} working days
   * after the request. Neither 行政处罚法 nor the sources here set a period from the request to the hearing; Art.64(二)
   * only requires the notice 7 days (working days, Art.85) before the hearing, and the target leaves room for
   * appointing the presiding officer, fixing time and place and serving that notice (docs/working-days.md).
   */
  public Date hearingDue(Date requestedAt) {
    return calendar.addWorkingDays(requestedAt, hearingWorkingDays);
  }

  /** Five days passed without a request: the right lapsed. */
  public void hearingRequestLapsed(long caseId) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setHearingRequested(false);
    caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    cases.update(caseFile);
  }

  /** 举行听证: its days are excluded from the decision deadline. */
  public DecisionDeadline recordHearing(long caseId, String start, String end, String note, String actor) {
    if (blank(note)) {
      throw InvalidInputException.of("hearingNote", "请填写听证情况", "describe the hearing");
    }
    DecisionDeadline deadline = investigation.excludePeriod(caseId, ExcludedPeriodKind.HEARING.name(), start, end,
        note, actor);
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setStatus(CaseStatus.AWAITING_DECISION);
    cases.update(caseFile);
    return deadline;
  }

  // ------------------------------------------------------------------ decision, service, publication

  /** 处罚决定: the decision document is numbered; service and publication periods run from it. */
  public CaseFile decide(long caseId, Penalty penalty, String note, String actor) {
    return decide(caseId, penalty, ListingProposal.NONE, note, actor);
  }

  /**
   * 处罚决定 with its credit listing proposal: SERIOUS_ILLEGAL only when the decision includes the serious list
   * (第44号令第十四条: decided together with the penalty); the proposal is named in the decision's record and sent by
   * {@link #proposeCreditListing} after it.
   */
  public CaseFile decide(long caseId, Penalty penalty, ListingProposal proposal, String note, String actor) {
    Inputs inputs = new Inputs();
    PenaltyTerms.check(inputs, "", penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), null, null);
    inputs.require(proposal.kind() != Kind.SERIOUS_ILLEGAL || Boolean.TRUE.equals(penalty.seriousViolationList()),
        CaseProcess.Var.CREDIT_LISTING_PROPOSAL.name(),
        "提请列入严重违法失信名单须在处罚决定中勾选「列入严重违法失信名单」",
        "tick seriousViolationList: the serious list is decided with the penalty");
    inputs.throwIfAny();
    CaseFile caseFile = filing.caseFile(caseId);
    LocalDateTime now = now();
    String description = PenaltyTerms.describe(penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), caseFile.getLicenceRevocation(),
        caseFile.getSuspendBusiness());
    EnforcementAction decision = records.record(new NewAction(ActionType.PENALTY_DECISION, caseFile.getUnit(),
        caseFile.getClueId(), caseId, caseFile.getSubjectId(), null, "DECIDED", actor,
        description + (proposal.kind() == Kind.NONE ? "" : "；提请" + proposal.kind().label()
            + (proposal.ground() == null ? "" : "（" + proposal.ground().label() + "）"))
            + (blank(note) ? "" : "；" + note.trim())));
    caseFile.setFineAmount(PenaltyTerms.amount(penalty.fineAmount()));
    caseFile.setConfiscationAmount(PenaltyTerms.amount(penalty.confiscationAmount()));
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

  /**
   * 提请列入信用名单: sends {@link CreditListingProposal#MESSAGE} with the case, the kind and (ABNORMAL) the ground,
   * which starts credit-listing for the case's party; returns the instance started, or null when no deployed process
   * starts on the message (logged; the proposal stays in the decision's record).
   */
  public String proposeCreditListing(long caseId, ListingProposal proposal) {
    if (proposal.kind() == Kind.NONE) {
      return null;
    }
    boolean listening = EngineCalls.asSystem(() -> repositoryService.createProcessDefinitionQuery()
        .messageEventSubscriptionName(CreditListingProposal.MESSAGE).count() > 0);
    if (!listening) {
      LOG.warn("No process starts on message {}; the credit listing proposed by case {} is recorded only",
          CreditListingProposal.MESSAGE, caseId);
      return null;
    }
    return EngineCalls.asSystem(() -> runtimeService.createMessageCorrelation(CreditListingProposal.MESSAGE)
        .setVariable(CreditListingProposal.CASE_ID, caseId)
        .setVariable(CreditListingProposal.KIND, proposal.kind().name())
        .setVariable(CreditListingProposal.GROUND, proposal.ground() == null ? null : proposal.ground().name())
        .correlateStartMessage().getId());
  }

  public String recordServiceDue(long caseId, Date due) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setServiceDue(Times.toLocal(due));
    cases.update(caseFile);
    return calendar.formatDeadline(due);
  }

  public void markServiceOverdue(long caseId) {
    CaseFile caseFile = filing.caseFile(caseId);
    caseFile.setServiceOverdue(true);
    cases.update(caseFile);
  }

  /** 送达 (行政处罚法 Art.61). */
  public void serve(long caseId, String servedOn, String method, String actor) {
    LocalDate day = Inputs.date(servedOn, "servedOn");
    CaseFile caseFile = filing.caseFile(caseId);
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
    CaseFile caseFile = filing.caseFile(caseId);
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
    CaseFile caseFile = filing.caseFile(caseId);
    records.record(new NewAction(ActionType.PUBLICATION, caseFile.getUnit(), caseFile.getClueId(), caseId,
        caseFile.getSubjectId(), caseFile.getPublicationDue(), "PUBLISHED", actor,
        "公示" + caseFile.getDecisionNo() + "（" + day + "）"));
    caseFile.setPublishedAt(day.atStartOfDay());
    caseFile.setStatus(CaseStatus.CLOSED);
    caseFile.setOutcome("DECIDED");
    caseFile.setClosedAt(now());
    cases.update(caseFile);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
