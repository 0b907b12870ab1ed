package cn.samr.livestream.tasks;

import java.time.LocalDateTime;

/**
 * A row of task_hand_off: one hand-off of a user task (docs/handoffs-and-notifications.md §1.2). User ids, the
 * task's name and the reason only: no personal data.
 */
public record HandOff(Long id, Kind kind, String taskId, String taskName, String taskDefinitionKey,
    String processInstanceId, String rootProcessInstanceId, String businessKey, String fromUser, String toUser,
    String byUser, String toActivity, String reason, Via via, LocalDateTime at) {

  /** What happened. RETURN, WITHDRAW and COPY come with later slices of issue 17. */
  public enum Kind {
    /** 转办: another user of the task's candidate groups became the assignee. */
    TRANSFER("转办"),
    /** 委托: the assignee delegated the task (engine delegateTask); it comes back to him resolved. */
    DELEGATE("委托"),
    /** 委托办结: the delegate resolved the task (engine resolveTask); it is back with its owner. */
    RESOLVE("委托办结");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Through which door. */
  public enum Via {
    /** POST /api/tasks/…, with a reason. */
    API,
    /** The engine's own interfaces: Tasklist's assignee field, /engine-rest, the Java API. No reason. */
    TASKLIST
  }

  /** With the id the database gave it. */
  HandOff withId(long newId) {
    return new HandOff(newId, kind, taskId, taskName, taskDefinitionKey, processInstanceId, rootProcessInstanceId,
        businessKey, fromUser, toUser, byUser, toActivity, reason, via, at);
  }
}
