package cn.samr.livestream.organization;

import java.util.List;

/** Process definition keys the organisation's authorizations refer to. */
public final class ProcessKeys {

  /** 投诉处理. */
  public static final String COMPLAINT_HANDLING = "complaint-handling";
  /** 督促退赔. */
  public static final String REMEDY_ENFORCEMENT = "remedy-enforcement";

  /** Processes officers of working units may start. */
  public static final List<String> STARTABLE_BY_OFFICERS = List.of(COMPLAINT_HANDLING);
  /** Processes officers of working units may read (and work the tasks of). */
  public static final List<String> READABLE_BY_OFFICERS = List.of(COMPLAINT_HANDLING, REMEDY_ENFORCEMENT);

  private ProcessKeys() {
  }
}
