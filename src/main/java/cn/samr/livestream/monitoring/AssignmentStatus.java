package cn.samr.livestream.monitoring;

/** A district's monthly spot-check assignment: open during the month, closed at its end. */
public enum AssignmentStatus {
  OPEN,
  CLOSED
}
