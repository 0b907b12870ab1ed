package cn.samr.livestream.calendar;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The deadlines {@link WorkCalendar} computed during the current engine command, newest last. The engine does not
 * say which expression gave a task or a timer its due date; the ledger takes the computation made in the same
 * command that produced exactly that date. Only inside an engine command: computations elsewhere (figures,
 * forms) are not deadlines of the engine.
 */
public final class DeadlineComputations {

  /** A computation and its result. {@code provisional}: it counted over a year the calendar does not know. */
  public record Computation(DeadlineBasis basis, LocalDate lastDay, boolean provisional) {

    /** Whether this computation gave {@code due}: 23:59:59 Beijing time of its last day. */
    boolean gave(Date due) {
      return due != null && WorkCalendar.endOfDay(lastDay).getTime() == due.getTime();
    }
  }

  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  private static final class Frame {
    final CommandContext context;
    // only the newest computation can be the one a creation takes
    Computation newest;
    // what the last creation took: the task's create listeners run after its history event and still ask
    Computation taken;

    Frame(CommandContext context) {
      this.context = context;
    }
  }

  private DeadlineComputations() {
  }

  static void record(Computation computation) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return;
    }
    Frame frame = CURRENT.get();
    if (frame == null || frame.context != context) {
      frame = new Frame(context);
      CURRENT.set(frame);
    }
    frame.newest = computation;
  }

  /**
   * The computation that gave {@code due}: the newest of the current command, if it gave exactly that date. The
   * engine evaluates a due date or timer expression just before it creates the task or the timer, so the newest
   * computation is that expression's; one made earlier in the command (a figure, another deadline) is never taken for
   * it. Each creation consumes what was computed before it.
   */
  public static Optional<Computation> take(Date due) {
    Frame frame = CURRENT.get();
    if (frame == null || frame.context != Context.getCommandContext()) {
      return Optional.empty();
    }
    Computation newest = frame.newest;
    frame.newest = null;
    frame.taken = newest != null && newest.gave(due) ? newest : null;
    return Optional.ofNullable(frame.taken);
  }

  /** Whether the computation that gave {@code due} — the newest, or the one the creation just took — was provisional. */
  public static boolean provisional(Date due) {
    Frame frame = CURRENT.get();
    if (frame == null || frame.context != Context.getCommandContext()) {
      return false;
    }
    Computation newest = frame.newest != null ? frame.newest : frame.taken;
    return newest != null && newest.gave(due) && newest.provisional();
  }
}
