package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.ProcessVariable;

/**
 * Names of the typical-case process (典型案例发布, docs/governance.md §5): a write-up drafted from a closed case or an
 * accepted criminal transfer, checked on the server for personal data, approved by the head and published on the
 * public page. Only ids, numbers, candidate groups, task-list columns and gateway inputs are process variables; the
 * write-up's text lives in typical_case.
 */
public final class TypicalCaseProcess {

  public static final String PROCESS_KEY = "typical-case";
  /** The BPMN error the publication throws when the last check finds personal data. */
  public static final String PERSONAL_DATA_FOUND = "PERSONAL_DATA_FOUND";

  public static final class Element {
    public static final String START = "StartEvent_WriteUpProposed";
    public static final String PREFILL = "Task_PrefillWriteUp";
    public static final String DRAFT = "Task_DraftWriteUp";
    public static final String CHECK = "Task_CheckPersonalData";
    public static final String CLEAN = "Gateway_WriteUpClean";
    public static final String APPROVE = "Task_ApproveWriteUp";
    public static final String DECISION = "Gateway_WriteUpDecision";
    public static final String PUBLISH = "Task_PublishWriteUp";
    public static final String PERSONAL_DATA_AT_PUBLICATION = "Error_PersonalDataFound";
    public static final String END_REJECTED = "EndEvent_WriteUpRejected";
    public static final String END_PUBLISHED = "EndEvent_WriteUpPublished";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> WRITE_UP_ID = ProcessVariable.of("writeUpId", Long.class);
    public static final ProcessVariable<String> WRITE_UP_NO = ProcessVariable.of("writeUpNo", String.class);
    /** Task-list column 编号. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of(TaskListColumns.NUMBER, String.class);
    public static final ProcessVariable<String> PROPOSER_UNIT = ProcessVariable.of("proposerUnit", String.class);
    public static final ProcessVariable<String> PROPOSER_UNIT_HEAD = ProcessVariable.of("proposerUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME =
        ProcessVariable.of(TaskListColumns.UNIT, String.class);
    public static final ProcessVariable<String> CATEGORY_LABEL = ProcessVariable.of(TaskListColumns.CATEGORY, String.class);
    /** Gateway input, for this command only. */
    public static final ProcessVariable<Boolean> WRITE_UP_CLEAN = ProcessVariable.of("writeUpClean", Boolean.class);
    /** Approval form: APPROVE, RETURN or REJECT ({@link WriteUpDecision}); taken. */
    public static final ProcessVariable<String> WRITE_UP_DECISION = ProcessVariable.of("writeUpDecision", String.class);
    public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.of("approvalNote", String.class);
    /** Start form: the case number (AJ-…) or the criminal transfer's document number; taken. */
    public static final ProcessVariable<String> SOURCE_NO = ProcessVariable.of("sourceNo", String.class);
    // the draft form's fields: task-local on the draft task (shown), taken on completion
    public static final ProcessVariable<String> TITLE = ProcessVariable.of("title", String.class);
    public static final ProcessVariable<String> PARTY_DESIGNATION = ProcessVariable.of("partyDesignation", String.class);
    public static final ProcessVariable<String> FACTS = ProcessVariable.of("facts", String.class);
    public static final ProcessVariable<String> VIOLATION = ProcessVariable.of("violation", String.class);
    public static final ProcessVariable<String> BASIS = ProcessVariable.of("basis", String.class);
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("outcome", String.class);
    public static final ProcessVariable<String> SIGNIFICANCE = ProcessVariable.of("significance", String.class);
    /** Task-local on the draft and approval tasks: the last check's findings in words, never the matched text. */
    public static final ProcessVariable<String> FINDINGS_TEXT = ProcessVariable.of("scrubFindingsText", String.class);
    /** Task-local on the approval task: the write-up as it will be published, read only. */
    public static final ProcessVariable<String> WRITE_UP_TEXT = ProcessVariable.of("writeUpText", String.class);

    private Var() {
    }
  }

  private TypicalCaseProcess() {
  }
}
