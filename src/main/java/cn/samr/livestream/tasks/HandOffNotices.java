package cn.samr.livestream.tasks;

import cn.samr.livestream.notification.NotificationEvent;
import cn.samr.livestream.notification.NotificationRef;
import cn.samr.livestream.notification.NotificationTexts;
import cn.samr.livestream.notification.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the user a task was handed to (转办, 委托, or back to its owner when resolved) — 「任务指派给我」
 * (docs/handoffs-and-notifications.md §3.1), written in the hand-off's own transaction: a refused or rolled-back
 * hand-off notifies nobody. The text names the task, its record number and who handed it over; nothing of a
 * complainant or reporter.
 */
@Component
class HandOffNotices {

  static final String TASKLIST_LINK = "/camunda/app/tasklist/default/#/?task=";

  private final Notifications notifications;

  HandOffNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void handedOver(HandOff.Kind kind, long handOffId, String taskId, String taskName, String recordNo, String from,
      String to) {
    String what = switch (kind) {
      case TRANSFER -> "转办给您";
      case DELEGATE -> "委托您办理";
      case RESOLVE -> "已办理完毕，交回您确认";
      default -> null;
    };
    if (what == null || to == null) {
      return;
    }
    String task = "「" + (taskName == null ? "任务" : taskName) + "」";
    String title = NotificationTexts.cut("任务" + task + what, NotificationTexts.MAX_TITLE);
    String body = NotificationTexts.cut(task + (recordNo == null ? "" : "（" + recordNo + "）") + "由 " + from + " "
        + what + "。", NotificationTexts.MAX_BODY);
    // one notice per hand-off: the same task handed to the same user again is news again
    notifications.notify(NotificationEvent.TASK_ASSIGNED_TO_ME, List.of(to), title, body, TASKLIST_LINK + taskId,
        new NotificationRef("TASK_HAND_OFF", String.valueOf(handOffId)));
  }
}
