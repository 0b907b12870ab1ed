package cn.samr.livestream.audit;

import cn.samr.livestream.audit.TimelineEntry.Actor;
import cn.samr.livestream.shared.Actors;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the timeline of a record (DOMAIN.md §6, issue "Retention and audit"): the drafts the feature
 * gives — its event rows, and for a clue the enforcement actions with their 文号 — and the engine's history
 * of the record's processes and the processes they called (completed tasks with who completed them, the
 * user operation log), in one list, oldest first, with the record's personal data masked. Each feature
 * assembles its own (ComplaintTimeline, ClueTimeline, EscalationTimeline); callers check that the user may
 * read the record.
 */
@Service
public class TimelineBuilder {

  /** At the same instant: a claim before the completion, the completion before what it recorded. */
  static final List<TimelineSource> SAME_INSTANT_ORDER = List.of(TimelineSource.USER_OPERATION,
      TimelineSource.HAND_OFF, TimelineSource.TASK, TimelineSource.DOMAIN_EVENT, TimelineSource.ENFORCEMENT_ACTION,
      TimelineSource.DEADLINE);
  static final Comparator<TimelineDraft> CHRONOLOGICAL = Comparator
      .comparing(TimelineDraft::at, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
      .thenComparingInt(d -> SAME_INSTANT_ORDER.indexOf(d.source()))
      .thenComparingLong(TimelineDraft::order);
  static final String SYSTEM_NAME = "系统";

  /** A contributed entry and Camunda's log entry of the same change on the same task: at most this far apart. */
  static final long MERGE_WINDOW_MS = 1000;

  private final EngineHistory engine;
  private final List<InstanceTimelineContributor> contributors;

  TimelineBuilder(EngineHistory engine, List<InstanceTimelineContributor> contributors) {
    this.engine = engine;
    this.contributors = contributors == null ? List.of() : List.copyOf(contributors);
  }

  /**
   * @param kind              what the record is (COMPLAINT, CLUE, ESCALATION)
   * @param recordNo          the record's number, the business key of its processes
   * @param processKey        the record's own process
   * @param processInstanceId the instance the record started, if any
   * @param drafts            the feature's own entries
   * @param personalData      values to mask wherever they appear (complainant, real-name reporter)
   */
  public Timeline build(String kind, String recordNo, String processKey, String processInstanceId,
      List<TimelineDraft> drafts, Collection<String> personalData) {
    Redaction personal = new Redaction().add(personalData.toArray(String[]::new));
    EngineHistory.Found found = engine.find(recordNo, processKey, processInstanceId);
    List<TimelineDraft> all = new ArrayList<>(drafts);
    all.addAll(found.entries());
    List<String> instanceIds = found.processes().stream().map(p -> p.id()).toList();
    for (InstanceTimelineContributor contributor : contributors) {
      List<TimelineDraft> contributed = instanceIds.isEmpty() ? List.of() : contributor.entries(instanceIds);
      all.removeIf(d -> sameChange(d, contributed, contributor.replacesOperations()));
      all.addAll(contributed);
    }
    all.sort(CHRONOLOGICAL);
    Set<String> userIds = all.stream().flatMap(d -> d.actorIds().stream())
        .filter(id -> !Actors.SYSTEM.equals(id)).collect(Collectors.toSet());
    Map<String, String> names = engine.displayNames(userIds);
    List<TimelineEntry> entries = all.stream().map(d -> entry(d, names, personal)).toList();
    return new Timeline(kind, recordNo, found.processes(), entries);
  }

  /** A Camunda log entry that one of the contributed entries stands for (same task, type, within the window). */
  private static boolean sameChange(TimelineDraft d, List<TimelineDraft> contributed, Collection<String> types) {
    if (d.source() != TimelineSource.USER_OPERATION || d.taskId() == null || !types.contains(d.code())
        || d.at() == null) {
      return false;
    }
    return contributed.stream().anyMatch(c -> d.taskId().equals(c.taskId()) && c.at() != null
        && Math.abs(java.time.Duration.between(c.at(), d.at()).toMillis()) <= MERGE_WINDOW_MS);
  }

  private static TimelineEntry entry(TimelineDraft d, Map<String, String> names, Redaction personal) {
    List<Actor> actors = d.actorIds().stream().map(id -> actor(id, names)).toList();
    return new TimelineEntry(d.at(), d.source(), d.code(), personal.apply(d.label()), personal.apply(d.decision()),
        personal.apply(d.decisionLabel()), personal.apply(d.detail()), d.documentNo(),
        actors.isEmpty() ? null : actors.get(0), actors.size() > 1 ? actors : null, d.processKey());
  }

  private static Actor actor(String id, Map<String, String> names) {
    return Actors.SYSTEM.equals(id) ? new Actor(id, SYSTEM_NAME) : new Actor(id, names.get(id));
  }
}
