package cn.samr.livestream.complaint;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refund and compensation enforcement (督促退赔, seed 000 §二(二)3): a notice to each responsible party,
 * confirmation of fulfilment, urging after the deadline, referral of deliberate delay or refusal.
 */
@Service("remedyService")
@Transactional
public class RemedyService {

  /** Fulfilment period when the officer sets none (working days). */
  public static final int DEFAULT_WORKING_DAYS = 10;

  private final ComplaintRecords records;
  private final ComplaintWorkflowService workflow;
  private final WorkCalendar calendar;
  private final SubjectRegistry subjects;
  private final Clock clock;

  RemedyService(ComplaintRecords records, ComplaintWorkflowService workflow, WorkCalendar calendar,
      SubjectRegistry subjects, Clock clock) {
    this.records = records;
    this.workflow = workflow;
    this.calendar = calendar;
    this.subjects = subjects;
    this.clock = clock;
  }

  /** The notice: the party's role, its name (the task list's 当事人 column; the role when no subject is named) and what it owes. */
  public record Notice(String partyLabel, String partyName, String summary) {
  }

  /** The collection of the multi-instance call activity: every obligation still to be enforced. */
  public List<Long> openRemedyIds(Long complaintId) {
    return records.remediesOf(complaintId).stream()
        .filter(r -> r.getStatus() == RemedyStatus.NOTIFIED)
        .map(RemedyObligation::getId)
        .collect(Collectors.toList());
  }

  public RemedyObligation remedy(long remedyId) {
    return records.remedy(remedyId)
        .orElseThrow(() -> new NotFoundException("退赔事项不存在：" + remedyId, "no remedy obligation " + remedyId));
  }

  public Notice issueNotice(long remedyId, String complaintNo, String actor) {
    RemedyObligation remedy = remedy(remedyId);
    remedy.setNoticeNo(complaintNo + "-" + remedy.getPartyRole().name().charAt(0));
    remedy.setNotifiedAt(LocalDateTime.now(clock));
    remedy.setUpdatedBy(actor);
    records.changed(remedy);
    String summary = describe(remedy);
    workflow.record(remedy.getComplaintId(), ComplaintStep.REMEDY_NOTICE, remedy.getPartyRole().name(),
        "向" + remedy.getPartyRole().label() + "发出督促退赔通知：" + summary, actor);
    String partyName = remedy.getSubjectId() == null ? null
        : subjects.nameOf(remedy.getSubjectId()).orElse(null);
    return new Notice(remedy.getPartyRole().label(), partyName != null ? partyName : remedy.getPartyRole().label(),
        summary);
  }

  /** The confirmation task was created: its due date is the party's fulfilment deadline. */
  public String recordDeadline(long remedyId, Date deadline) {
    RemedyObligation remedy = remedy(remedyId);
    remedy.setDeadline(Times.toLocal(deadline));
    records.changed(remedy);
    return calendar.formatDeadline(deadline);
  }

  /** Confirmation within the deadline (确认履行). */
  public FulfilmentOutcome confirm(long remedyId, String outcome, Double amount, String fulfilledOn,
      String refusalReason, String actor) {
    return recordOutcome(remedyId, null, outcome, amount, fulfilledOn, refusalReason, actor);
  }

  /** Urging after the deadline passed (督促履行); the urging itself must be described. */
  public FulfilmentOutcome urge(long remedyId, String urgeNote, String outcome, Double amount, String fulfilledOn,
      String refusalReason, String actor) {
    if (urgeNote == null || urgeNote.isBlank()) {
      throw InvalidInputException.of("urgeNote", "请填写督促情况", "describe the urging");
    }
    return recordOutcome(remedyId, urgeNote.trim(), outcome, amount, fulfilledOn, refusalReason, actor);
  }

  /** A refusal needs its facts, because it becomes an enforcement matter. */
  private FulfilmentOutcome recordOutcome(long remedyId, String urgeNote, String outcomeValue, Double amount,
      String fulfilledOn, String refusalReason, String actor) {
    FulfilmentOutcome outcome = Inputs.enumValue(FulfilmentOutcome.class, outcomeValue, "fulfilmentOutcome");
    Inputs inputs = new Inputs();
    LocalDate day = null;
    if (outcome == FulfilmentOutcome.FULFILLED) {
      inputs.require(amount != null && amount >= 0, "fulfilledAmount", "请填写实际退赔金额（不小于零）",
          "give the amount paid (zero or more)");
      day = Inputs.date(fulfilledOn, "fulfilledOn");
      inputs.require(!day.isAfter(LocalDate.now(clock)), "fulfilledOn", "履行日期不能晚于今天", "must not be in the future");
    } else {
      inputs.require(refusalReason != null && !refusalReason.isBlank(), "refusalReason",
          "请填写拖延或拒绝的情况", "describe the delay or refusal");
    }
    inputs.throwIfAny();
    RemedyObligation remedy = remedy(remedyId);
    if (urgeNote != null) {
      remedy.setStatus(RemedyStatus.URGED);
      remedy.setUrgedAt(LocalDateTime.now(clock));
      remedy.setUrgeNote(urgeNote);
    }
    if (outcome == FulfilmentOutcome.FULFILLED) {
      remedy.setStatus(RemedyStatus.FULFILLED);
      remedy.setFulfilledAmount(BigDecimal.valueOf(amount));
      remedy.setFulfilledOn(day);
    } else {
      remedy.setRefusalReason(refusalReason.trim());
    }
    remedy.setUpdatedBy(actor);
    records.changed(remedy);
    workflow.record(remedy.getComplaintId(), urgeNote != null ? ComplaintStep.REMEDY_URGED : ComplaintStep.REMEDY_CONFIRMED, outcome.name(),
        remedy.getPartyRole().label() + "：" + (outcome == FulfilmentOutcome.FULFILLED
            ? "已退赔" + remedy.getFulfilledAmount().toPlainString() + "元（" + day + "）"
            : remedy.getRefusalReason()) + (urgeNote != null ? "；督促情况：" + urgeNote : ""), actor);
    return outcome;
  }

  public void markReferred(long remedyId, long referralId) {
    RemedyObligation remedy = remedy(remedyId);
    remedy.setStatus(RemedyStatus.REFERRED);
    remedy.setReferralId(referralId);
    records.changed(remedy);
  }

  private static String describe(RemedyObligation remedy) {
    String types = Arrays.stream(remedy.getRemedyTypes().split(","))
        .map(t -> ClaimType.valueOf(t).label()).collect(Collectors.joining("、"));
    return types + (remedy.getAmountOwed().signum() > 0 ? "，金额" + remedy.getAmountOwed().toPlainString() + "元" : "");
  }
}
