package cn.samr.livestream.enforcement.transfer;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer of a suspected crime to the police (涉嫌犯罪移送, 《行政执法机关移送涉嫌犯罪案件的规定》): the
 * report by at least two officers, the head's approval within 3 days (Art.5), the transfer within 24 hours
 * (Art.5), the police's decision within 3 days (Art.8) and the reconsideration of a refusal (Art.9). Every
 * decision is written to criminal_transfer; the approved transfer is an enforcement action whose document
 * number (文号) is the transfer number.
 */
@Service("transferService")
@Transactional
public class TransferService {

  static final int SUMMARY_FACTS_LENGTH = 200;
  private static final DateTimeFormatter DUE_WITH_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）HH:mm", Locale.CHINA);

  private final CriminalTransferMapper transfers;
  private final EnforcementRecords records;
  private final IdentityService identityService;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final int reportWorkingDays;

  public TransferService(CriminalTransferMapper transfers, EnforcementRecords records, IdentityService identityService,
      WorkCalendar calendar, Clock clock,
      @Value("${livestream.enforcement.transfer-report-working-days:" + TransferProcess.REPORT_WORKING_DAYS + "}")
      int reportWorkingDays) {
    this.transfers = transfers;
    this.records = records;
    this.identityService = identityService;
    this.calendar = calendar;
    this.clock = clock;
    this.reportWorkingDays = reportWorkingDays;
  }

  /** The moment the transfer was decided, from which 移送报告 is due. */
  public Date proposedAt() {
    return Date.from(clock.instant());
  }

  /**
   * 移送报告's due date: Art.5 ¶1 says 立即 (immediately, no number of days); the bureau's internal target, like its
   * other supervision limits, is {@code livestream.enforcement.transfer-report-working-days} working days after the
   * decision to transfer (本地做法, docs/working-days.md).
   */
  public Date reportDue(Date proposedAt) {
    return calendar.addWorkingDays(proposedAt, reportWorkingDays);
  }

  /** What the officers report (移送报告). */
  public record Report(Long clueId, String clueNo, Long caseId, Long subjectId, String unit, String officer1,
      String officer2, String suspectedOffence, String facts, Double illegalTurnover, String processInstanceId) {
  }

  public CriminalTransfer transfer(long transferId) {
    return transfers.findById(transferId)
        .orElseThrow(() -> new NotFoundException("移送记录不存在：" + transferId, "no criminal transfer " + transferId));
  }

  /** The transfer with this document number (移送文号), if any (a typical case is proposed by it). */
  public java.util.Optional<CriminalTransfer> byTransferNo(String transferNo) {
    return transfers.findByTransferNo(transferNo);
  }

  /** The criminal transfers of a clue, for the clue's view. */
  public List<CriminalTransfer> ofClue(long clueId) {
    return transfers.findByClue(clueId);
  }

  /** The read-only summary the forms show: clue number, unit and the clue's facts. */
  public String summary(long clueId, String clueNo, String unitName) {
    String facts = transfers.findClueFacts(clueId).orElse("");
    if (facts.length() > SUMMARY_FACTS_LENGTH) {
      facts = facts.substring(0, SUMMARY_FACTS_LENGTH) + "…";
    }
    return "线索" + clueNo + (unitName == null ? "" : "（" + unitName + "）") + (facts.isBlank() ? "" : "：" + facts);
  }

  /** 移送报告: two distinct officers of the handling unit, the offence, the facts and the illegal turnover. */
  public CriminalTransfer report(Report report) {
    Inputs inputs = new Inputs();
    String officer1 = trim(report.officer1());
    String officer2 = trim(report.officer2());
    checkOfficer(inputs, "officer1", officer1, report.unit());
    checkOfficer(inputs, "officer2", officer2, report.unit());
    if (officer1 != null && officer1.equals(officer2)) {
      inputs.require(false, "officer2", "移送报告须由两名不同的执法人员提出", "two different officers must report");
    }
    inputs.require(notBlank(report.suspectedOffence()), "suspectedOffence", "请填写涉嫌罪名", "name the suspected offence")
        .require(notBlank(report.facts()), "reportFacts", "请填写涉嫌犯罪的事实", "describe the facts")
        .require(report.illegalTurnover() != null && report.illegalTurnover() >= 0, "illegalTurnover",
            "请填写违法经营额（不小于零）", "give the illegal turnover (zero or more)");
    inputs.throwIfAny();
    CriminalTransfer transfer = new CriminalTransfer();
    transfer.setClueId(report.clueId());
    transfer.setClueNo(report.clueNo());
    transfer.setCaseId(report.caseId());
    transfer.setSubjectId(report.subjectId());
    transfer.setUnit(report.unit());
    transfer.setStatus(TransferStatus.REPORTED);
    transfer.setReportingOfficers(officer1 + "," + officer2);
    transfer.setSuspectedOffence(report.suspectedOffence().trim());
    transfer.setReportFacts(report.facts().trim());
    transfer.setIllegalTurnover(BigDecimal.valueOf(report.illegalTurnover()).setScale(2, java.math.RoundingMode.HALF_UP));
    transfer.setReportedAt(LocalDateTime.now(clock));
    transfer.setProcessInstanceId(report.processInstanceId());
    transfers.insert(transfer);
    return transfer;
  }

