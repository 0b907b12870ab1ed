package cn.samr.livestream.notification;

/**
 * What a notification refers to: a kind ({@code TASK}, a record kind) and an id (a task id, a record number) — never
 * personal data. Together with the event, the recipient and the channel it makes the dedup key: the same event about
 * the same thing reaches each recipient once per channel. An {@code id} that includes an occurrence (e.g. the task id
 * and the assignment's time) lets the same event come again.
 */
public record NotificationRef(String kind, String id) {

  public static NotificationRef task(String taskId) {
    return new NotificationRef("TASK", taskId);
  }
}
