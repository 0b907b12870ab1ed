package cn.samr.livestream.coordination;

import static cn.samr.livestream.coordination.EscalationText.LONG_TEXT;
import static cn.samr.livestream.coordination.EscalationText.fits;
import static cn.samr.livestream.coordination.EscalationText.notBlank;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department notices triage chose (通报相关部门): sending each with its feedback deadline in working
 * days, the reminder before it, the overdue mark after it, and the department's feedback.
 */
@Service
@Transactional
public class DepartmentNoticeService {

  private final EscalationMapper escalations;
  private final EscalationWorkflowService workflow;
  private final WorkCalendar calendar;
  private final Clock clock;

  public DepartmentNoticeService(EscalationMapper escalations, EscalationWorkflowService workflow,
      WorkCalendar calendar, Clock clock) {
    this.escalations = escalations;
    this.workflow = workflow;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The multi-instance collection: one notice per department chosen in triage. */
  public List<Long> noticeIds(long escalationId) {
    return escalations.findNotices(escalationId).stream().map(DepartmentNotice::getId).toList();
  }

  public DepartmentNotice notice(long noticeId) {
    return escalations.findNotice(noticeId)
        .orElseThrow(() -> new NotFoundException("部门通报不存在：" + noticeId, "no notice " + noticeId));
  }

  /** Sends the notice: the feedback deadline runs from today, in working days. */
  public DepartmentNotice sendNotice(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    Date now = Date.from(clock.instant());
    notice.setSentAt(Times.toLocal(now));
    notice.setFeedbackDue(Times.toLocal(calendar.addWorkingDays(now, notice.getFeedbackWorkingDays())));
    escalations.updateNotice(notice);
    workflow.event(notice.getEscalationId(), EscalationStep.NOTICE_SENT, notice.getDepartment().name(),
        "已通报" + notice.getDepartment().label() + "，请于"
            + calendar.formatDeadline(Times.toDate(notice.getFeedbackDue())) + "前反馈", Actors.SYSTEM);
    return notice;
  }

  /**
   * The feedback deadline the engine holds (the feedback task and its overdue timer) was computed again (a holiday
   * calendar entered or corrected): the notice's copy follows.
   */
  public void moveFeedbackDue(long noticeId, Date due) {
    DepartmentNotice notice = notice(noticeId);
    notice.setFeedbackDue(Times.toLocal(due));
    escalations.updateNotice(notice);
  }

  public void remindFeedback(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    notice.setRemindedAt(LocalDateTime.now(clock));
    escalations.updateNotice(notice);
    workflow.event(notice.getEscalationId(), EscalationStep.FEEDBACK_REMINDER, notice.getDepartment().name(),
        "已提醒" + notice.getDepartment().label() + "反馈期限将至", Actors.SYSTEM);
  }

  public void markFeedbackOverdue(long noticeId) {
    DepartmentNotice notice = notice(noticeId);
    notice.setOverdue(true);
    escalations.updateNotice(notice);
    workflow.event(notice.getEscalationId(), EscalationStep.FEEDBACK_OVERDUE, notice.getDepartment().name(),
        notice.getDepartment().label() + "逾期未反馈", Actors.SYSTEM);
  }

  public void recordFeedback(long noticeId, String feedback, String actor) {
    new Inputs()
        .require(notBlank(feedback), Var.FEEDBACK.name(), "请填写部门反馈意见", "give the department's feedback")
        .require(fits(feedback, LONG_TEXT), Var.FEEDBACK.name(), "不超过4000字", "at most 4000 characters")
        .throwIfAny();
    DepartmentNotice notice = notice(noticeId);
    notice.setFeedback(feedback.trim());
    notice.setRecordedBy(actor);
    notice.setReceivedAt(LocalDateTime.now(clock));
    escalations.updateNotice(notice);
    workflow.event(notice.getEscalationId(), EscalationStep.FEEDBACK, notice.getDepartment().name(),
        (notice.isOverdue() ? "（逾期）" : "") + feedback.trim(), actor);
  }
}
