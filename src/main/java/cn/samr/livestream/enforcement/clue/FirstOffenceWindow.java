package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts the earlier findings of violation that end a first offence (初次违法, 行政处罚法第三十三条第一款)
 * within the look-back window. The count is an input of response-tier.dmn, whose table holds the
 * threshold; this class decides nothing. The law sets no window: it is the bureau's choice (default 24
 * months, by analogy with the two-year limitation period of Art. 36), see docs/clue-verification.md.
 */
@Component
public class FirstOffenceWindow {

  /**
   * Decisions that established a violation. A case filing (立案) alone is no finding; the case's penalty
   * decision (or its not-punished LENIENT record) counts once made.
   */
  public static final Set<ActionType> COUNTING = EnumSet.of(ActionType.LENIENT, ActionType.ADMONITION,
      ActionType.GUIDANCE, ActionType.ORDER_TO_CORRECT, ActionType.PENALTY_DECISION, ActionType.CRIMINAL_TRANSFER);

  private final Clock clock;
  private final int months;

  public FirstOffenceWindow(Clock clock,
      @Value("${livestream.enforcement.first-offence-window-months:24}") int months) {
    if (months < 1) {
      throw new IllegalStateException("livestream.enforcement.first-offence-window-months must be at least 1, was "
          + months);
    }
    this.clock = clock;
    this.months = months;
  }

  /** The first day inside the window: today (engine clock) minus the window's months. */
  public LocalDate start() {
    return LocalDate.now(clock).minusMonths(months);
  }

  /**
   * Earlier matters with a counting action issued within the window; one matter counts once, however
   * many documents it produced (e.g. an order to correct and later a penalty decision).
   */
  public long count(Collection<EnforcementAction> earlier) {
    LocalDate start = start();
    return earlier.stream()
        .filter(action -> COUNTING.contains(action.getActionType()))
        .filter(action -> action.getIssuedOn() != null && !action.getIssuedOn().isBefore(start))
        .map(FirstOffenceWindow::matter)
        .distinct().count();
  }

  /** The earlier matter an action belongs to: its clue, else the action itself. */
  static String matter(EnforcementAction action) {
    return action.getClueId() != null ? "clue " + action.getClueId() : "action " + action.getId();
  }
}
