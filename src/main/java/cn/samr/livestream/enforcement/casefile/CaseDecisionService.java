package cn.samr.livestream.enforcement.casefile;

import static cn.samr.livestream.enforcement.casefile.CaseText.blank;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
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

  public CaseDecisionService(CaseFileMapper cases, CaseFilingService filing, CaseInvestigationService investigation,
      EnforcementRecords records, WorkCalendar calendar, Clock clock,
      @Value("${livestream.enforcement.hearing-working-days:" + CaseProcess.HEARING_WORKING_DAYS + "}")
      int hearingWorkingDays) {
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
    Inputs inputs = new Inputs();
    PenaltyTerms.check(inputs, "", penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), null, null);
    inputs.throwIfAny();
    CaseFile caseFile = filing.caseFile(caseId);
    LocalDateTime now = now();
    String description = PenaltyTerms.describe(penalty.fineAmount(), penalty.confiscationAmount(), penalty.warning(),
        penalty.publication(), penalty.seriousViolationList(), caseFile.getLicenceRevocation(),
        caseFile.getSuspendBusiness());
    EnforcementAction decision = records.record(new NewAction(ActionType.PENALTY_DECISION, caseFile.getUnit(),
        caseFile.getClueId(), caseId, caseFile.getSubjectId(), null, "DECIDED", actor,
        description + (blank(note) ? "" : "；" + note.trim())));
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
