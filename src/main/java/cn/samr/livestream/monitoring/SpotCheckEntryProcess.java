package cn.samr.livestream.monitoring;

import cn.samr.livestream.shared.ProcessVariable;
import java.util.List;

/**
 * Names of the spot-check entry process (录入抽查记录): processes/spot-check-entry.bpmn. Officers of a
 * district and the monitoring centre record one spot check from its Tasklist start form
 * (forms/monitoring-spot-check-entry.form); the instance records it and ends at once.
 */
public final class SpotCheckEntryProcess {

  public static final String PROCESS_KEY = "spot-check-entry";
  /** The Camunda Form of the start event. */
  public static final String FORM_ID = "monitoring-spot-check-entry";

  public static final class Element {
    public static final String START = "StartEvent_SpotCheckEntered";
    public static final String RECORD_SPOT_CHECK = "Task_RecordSpotCheck";
    public static final String SUSPECTED_GATEWAY = "Gateway_SuspectedViolation";
    public static final String END_RECORDED = "EndEvent_CheckRecorded";
    public static final String END_CLUE_STARTED = "EndEvent_ClueStarted";

    private Element() {
    }
  }

  /** The start form's fields (the keys in the form file), named as SpotCheckRequest names them. */
  public static final class Form {
    /** 区局: district code (310113), unit code or name; empty = the officer's own district. */
    public static final ProcessVariable<String> DISTRICT = ProcessVariable.of(MonitoringService.DISTRICT, String.class);
    /** 抽查日期, yyyy-MM-dd from the date picker. */
    public static final ProcessVariable<String> CHECK_DATE = ProcessVariable.of("checkDate", String.class);
    public static final ProcessVariable<String> PLATFORM = ProcessVariable.of("platform", String.class);
    public static final ProcessVariable<String> LIVE_ROOM = ProcessVariable.of("liveRoom", String.class);
    public static final ProcessVariable<String> ACCOUNT_ID = ProcessVariable.of("accountId", String.class);
    public static final ProcessVariable<String> PRODUCT_OR_SERVICE = ProcessVariable.of("productOrService", String.class);
    /** A FocusArea code. */
    public static final ProcessVariable<String> FOCUS_AREA = ProcessVariable.of("focusArea", String.class);
    /** A SpotCheckResult code. */
    public static final ProcessVariable<String> RESULT = ProcessVariable.of("result", String.class);
    /** A ViolationCategory code; shown only with a suspected violation. */
    public static final ProcessVariable<String> VIOLATION_CATEGORY = ProcessVariable.of("violationCategory", String.class);
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.of("description", String.class);
    public static final ProcessVariable<Boolean> SAMPLING_DONE = ProcessVariable.of("samplingDone", Boolean.class);
    /** A SamplingResult code; shown only when a sample was taken. */
    public static final ProcessVariable<String> SAMPLING_RESULT = ProcessVariable.of("samplingResult", String.class);

    /** Every input field of the form; they leave the process once the check is recorded. */
    public static final List<ProcessVariable<?>> FIELDS = List.of(DISTRICT, CHECK_DATE, PLATFORM, LIVE_ROOM, ACCOUNT_ID,
        PRODUCT_OR_SERVICE, FOCUS_AREA, RESULT, VIOLATION_CATEGORY, DESCRIPTION, SAMPLING_DONE, SAMPLING_RESULT);

    private Form() {
    }
  }

  /** What the instance keeps: the check's ids and whether a clue was started (the gateway's question). */
  public static final class Var {
    public static final ProcessVariable<Long> SPOT_CHECK_ID = ProcessVariable.of("spotCheckId", Long.class);
    public static final ProcessVariable<Long> ASSIGNMENT_ID = ProcessVariable.of("assignmentId", Long.class);
    public static final ProcessVariable<Boolean> CLUE_STARTED = ProcessVariable.of("clueStarted", Boolean.class);
    public static final ProcessVariable<Long> CLUE_ID = ProcessVariable.of("clueId", Long.class);
    public static final ProcessVariable<String> CLUE_NO = ProcessVariable.of("clueNo", String.class);

    private Var() {
    }
  }

  private SpotCheckEntryProcess() {
  }
}