  private void checkOfficer(Inputs inputs, String field, String userId, String unit) {
    if (userId == null) {
      inputs.require(false, field, "请填写执法人员", "name the officer");
      return;
    }
    long known = EngineCalls.asSystem(() -> identityService.createUserQuery().userId(userId).count());
    if (known == 0) {
      inputs.require(false, field, "用户不存在：" + userId, "no such user: " + userId);
      return;
    }
    long member = EngineCalls.asSystem(() -> identityService.createUserQuery().userId(userId).memberOfGroup(unit).count());
    inputs.require(member > 0, field, "不是本单位执法人员：" + userId, "not an officer of " + unit + ": " + userId);
  }

  /** The approval task was created: its due date (3 days, Art.5, moved off a holiday or rest day) is recorded. */
  public String recordApprovalDue(long transferId, Date due) {
    CriminalTransfer transfer = transfer(transferId);
    transfer.setApprovalDue(Times.toLocal(due));
    transfers.update(transfer);
    return calendar.formatDeadline(due);
  }

  /** 审批移送: approval numbers the transfer document; a rejection needs its reason and ends the transfer. */
  public CriminalTransfer decideApproval(long transferId, String decision, String note, String actor) {
    boolean approve = TransferProcess.APPROVE.equals(decision);
    if (!approve && !TransferProcess.REJECT.equals(decision)) {
      throw InvalidInputException.of("approvalDecision", "请选择批准或不批准移送", "approve or reject the transfer");
    }
    if (!approve && !notBlank(note)) {
      throw InvalidInputException.of("approvalNote", "不批准移送的，请说明理由", "give the reason for the rejection");
    }
    CriminalTransfer transfer = requireStatus(transferId, TransferStatus.REPORTED);
    LocalDateTime now = LocalDateTime.now(clock);
    transfer.setApproved(approve);
    transfer.setApprovalNote(notBlank(note) ? note.trim() : null);
    transfer.setApprovedBy(actor);
    transfer.setApprovedAt(now);
    if (approve) {
      transfer.setStatus(TransferStatus.APPROVED);
      transfer.setTransferDue(now.plusHours(TransferProcess.TRANSFER_HOURS));
      EnforcementAction action = records.record(new NewAction(ActionType.CRIMINAL_TRANSFER, transfer.getUnit(),
          transfer.getClueId(), transfer.getCaseId(), transfer.getSubjectId(), transfer.getTransferDue(), null,
          transfer.getReportingOfficers(), "涉嫌" + transfer.getSuspectedOffence() + "，违法经营额"
              + transfer.getIllegalTurnover().toPlainString() + "元；批准人" + actor));
      transfer.setActionId(action.getId());
      transfer.setTransferNo(action.getDocumentNo());
    } else {
      transfer.setStatus(TransferStatus.REJECTED);
      close(transfer, TransferOutcome.RETURNED, now);
    }
    transfers.update(transfer);
    return transfer;
  }

  public void markApprovalOverdue(long transferId) {
    CriminalTransfer transfer = transfer(transferId);
    transfer.setApprovalOverdue(true);
    transfers.update(transfer);
  }

  /** Art.5: 24 clock hours after the approval; the model's due date and overdue timer. */
  public Date transferDue(Date approvedAt) {
    return new Date(approvedAt.getTime() + TransferProcess.TRANSFER_HOURS * 3_600_000L);
  }

  /** For forms: the transfer deadline with its hour, e.g. 2026年3月4日（星期三）10:00. */
  public String formatWithTime(Date due) {
    return DUE_WITH_TIME.format(Times.toLocal(due));
  }

  /** 移送公安机关: to which police unit, when. */
  public CriminalTransfer transferToPolice(long transferId, String policeUnit, String actor) {
    if (!notBlank(policeUnit)) {
      throw InvalidInputException.of("policeUnit", "请填写接受移送的公安机关", "name the police unit");
    }
    CriminalTransfer transfer = requireStatus(transferId, TransferStatus.APPROVED);
    LocalDateTime now = LocalDateTime.now(clock);
    transfer.setStatus(TransferStatus.TRANSFERRED);
    transfer.setPoliceUnit(policeUnit.trim());
    transfer.setTransferredAt(now);
    transfer.setTransferredBy(actor);
    if (transfer.getTransferDue() != null && now.isAfter(transfer.getTransferDue())) {
      transfer.setTransferOverdue(true);
    }
    transfers.update(transfer);
    return transfer;
  }

  public void markTransferOverdue(long transferId) {
    CriminalTransfer transfer = transfer(transferId);
    transfer.setTransferOverdue(true);
    transfers.update(transfer);
  }

