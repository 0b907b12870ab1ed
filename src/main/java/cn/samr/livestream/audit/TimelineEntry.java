package cn.samr.livestream.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One thing that happened to a record: when (Beijing time), from which source, which step or operation
 * (code and Chinese label), what was decided, by whom, and the document number where one was issued.
 *
 * @param at          when it happened (Asia/Shanghai)
 * @param source      where the entry comes from
 * @param code        the step (domain event), action type, task definition key or operation type
 * @param label       its Chinese label (task name for tasks)
 * @param decision    the decision or outcome code, if any
 * @param decisionLabel its Chinese label, where one is known
 * @param detail      what was recorded with it (personal data removed)
 * @param documentNo  文号 of an enforcement action's document
 * @param actor       who did it; for an action with several officers the first of them
 * @param officers    every officer named on an enforcement action, when there are several
 * @param processKey  the Camunda process the task or operation belongs to (sub-processes included)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(LocalDateTime at, TimelineSource source, String code, String label, String decision,
    String decisionLabel, String detail, String documentNo, Actor actor, List<Actor> officers, String processKey) {

  /** A user id with the user's display name (null when no such user exists, e.g. a deleted account). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Actor(String id, String name) {
  }
}
