package cn.samr.livestream.coordination;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model's expressions ask for (processes/coordination-escalation.bpmn): every step's due date,
 * the notices' feedback deadline and reminder, and the notices' multi-instance collection. The bean keeps
 * the name the deployed models call, {@code escalationService}, so instances of earlier versions still run.
 */
@Service("escalationService")
@Transactional
public class EscalationDeadlineService {

  static final int REMINDER_WORKING_DAYS_BEFORE = 2;

  private final EscalationMapper escalations;
  private final EscalationWorkflowService workflow;
  private final DepartmentNoticeService notices;
  private final WorkCalendar calendar;
  private final Clock clock;
  private final Targets targets;

  public EscalationDeadlineService(EscalationMapper escalations, EscalationWorkflowService workflow,
      DepartmentNoticeService notices, WorkCalendar calendar, Clock clock,
      @Value("${livestream.coordination.triage-working-days:" + Targets.TRIAGE + "}") int triageDays,
      @Value("${livestream.coordination.meeting-record-working-days:" + Targets.MEETING_RECORD + "}") int meetingDays,
      @Value("${livestream.coordination.consolidation-working-days:" + Targets.CONSOLIDATION + "}")
      int consolidationDays,
      @Value("${livestream.coordination.acknowledgement-working-days:" + Targets.ACKNOWLEDGEMENT + "}")
      int acknowledgementDays) {
    this.escalations = escalations;
    this.workflow = workflow;
    this.notices = notices;
    this.calendar = calendar;
    this.clock = clock;
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

  /** 研判: the triage is due {@link Targets#triage()} working days after the report. */
  public Date triageDue(long escalationId) {
    return calendar.addWorkingDays(Times.toDate(workflow.escalation(escalationId).getReportedAt()), targets.triage());
  }

  /**
   * 专题讨论会: the meeting's record is due {@link Targets#meetingRecord()} working days after the meeting
   * date planned in triage, or after the triage when no date was planned.
   */
  public Date meetingDue(long escalationId) {
    Escalation escalation = workflow.escalation(escalationId);
    LocalDate from = escalation.getPlannedMeetingDate() != null ? escalation.getPlannedMeetingDate()
        : dayOf(escalation.getTriagedAt());
    return calendar.workingDaysDeadline(from, targets.meetingRecord());
  }

  /**
   * 汇总指导意见: due {@link Targets#consolidation()} working days after the last of what it consolidates
   * came in: the last department's feedback and the meeting's record (the triage when neither).
   */
  public Date consolidationDue(long escalationId) {
    Escalation escalation = workflow.escalation(escalationId);
    LocalDateTime last = escalation.getTriagedAt();
    if (escalation.getMeetingRecordedAt() != null) {
      last = later(last, escalation.getMeetingRecordedAt());
    }
    for (DepartmentNotice notice : escalations.findNotices(escalationId)) {
      if (notice.getReceivedAt() != null) {
        last = later(last, notice.getReceivedAt());
      }
    }
    return calendar.workingDaysDeadline(dayOf(last), targets.consolidation());
  }

  /**
   * 确认收悉: the reporting unit acknowledges {@link Targets#acknowledgement()} working days after the
   * guidance was given (in triage when answered directly, else at consolidation).
   */
  public Date acknowledgementDue(long escalationId) {
    return calendar.workingDaysDeadline(dayOf(workflow.escalation(escalationId).getGuidanceAt()),
        targets.acknowledgement());
  }

  /** A step's task was created with its due date: the escalation keeps it next to the step. */
  public void recordDue(long escalationId, String element, Date due) {
    Escalation escalation = workflow.escalation(escalationId);
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

  /** The multi-instance collection of the notices' subprocess. */
  public List<Long> noticeIds(long escalationId) {
    return notices.noticeIds(escalationId);
  }

  /** The feedback deadline (the feedback task's due date and the overdue timer). */
  public Date feedbackDue(long noticeId) {
    DepartmentNotice notice = notices.notice(noticeId);
    // computed from its basis (as sendNotice did), not read back, so that the deadline ledger keeps what it counts from
    return calendar.addWorkingDays(Times.toDate(notice.getSentAt()), notice.getFeedbackWorkingDays());
  }

  /** Two working days before the feedback deadline. */
  public Date feedbackReminderAt(long noticeId) {
    DepartmentNotice notice = notices.notice(noticeId);
    return calendar.addWorkingDays(Times.toDate(notice.getSentAt()),
        notice.getFeedbackWorkingDays() - REMINDER_WORKING_DAYS_BEFORE);
  }

  /** The Beijing calendar day of a time, today when there is none. */
  private LocalDate dayOf(LocalDateTime time) {
    return time == null ? LocalDate.now(clock) : time.toLocalDate();
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
