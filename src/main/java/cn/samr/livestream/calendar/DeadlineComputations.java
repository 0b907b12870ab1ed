package cn.samr.livestream.calendar;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
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

  // a loop over many days (figures) must not grow the list without bound; the deadline is among the last few
  private static final int KEPT = 32;

  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  private static final class Frame {
    final CommandContext context;
    final Deque<Computation> computations = new ArrayDeque<>();

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
    frame.computations.addLast(computation);
    if (frame.computations.size() > KEPT) {
      frame.computations.removeFirst();
    }
  }

  /** The newest computation of the current command that gave {@code due}, if any. */
  public static Optional<Computation> thatGave(Date due) {
    Frame frame = CURRENT.get();
    if (due == null || frame == null || frame.context != Context.getCommandContext()) {
      return Optional.empty();
    }
    for (Iterator<Computation> it = frame.computations.descendingIterator(); it.hasNext(); ) {
      Computation c = it.next();
      if (c.gave(due)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
