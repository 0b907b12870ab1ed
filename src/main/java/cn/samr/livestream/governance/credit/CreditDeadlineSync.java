package cn.samr.livestream.governance.credit;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.engine.MovedDeadlineScope;
import cn.samr.livestream.governance.credit.CreditListingProcess.Element;
import cn.samr.livestream.governance.credit.CreditListingProcess.Var;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The listing keeps copies of working-day deadlines the engine holds: the publication (credit_listing.publication_due:
 * the publication task and its overdue timer), the stop of publicity (publicity_stop_due), a party's request
 * (credit_listing_request.due: the removal decision, the objection's acceptance and verification) and each
 * joint-punishment notice's feedback (credit_notice.feedback_due: the feedback task and its overdue timer, one per
 * notice, told apart by the moved target's creditNoticeId). When the calendar changes and the engine's are computed
 * again, these follow in the same transaction (docs/working-days.md).
 */
@Component
class CreditDeadlineSync {

  static final Set<String> PUBLICATION_DUE = Set.of(Element.RECORD_PUBLICATION, Element.PUBLICATION_TIMER);
  static final Set<String> PUBLICITY_STOP_DUE = Set.of(Element.RECORD_PUBLICITY_STOPPED);
  static final Set<String> REQUEST_DUE = Set.of(Element.DECIDE_REMOVAL, Element.ACCEPT_OBJECTION,
      Element.VERIFY_OBJECTION);
  static final Set<String> FEEDBACK_DUE = Set.of(Element.RECORD_NOTICE_FEEDBACK, Element.FEEDBACK_OVERDUE_TIMER);

  private final CreditListingService listings;
  private final CreditNoticeService notices;
  private final MovedDeadlineScope scope;

  CreditDeadlineSync(CreditListingService listings, CreditNoticeService notices, MovedDeadlineScope scope) {
    this.listings = listings;
    this.notices = notices;
    this.scope = scope;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    String activity = moved.activityId();
    if (!PUBLICATION_DUE.contains(activity) && !PUBLICITY_STOP_DUE.contains(activity)
        && !REQUEST_DUE.contains(activity) && !FEEDBACK_DUE.contains(activity)) {
      return;
    }
    scope.run(moved, CreditListingProcess.PROCESS_KEY, execution -> {
      if (FEEDBACK_DUE.contains(activity)) {
        Long noticeId = Var.CREDIT_NOTICE_ID.get(execution);
        if (noticeId != null) {
          notices.moveFeedbackDue(noticeId, moved.newDue());
        }
        return;
      }
      if (REQUEST_DUE.contains(activity)) {
        Long requestId = Var.REQUEST_ID.get(execution);
        if (requestId != null) {
          listings.recordRequestDue(requestId, moved.newDue());
        }
        return;
      }
      Long listingId = Var.LISTING_ID.get(execution);
      if (listingId == null) {
        return;
      }
      if (PUBLICATION_DUE.contains(activity)) {
        listings.recordPublicationDue(listingId, moved.newDue());
      } else {
        listings.recordPublicityStopDue(listingId, moved.newDue());
      }
    });
  }
}
