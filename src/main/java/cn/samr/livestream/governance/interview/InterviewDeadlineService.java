package cn.samr.livestream.governance.interview;

import cn.samr.livestream.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model's expressions ask for (processes/administrative-interview.bpmn): the tasks' due dates, the commitment
 * timer and the multi-instance collections. Every working-day period here is an internal target (内部): no rule sets a
 * time limit for interviews (docs/governance.md §2.7); configured under livestream.governance.interview.
 */
@Service("interviewService")
@Transactional(readOnly = true)
public class InterviewDeadlineService {

  private final InterviewWorkflowService workflow;
  private final WorkCalendar calendar;
  private final Targets targets;

  public InterviewDeadlineService(InterviewWorkflowService workflow, WorkCalendar calendar,
      @Value("${livestream.governance.interview.approval-working-days:" + Targets.APPROVAL + "}") int approval,
      @Value("${livestream.governance.interview.notice-working-days:" + Targets.NOTICE + "}") int notice,
      @Value("${livestream.governance.interview.record-working-days:" + Targets.RECORD + "}") int record,
      @Value("${livestream.governance.interview.commitment-check-working-days:" + Targets.CHECK + "}") int check) {
    this.workflow = workflow;
    this.calendar = calendar;
    this.targets = new Targets(approval, notice, record, check);
  }

  /** Working days the bureau allows itself for each step (内部办理时限), checked at start-up. */
  public record Targets(int approval, int notice, int record, int check) {
    public static final int APPROVAL = 5;
    public static final int NOTICE = 5;
    public static final int RECORD = 5;
    public static final int CHECK = 5;

    public Targets {
      for (int days : new int[] {approval, notice, record, check}) {
        if (days < 1) {
          throw new IllegalArgumentException(
              "livestream.governance.interview.*-working-days must be at least 1, was " + days);
        }
      }
    }
  }

  /** 审批约谈: {@link Targets#approval()} working days after the request. */
  public Date approvalDue(long interviewId) {
    return calendar.workingDaysDeadline(workflow.interview(interviewId).getRequestedAt().toLocalDate(),
        targets.approval());
  }

  /** 制发约谈通知书: {@link Targets#notice()} working days after the approval (the request when none was needed). */
  public Date noticeDue(long interviewId) {
    Interview interview = workflow.interview(interviewId);
    LocalDateTime from = interview.getApprovedAt() != null ? interview.getApprovedAt() : interview.getRequestedAt();
    return calendar.workingDaysDeadline(from.toLocalDate(), targets.notice());
  }

  /** 记录约谈情况: {@link Targets#record()} working days after the interview day. */
  public Date recordDue(long interviewId) {
    return calendar.workingDaysDeadline(workflow.interview(interviewId).getInterviewAt().toLocalDate(),
        targets.record());
  }

  /** Timer_CommitmentDue: the end (23:59:59) of the day the subject promised; the party's own date, not a ledger one. */
  public Date commitmentDueAt(long commitmentId) {
    return WorkCalendar.endOfDay(workflow.commitment(commitmentId).getDueOn());
  }

  /**
   * 核查承诺履行: {@link Targets#check()} working days after the subject's report, or after the promised day when no
   * report came in.
   */
  public Date checkDue(long commitmentId) {
    InterviewCommitment commitment = workflow.commitment(commitmentId);
    LocalDate from = commitment.getReportedAt() != null && commitment.getReportedAt().toLocalDate()
        .isBefore(commitment.getDueOn()) ? commitment.getReportedAt().toLocalDate() : commitment.getDueOn();
    return calendar.workingDaysDeadline(from, targets.check());
  }

  /** 审批不再跟进: {@link Targets#approval()} working days after the check. */
  public Date noFollowUpApprovalDue(long commitmentId) {
    LocalDateTime checked = workflow.commitment(commitmentId).getCheckedAt();
    return calendar.workingDaysDeadline(checked.toLocalDate(), targets.approval());
  }

  /** Timer_AcknowledgementDue: the end of the letter's last working day to be acknowledged (内部, letter-ack-working-days). */
  public Date acknowledgementDueAt(long interviewSubjectId) {
    return cn.samr.livestream.shared.Times.toDate(workflow.subjectRow(interviewSubjectId).getAcknowledgementDue());
  }

  /** 登记确认收悉: {@link Targets#check()} working days after the day the letter was to be acknowledged by. */
  public Date acknowledgementRecordDue(long interviewSubjectId) {
    return calendar.workingDaysDeadline(workflow.subjectRow(interviewSubjectId).getAcknowledgementDue().toLocalDate(),
        targets.check());
  }

  /** The record task's multi-instance collection: one a subject. */
  public List<Long> subjectRowIds(long interviewId) {
    return workflow.subjectRowIds(interviewId);
  }

  /** The follow-up subprocess's collection: one a commitment; empty when no subject made one. */
  public List<Long> commitmentIds(long interviewId) {
    return workflow.commitmentIds(interviewId);
  }
}
