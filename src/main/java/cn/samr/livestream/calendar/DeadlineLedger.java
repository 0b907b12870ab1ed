package cn.samr.livestream.calendar;

import cn.samr.livestream.calendar.DeadlineComputations.Computation;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The deadlines the engine holds, each with what it was computed from ({@link DeadlineBasis}), written in the
 * command that set it, in the same transaction. Only deadlines {@link WorkCalendar} computed are recorded; a date
 * typed by an officer or read from a record has no basis to compute again from.
 */
@Service
public class DeadlineLedger {

  private final DeadlineMapper deadlines;
  private final WorkCalendar calendar;
  private final Clock clock;

  public DeadlineLedger(DeadlineMapper deadlines, WorkCalendar calendar, Clock clock) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Where a due date was set: the process instance, the user task or timer event, and its id in the engine. */
  public record Target(Deadline.TargetKind kind, String id, String processInstanceId, String activityId,
      String activityName) {
  }

  /**
   * Records the due date the engine just gave {@code target} (null: none), if the newest calendar computation of the
   * current command gave exactly that date; consumes that computation either way.
   *
   * @return whether it was recorded
   */
  public boolean recordIfComputed(Target target, Date due) {
    Optional<Computation> computed = DeadlineComputations.take(due);
    if (computed.isEmpty() || target.processInstanceId() == null) {
      return false;
    }
    Deadline deadline = new Deadline();
    deadline.setProcessInstanceId(target.processInstanceId());
    deadline.setActivityId(target.activityId());
    deadline.setActivityName(target.activityName());
    deadline.setTargetKind(target.kind());
    deadline.setTargetId(target.id());
    deadline.setBasis(computed.get().basis());
    deadline.setDueAt(Times.toLocal(due));
    deadline.setProvisional(computed.get().provisional());
    deadline.setCreatedAt(now());
    deadlines.insert(deadline);
    return true;
  }

  /** Whether the due date just computed in this command counted over a year the calendar does not know. */
  public static boolean provisional(Date due) {
    return DeadlineComputations.provisional(due);
  }

  /**
   * A recorded deadline is {@code more} units longer (an excluded period, an extension): its basis is extended and
   * its date computed again. Empty if the target's deadline was not recorded.
   */
  public Optional<Date> extend(Deadline.TargetKind kind, String targetId, int more) {
    Deadline deadline = deadlines.findByTarget(kind, targetId);
    return deadline == null ? Optional.empty() : rebase(kind, targetId, deadline.basis().extendedBy(more));
  }

  /**
   * A recorded deadline now runs on {@code basis} (an extension, excluded days counted from the start again): its
   * date is computed from it. Empty if the target's deadline was not recorded.
   */
  public Optional<Date> rebase(Deadline.TargetKind kind, String targetId, DeadlineBasis basis) {
    Deadline deadline = deadlines.findByTarget(kind, targetId);
    if (deadline == null) {
      return Optional.empty();
    }
    Date due = calendar.deadline(basis);
    deadline.setBasis(basis);
    deadline.setDueAt(Times.toLocal(due));
    deadline.setProvisional(calendar.provisional(basis, WorkCalendar.localDate(due)));
    deadlines.update(deadline);
    return Optional.of(due);
  }

  /** The recorded deadline of a task or a timer, if any. */
  public Optional<Deadline> of(Deadline.TargetKind kind, String targetId) {
    return Optional.ofNullable(deadlines.findByTarget(kind, targetId));
  }

  /** For the timeline: deadlines of these instances that were provisional when set. */
  public List<Deadline> provisionalOf(Collection<String> processInstanceIds) {
    return processInstanceIds.isEmpty() ? List.of() : deadlines.provisionalOf(processInstanceIds);
  }

  /** For the timeline: the deadlines of these instances computed again. */
  public List<DeadlineChange> changesOf(Collection<String> processInstanceIds) {
    return processInstanceIds.isEmpty() ? List.of() : deadlines.changesOf(processInstanceIds);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
