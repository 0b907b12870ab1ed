package cn.samr.livestream.governance.credit;

import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What processes/credit-listing.bpmn's expressions ask for ({@code creditService}): each step's due date and
 * timer from the periods the listing was created with (docs/credit.md names the rule of each), and the notices'
 * multi-instance collection. Working-day deadlines end at 23:59:59 of their last day (WorkCalendar); the yearly
 * ones (列入满三年) start on the day, calendar years, not counted in working days.
 */
@Service("creditService")
@Transactional(readOnly = true)
public class CreditDeadlineService {

  private final CreditListingService listings;
  private final CreditNoticeService notices;
  private final WorkCalendar calendar;
  private final Clock clock;

  public CreditDeadlineService(CreditListingService listings, CreditNoticeService notices, WorkCalendar calendar,
      Clock clock) {
    this.listings = listings;
    this.notices = notices;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** 陈述申辩期届满 (the timer and the statement task's due date). */
  public Date statementPeriodEnd(long listingId) {
    return Times.toDate(listings.listing(listingId).getStatementPeriodEnd());
  }

  /**
   * The listing decision: ABNORMAL 自查实之日起N个工作日 (法定); SERIOUS_ILLEGAL N working days from the proposal
   * (内部).
   */
  public Date listingDecisionDue(long listingId) {
    CreditListing listing = listings.listing(listingId);
    LocalDate from = listing.getKind() == ListingKind.ABNORMAL && listing.getFoundOn() != null ? listing.getFoundOn()
        : listing.getProposedAt().toLocalDate();
    return calendar.workingDaysDeadline(from, listings.periods(listing).decisionWorkingDays());
  }

  /**
   * Publication: SERIOUS_ILLEGAL 作出列入决定之日起N个工作日; ABNORMAL within the same deadline as the decision
   * (作出列入决定并公示).
   */
  public Date publicationDue(long listingId) {
    CreditListing listing = listings.listing(listingId);
    if (listing.getKind() == ListingKind.ABNORMAL) {
      return listingDecisionDue(listingId);
    }
    return calendar.workingDaysDeadline(listing.getListedOn(), listings.periods(listing).publicationWorkingDays());
  }

  /** 列入满N年 (SERIOUS_ILLEGAL), or the day the measures set by law end: the start of that day. */
  public Date expiresAt(long listingId) {
    return startOf(listings.listing(listingId).getExpiresOn());
  }

  /** ABNORMAL: 列入满三年 (and every interval after a review), the start of that day. */
  public Date seriousReviewAt(long listingId) {
    return startOf(listings.listing(listingId).getSeriousReviewOn());
  }

  /** The decision on a removal application: N working days from its receipt. */
  public Date removalDecisionDue(long listingId, long requestId) {
    CreditListing listing = listings.listing(listingId);
    return calendar.workingDaysDeadline(listings.request(requestId).getReceivedOn(),
        listings.periods(listing).removalDecisionWorkingDays());
  }

  /** ABNORMAL: whether to accept an objection, N working days from its receipt. */
  public Date objectionAcceptanceDue(long listingId, long requestId) {
    CreditListing listing = listings.listing(listingId);
    return calendar.workingDaysDeadline(listings.request(requestId).getReceivedOn(),
        listings.periods(listing).objectionAcceptWorkingDays());
  }

  /** ABNORMAL: the objection verified N working days after it was accepted (today). */
  public Date objectionVerificationDue(long listingId) {
    CreditListing listing = listings.listing(listingId);
    return calendar.workingDaysDeadline(LocalDate.now(clock), listings.periods(listing).objectionVerifyWorkingDays());
  }

  /** Publicity stopped N working days after the removal. */
  public Date publicityStopDue(long listingId) {
    CreditListing listing = listings.listing(listingId);
    return calendar.workingDaysDeadline(listing.getRemovedOn(), listings.periods(listing).stopPublicityWorkingDays());
  }

  public List<Long> noticeIds(long listingId) {
    return notices.noticeIds(listingId);
  }

  /** The department's feedback deadline, from the day the notice was sent. */
  public Date feedbackDue(long noticeId) {
    CreditNotice notice = notices.notice(noticeId);
    return calendar.addWorkingDays(Times.toDate(notice.getSentAt()), notice.getFeedbackWorkingDays());
  }

  /** Two working days before the feedback deadline. */
  public Date feedbackReminderAt(long noticeId) {
    CreditNotice notice = notices.notice(noticeId);
    return calendar.addWorkingDays(Times.toDate(notice.getSentAt()),
        notice.getFeedbackWorkingDays() - ListingPeriods.REMINDER_WORKING_DAYS_BEFORE);
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(WorkCalendar.ZONE).toInstant());
  }
}
