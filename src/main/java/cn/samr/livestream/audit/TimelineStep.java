package cn.samr.livestream.audit;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A step a feature records in its event table, with its Chinese label for the timeline. Each feature
 * declares its steps as an enum implementing this (ComplaintStep, ClueStep, EscalationStep): the constant's
 * name is the code stored in the step column, so rows written before the enum existed read the same.
 */
public interface TimelineStep {

  /** The stored code: the enum constant's name. */
  String name();

  /** The Chinese label shown on the timeline. */
  String label();

  /**
   * The Chinese label of a decision taken at this step, where the step says which list it comes from
   * (e.g. ROUTING: RoutingTarget); null to fall back on the feature's list of decisions.
   */
  default String decisionLabel(String decision) {
    return null;
  }

  /** A decision's label from an enum with labels (RoutingTarget::label); null if it is none of its constants. */
  static <E extends Enum<E>> String labelOf(E[] constants, Function<E, String> label, String decision) {
    return Arrays.stream(constants).filter(c -> c.name().equals(decision)).findFirst().map(label).orElse(null);
  }
}
