package cn.samr.livestream.calendar;

import java.util.Date;

/**
 * A deadline the engine holds was computed again with a changed calendar; published inside the transaction that
 * moved the task's or timer's due date, so that a feature keeping the same deadline in its own record moves it in
 * that transaction too.
 */
public record DeadlineMoved(String processInstanceId, String activityId, Deadline.TargetKind targetKind,
    Date oldDue, Date newDue) {
}
