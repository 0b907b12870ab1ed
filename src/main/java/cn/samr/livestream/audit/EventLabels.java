package cn.samr.livestream.audit;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Chinese labels of one feature's event table: its steps (an enum of {@link TimelineStep}) and the
 * decision codes its steps record. A code without a label is shown as it is.
 */
public final class EventLabels {

  private final Map<String, TimelineStep> steps;
  private final Map<String, String> decisions;

  private EventLabels(Map<String, TimelineStep> steps, Map<String, String> decisions) {
    this.steps = steps;
    this.decisions = decisions;
  }

  /**
   * @param decisions labels of the decision codes that no step labels from its own list (属实, 批准 …)
   */
  public static <E extends Enum<E> & TimelineStep> EventLabels of(Class<E> steps, Map<String, String> decisions) {
    return new EventLabels(Stream.of(steps.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(E::name, Function.identity())), Map.copyOf(decisions));
  }

  /** The step's Chinese label; the code itself if the feature has no such step. */
  public String step(String code) {
    TimelineStep step = code == null ? null : steps.get(code);
    return step == null ? code : step.label();
  }

  /** The decision's Chinese label: from the step's own list where it has one, else the feature's; or null. */
  public String decision(String step, String decision) {
    if (decision == null || decision.isBlank()) {
      return null;
    }
    TimelineStep known = step == null ? null : steps.get(step);
    String specific = known == null ? null : known.decisionLabel(decision);
    return specific != null ? specific : decisions.get(decision);
  }
}
