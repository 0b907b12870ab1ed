package cn.samr.livestream.platform;

import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Times;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An order to a platform must be confirmed by the correction deadline the clue's timer holds; when the calendar
 * changes and the timer is computed again, the order's respond-by moves with it in the same transaction.
 */
@Component
class PlatformOrderDeadlineSync {

  private final PlatformOrders orders;

  PlatformOrderDeadlineSync(PlatformOrders orders) {
    this.orders = orders;
  }

  @EventListener
  public void onDeadlineMoved(DeadlineMoved moved) {
    if (ClueProcess.Element.CORRECTION_DEADLINE_TIMER.equals(moved.activityId())) {
      orders.moveRespondBy(moved.processInstanceId(), Times.toLocal(moved.newDue()));
    }
  }
}
