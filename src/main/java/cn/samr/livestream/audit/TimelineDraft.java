package cn.samr.livestream.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A timeline entry before its actors' names are looked up and personal data is removed. Features make
 * theirs with {@link #event} and {@link #action}; {@link EngineHistory} makes the engine's.
 *
 * @param actorIds the actor first; several for an enforcement action with several officers
 * @param order    orders entries of one source that happened at the same instant (row id, or epoch ms)
 * @param taskId   the engine task the entry is about, if any: a hand-off and Camunda's log entry of the same
 *                 assignment are shown once ({@link TimelineBuilder})
 */
public record TimelineDraft(LocalDateTime at, TimelineSource source, String code, String label, String decision,
    String decisionLabel, String detail, String documentNo, List<String> actorIds, String processKey, long order,
    String taskId) {

  /** An entry about no particular task. */
  public TimelineDraft(LocalDateTime at, TimelineSource source, String code, String label, String decision,
      String decisionLabel, String detail, String documentNo, List<String> actorIds, String processKey, long order) {
    this(at, source, code, label, decision, decisionLabel, detail, documentNo, actorIds, processKey, order, null);
  }

  /** A row of the record's event table, labelled with the feature's steps and decisions. */
  public static TimelineDraft event(RecordEvent e, EventLabels labels) {
    return new TimelineDraft(e.getOccurredAt(), TimelineSource.DOMAIN_EVENT, e.getStep(), labels.step(e.getStep()),
        e.getDecision(), labels.decision(e.getStep(), e.getDecision()), e.getDetail(), null,
        e.getActor() == null ? List.of() : List.of(e.getActor()), null, e.getId());
  }

  /** The rows of the record's event table. */
  public static List<TimelineDraft> events(List<RecordEvent> events, EventLabels labels) {
    return events.stream().map(e -> event(e, labels)).toList();
  }

  /** An enforcement action (a document with its 文号, or a measure) taken by the officers, first one first. */
  public static TimelineDraft action(long id, LocalDateTime at, String type, String typeLabel, String outcome,
      String outcomeLabel, String detail, String documentNo, List<String> officers) {
    return new TimelineDraft(at, TimelineSource.ENFORCEMENT_ACTION, type, typeLabel, outcome, outcomeLabel, detail,
        documentNo, officers, null, id);
  }
}
