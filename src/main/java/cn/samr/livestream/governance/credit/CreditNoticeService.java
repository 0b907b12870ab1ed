package cn.samr.livestream.governance.credit;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
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
 * The joint-punishment notices of a listing (联合惩戒通报), as the coordination group's department notices: sent
 * with a feedback deadline in working days, reminded before it, flagged overdue after it, the feedback recorded.
 */
@Service
@Transactional
public class CreditNoticeService {

  static final int FEEDBACK_TEXT = 4000;

  private final CreditListingMapper listings;
  private final CreditListingService service;
  private final WorkCalendar calendar;
  private final Clock clock;

  public CreditNoticeService(CreditListingMapper listings, CreditListingService service, WorkCalendar calendar,
      Clock clock) {
    this.listings = listings;
    this.service = service;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The multi-instance collection: one notice per department. */
  public List<Long> noticeIds(long listingId) {
    return listings.findNotices(listingId).stream().map(CreditNotice::getId).toList();
  }

  public CreditNotice notice(long noticeId) {
    return listings.findNotice(noticeId)
        .orElseThrow(() -> new NotFoundException("联合惩戒通报不存在：" + noticeId, "no credit notice " + noticeId));
  }

  /**
   * The engine's feedback deadline was computed again (the calendar changed): the notice's copy follows, unless the
   * feedback is in already.
   */
  public void moveFeedbackDue(long noticeId, Date due) {
    CreditNotice notice = notice(noticeId);
    if (notice.getReceivedAt() != null) {
      return;
    }
    notice.setFeedbackDue(Times.toLocal(due));
    listings.updateNotice(notice);
  }

  public CreditNotice sendNotice(long noticeId) {
    CreditNotice notice = notice(noticeId);
    Date now = Date.from(clock.instant());
    notice.setSentAt(Times.toLocal(now));
    notice.setFeedbackDue(Times.toLocal(calendar.addWorkingDays(now, notice.getFeedbackWorkingDays())));
    listings.updateNotice(notice);
    service.event(notice.getListingId(), ListingStep.CREDIT_NOTICE_SENT, notice.getDepartment().name(),
        "已通报" + notice.getDepartment().label() + "，请于"
            + calendar.formatDeadline(Times.toDate(notice.getFeedbackDue())) + "前反馈", Actors.SYSTEM);
    return notice;
  }

  public void remindFeedback(long noticeId) {
    CreditNotice notice = notice(noticeId);
    notice.setRemindedAt(LocalDateTime.now(clock));
    listings.updateNotice(notice);
    service.event(notice.getListingId(), ListingStep.CREDIT_FEEDBACK_REMINDER, notice.getDepartment().name(),
        "已提醒" + notice.getDepartment().label() + "反馈期限将至", Actors.SYSTEM);
  }

  public void markFeedbackOverdue(long noticeId) {
    CreditNotice notice = notice(noticeId);
    notice.setOverdue(true);
    listings.updateNotice(notice);
    service.event(notice.getListingId(), ListingStep.CREDIT_FEEDBACK_OVERDUE, notice.getDepartment().name(),
        notice.getDepartment().label() + "逾期未反馈", Actors.SYSTEM);
  }

  public void recordFeedback(long noticeId, String feedback, String actor) {
    new Inputs()
        .require(feedback != null && !feedback.isBlank(), Var.FEEDBACK.name(), "请填写部门反馈意见",
            "give the department's feedback")
        .require(feedback == null || feedback.length() <= FEEDBACK_TEXT, Var.FEEDBACK.name(), "不超过4000字",
            "at most 4000 characters")
        .throwIfAny();
    CreditNotice notice = notice(noticeId);
    notice.setFeedback(feedback.trim());
    notice.setRecordedBy(actor);
    notice.setReceivedAt(LocalDateTime.now(clock));
    listings.updateNotice(notice);
    service.event(notice.getListingId(), ListingStep.CREDIT_FEEDBACK, notice.getDepartment().name(),
        (notice.isOverdue() ? "（逾期）" : "") + feedback.trim(), actor);
  }
}
