package cn.samr.livestream.complaint;

import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.engine.TaskListColumns;
import java.util.Date;

/** Names of the remedy-enforcement process (督促退赔), one instance per responsible party. */
public final class RemedyProcess {

  public static final String PROCESS_KEY = "remedy-enforcement";

  public static final class Element {
    public static final String START = "StartEvent_RemedyOwed";
    public static final String ISSUE_NOTICE = "Task_IssueRemedyNotice";
    public static final String CONFIRM_FULFILMENT = "Task_ConfirmFulfilment";
    public static final String REMEDY_DEADLINE_TIMER = "Timer_RemedyDeadline";
    public static final String URGE_REMEDY = "Task_UrgeRemedy";
    public static final String REFER_REFUSAL = "Task_ReferRemedyRefusal";
    public static final String END_FULFILLED = "EndEvent_RemedyFulfilled";
    public static final String END_REFERRED = "EndEvent_RemedyReferred";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> REMEDY_ID = ProcessVariable.of("remedyId", Long.class);
    public static final ProcessVariable<Date> NOTICE_ISSUED_AT = ProcessVariable.of("noticeIssuedAt", Date.class);
    public static final ProcessVariable<String> REMEDY_PARTY_LABEL = ProcessVariable.of("remedyPartyLabel", String.class);
    /** Task-list column 当事人/主体 ({@link TaskListColumns#SUBJECT}): the party that owes this remedy. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of(TaskListColumns.SUBJECT, String.class);
    public static final ProcessVariable<String> REMEDY_SUMMARY = ProcessVariable.of("remedySummary", String.class);
    public static final ProcessVariable<String> REMEDY_DEADLINE_TEXT = ProcessVariable.of("remedyDeadlineText", String.class);
    public static final ProcessVariable<String> FULFILMENT_OUTCOME = ProcessVariable.of("fulfilmentOutcome", String.class);
    public static final ProcessVariable<Double> FULFILLED_AMOUNT = ProcessVariable.of("fulfilledAmount", Double.class);
    public static final ProcessVariable<String> FULFILLED_ON = ProcessVariable.of("fulfilledOn", String.class);
    public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.of("refusalReason", String.class);
    public static final ProcessVariable<String> URGE_NOTE = ProcessVariable.of("urgeNote", String.class);

    private Var() {
    }
  }

  private RemedyProcess() {
  }
}
