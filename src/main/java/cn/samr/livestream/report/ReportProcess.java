package cn.samr.livestream.report;

import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.shared.ProcessVariable;

/** Names of the monthly report process (月度数据报送): processes/monthly-report.bpmn. */
public final class ReportProcess {

  public static final String PROCESS_KEY = "monthly-report";
  /** 广告处 / 网监处: the coordination group reviews the city-wide compilation. */
  public static final String REVIEW_GROUP = CoordinationProcess.GROUP;

  public static final class Element {
    public static final String START_MONTHLY = "StartEvent_MonthlyReport";
    public static final String OPEN_REPORT = "Task_OpenReport";
    public static final String NEWLY_OPENED = "Gateway_NewlyOpened";
    public static final String END_ALREADY_OPEN = "EndEvent_AlreadyOpen";
    public static final String DISTRICT_REPORTS = "SubProcess_DistrictReports";
    public static final String PREPARE_DISTRICT_REPORT = "Task_PrepareDistrictReport";
    public static final String SUBMIT_DISTRICT_REPORT = "Task_SubmitDistrictReport";
    public static final String END_SUBMITTED = "EndEvent_Submitted";
    public static final String REMINDER_TIMER = "Timer_SubmissionReminder";
    public static final String SEND_REMINDER = "Task_SendReminder";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String OVERDUE_TIMER = "Timer_SubmissionOverdue";
    public static final String MARK_OVERDUE = "Task_MarkOverdue";
    public static final String SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String END_SUPERVISED = "EndEvent_OverdueSupervised";
    /** Non-interrupting, on the multi-instance body: the review opens at the deadline. */
    public static final String DEADLINE_TIMER = "Timer_SubmissionDeadline";
    public static final String REVIEW_OPEN = "Gateway_ReviewOpen";
    public static final String END_LATE_REPORTS = "EndEvent_LateReportsDone";
    public static final String JOIN_REVIEW = "Gateway_JoinReview";
    public static final String OPEN_REVIEW = "Task_OpenReview";
    public static final String REVIEW = "Task_ReviewCityReport";
    public static final String FREEZE = "Task_FreezeReport";
    /** Terminate end: whatever district work is still open ends with the frozen report. */
    public static final String END_FROZEN = "EndEvent_ReportFrozen";

    private Element() {
    }
  }

  public static final class Var {
    /** The month reported on, yyyy-MM (the month before the one the process started in). */
    public static final ProcessVariable<String> MONTH = ProcessVariable.of("reportMonth", String.class);
    public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.of("monthlyReportId", Long.class);
    /** False when the month had been opened before: this instance ends at once. */
    public static final ProcessVariable<Boolean> NEWLY_OPENED = ProcessVariable.of("newlyOpened", Boolean.class);
    /** Multi-instance element variable: one district's report. */
    public static final ProcessVariable<Long> DISTRICT_REPORT_ID = ProcessVariable.of("districtReportId", Long.class);
    /** The task-list column shows the report number (YB-310113-2026-10, YB-2026-10) under this name. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT = ProcessVariable.of("handlingUnit", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_HEAD = ProcessVariable.of("handlingUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    /** 2026年10月. */
    public static final ProcessVariable<String> MONTH_TEXT = ProcessVariable.of("reportMonthText", String.class);
    /** 报送期限, e.g. 2026年11月4日（星期三）. */
    public static final ProcessVariable<String> SUBMISSION_DUE_TEXT = ProcessVariable.of("submissionDueText", String.class);
    /** Task-local, read-only: the district's figures computed when the task was created. */
    public static final ProcessVariable<String> FIGURES_TEXT = ProcessVariable.of("figuresText", String.class);
    /** 情况说明 (district form). */
    public static final ProcessVariable<String> REMARKS = ProcessVariable.of("remarks", String.class);
    /** 工作建议 (district form). */
    public static final ProcessVariable<String> SUGGESTIONS = ProcessVariable.of("suggestions", String.class);
    /** 督办意见 (head's form). */
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.of("supervisionNote", String.class);
    /** Review task, read-only: how many districts submitted, on time, overdue, and which. */
    public static final ProcessVariable<String> SUBMISSION_SUMMARY = ProcessVariable.of("submissionSummary", String.class);
    public static final ProcessVariable<Long> DISTRICTS_DUE = ProcessVariable.of("districtsDue", Long.class);
    public static final ProcessVariable<Long> DISTRICTS_SUBMITTED = ProcessVariable.of("districtsSubmitted", Long.class);
    public static final ProcessVariable<Long> DISTRICTS_ON_TIME = ProcessVariable.of("districtsOnTime", Long.class);
    public static final ProcessVariable<Long> DISTRICTS_OVERDUE = ProcessVariable.of("districtsOverdue", Long.class);
    /** Review task, read-only: the city totals computed when the review opened. */
    public static final ProcessVariable<String> CITY_TOTALS_TEXT = ProcessVariable.of("cityTotalsText", String.class);
    /** Review task, read-only: the districts' remarks and suggestions. */
    public static final ProcessVariable<String> DISTRICT_REMARKS_TEXT = ProcessVariable.of("districtRemarksText", String.class);
    /** 审核意见 (review form). */
    public static final ProcessVariable<String> REVIEW_REMARKS = ProcessVariable.of("reviewRemarks", String.class);
    /** Who completed the review (set by its complete listener, read when freezing). */
    public static final ProcessVariable<String> REVIEWED_BY = ProcessVariable.of("reviewedBy", String.class);

    private Var() {
    }
  }

  private ReportProcess() {
  }
}
