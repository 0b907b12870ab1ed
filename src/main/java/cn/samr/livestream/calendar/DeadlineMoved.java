package cn.samr.livestream.calendar;

import java.util.Date;

/**
 * A deadline the engine holds was computed again with a changed calendar; published inside the transaction that
 * moved the task's or timer's due date, so that a feature keeping the same deadline in its own record moves it in
 * that transaction too. {@code targetId} names the task or the timer job (ACT_RU_TASK.ID_, ACT_RU_JOB.ID_): where one
 * instance holds the same activity more than once (a multi-instance body), it says which one moved.
 */
public record DeadlineMoved(String processInstanceId, String activityId, Deadline.TargetKind targetKind,
    String targetId, Date oldDue, Date newDue) {
}
