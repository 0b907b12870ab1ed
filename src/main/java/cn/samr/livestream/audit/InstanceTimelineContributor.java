package cn.samr.livestream.audit;

import java.util.Collection;
import java.util.List;

/**
 * Entries a plumbing package adds to every record's timeline, by process instance (issue 17: tasks.HandOffTimeline,
 * the hand-offs). {@link TimelineBuilder} collects every bean implementing it, so the timeline knows no such package.
 * Entries carry the actor ids; names and personal-data masking are the builder's.
 */
public interface InstanceTimelineContributor {

  /** The entries of the process instances (the record's own and those it called). */
  List<TimelineDraft> entries(Collection<String> processInstanceIds);

  /**
   * Camunda user-operation types this contributor's entries stand for: a log entry of one of these types on the same
   * task within {@link TimelineBuilder#MERGE_WINDOW_MS} of one of its entries is the same change, shown once.
   */
  default Collection<String> replacesOperations() {
    return List.of();
  }
}