  /** The police-decision task was created: the police decide within 3 days (Art.8, moved off a holiday or rest day). */
  public String recordPoliceDecisionDue(long transferId, Date due) {
    CriminalTransfer transfer = transfer(transferId);
    transfer.setPoliceDecisionDue(Times.toLocal(due));
    transfers.update(transfer);
    return calendar.formatDeadline(due);
  }

  /** The police's 3 days are over without a recorded decision: the officers chase. */
  public void remindPoliceDecision(long transferId) {
    CriminalTransfer transfer = transfer(transferId);
    transfer.setPoliceRemindedAt(LocalDateTime.now(clock));
    transfers.update(transfer);
  }

  /** 记录公安机关决定: accepted ends the transfer; a refusal needs the police's reason. */
  public PoliceDecision recordPoliceDecision(long transferId, String decisionValue, String reason, String actor) {
    PoliceDecision decision = parseDecision(decisionValue, "policeDecision");
    if (decision == PoliceDecision.REFUSED && !notBlank(reason)) {
      throw InvalidInputException.of("policeReason", "请填写公安机关不予立案的理由", "give the police's reason");
    }
    CriminalTransfer transfer = requireStatus(transferId, TransferStatus.TRANSFERRED);
    LocalDateTime now = LocalDateTime.now(clock);
    transfer.setPoliceDecision(decision);
    transfer.setPoliceDecidedAt(now);
    transfer.setPoliceReason(notBlank(reason) ? reason.trim() : null);
    if (decision == PoliceDecision.ACCEPTED) {
      transfer.setStatus(TransferStatus.ACCEPTED);
      close(transfer, TransferOutcome.ACCEPTED, now);
    } else {
      transfer.setStatus(TransferStatus.REFUSED);
    }
    transfers.update(transfer);
    return decision;
  }

  /** 是否提请复议 (Art.9): the head's decision, with its reasons either way. */
  public boolean decideReconsideration(long transferId, Boolean request, String note, String actor) {
    Inputs inputs = new Inputs()
        .require(request != null, "requestReconsideration", "请选择是否提请复议", "decide on reconsideration")
        .require(notBlank(note), "reconsiderationNote", "请说明提请或不提请复议的理由", "give the reasons");
    inputs.throwIfAny();
    CriminalTransfer transfer = requireStatus(transferId, TransferStatus.REFUSED);
    LocalDateTime now = LocalDateTime.now(clock);
    transfer.setReconsiderationRequested(request);
    transfer.setReconsiderationNote(note.trim());
    transfer.setReconsiderationDecidedBy(actor);
    if (request) {
      transfer.setStatus(TransferStatus.RECONSIDERATION);
      transfer.setReconsiderationRequestedAt(now);
    } else {
      transfer.setStatus(TransferStatus.RETURNED);
      close(transfer, TransferOutcome.RETURNED, now);
    }
    transfers.update(transfer);
    return request;
  }

  /** 记录复议决定: the police's decision on reconsideration is final. */
  public PoliceDecision recordReconsideration(long transferId, String decisionValue, String reason, String actor) {
    PoliceDecision decision = parseDecision(decisionValue, "reconsiderationDecision");
    if (decision == PoliceDecision.REFUSED && !notBlank(reason)) {
      throw InvalidInputException.of("reconsiderationReason", "请填写复议维持不予立案的理由",
          "give the reason the refusal stands");
    }
    CriminalTransfer transfer = requireStatus(transferId, TransferStatus.RECONSIDERATION);
    LocalDateTime now = LocalDateTime.now(clock);
    transfer.setReconsiderationDecision(decision);
    transfer.setReconsiderationReason(notBlank(reason) ? reason.trim() : null);
    transfer.setReconsiderationDecidedAt(now);
    if (decision == PoliceDecision.ACCEPTED) {
      transfer.setStatus(TransferStatus.ACCEPTED);
      close(transfer, TransferOutcome.ACCEPTED, now);
    } else {
      transfer.setStatus(TransferStatus.RETURNED);
      close(transfer, TransferOutcome.RETURNED, now);
    }
    transfers.update(transfer);
    return decision;
  }

  private void close(CriminalTransfer transfer, TransferOutcome outcome, LocalDateTime now) {
    transfer.setOutcome(outcome);
    transfer.setClosedAt(now);
    if (transfer.getActionId() != null) {
      records.settle(transfer.getActionId(), outcome.name());
    }
  }

  private CriminalTransfer requireStatus(long transferId, TransferStatus expected) {
    CriminalTransfer transfer = transfer(transferId);
    if (transfer.getStatus() != expected) {
      throw new IllegalStateException("criminal transfer " + transferId + " is " + transfer.getStatus()
          + ", expected " + expected);
    }
    return transfer;
  }

  private static PoliceDecision parseDecision(String value, String field) {
    try {
      return PoliceDecision.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.of(field, "请选择公安机关的决定", "choose the police's decision");
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static String trim(String value) {
    return notBlank(value) ? value.trim() : null;
  }
}
