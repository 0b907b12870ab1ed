package cn.samr.livestream.coordination;

import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.shared.ProcessVariable;

/** Names of the complaint-lead-summary process (投诉举报线索月度汇总): processes/complaint-lead-summary.bpmn. */
public final class LeadSummaryProcess {

  public static final String PROCESS_KEY = "complaint-lead-summary";
  /** 投诉举报中心: compiles and submits the summary. */
  public static final String CENTRE = CityGroups.COMPLAINT_CENTRE;

  public static final class Element {
    public static final String MONTHLY_TIMER = "StartEvent_MonthlySummary";
    public static final String COMPILE = "Task_CompileLeadSummary";
    public static final String SUBMIT = "Task_SubmitLeadSummary";
    public static final String REVIEW = "Task_ReviewLeadSummary";
    public static final String END = "EndEvent_LeadSummaryReviewed";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> SUMMARY_ID = ProcessVariable.of("leadSummaryId", Long.class);
    public static final ProcessVariable<String> SUMMARY_MONTH = ProcessVariable.of("summaryMonth", String.class);
    public static final ProcessVariable<String> LEAD_SUMMARY = ProcessVariable.of("leadSummary", String.class);
    public static final ProcessVariable<String> CENTRE_REMARKS = ProcessVariable.of("centreRemarks", String.class);
    public static final ProcessVariable<String> REVIEW_NOTE = ProcessVariable.of("reviewNote", String.class);
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);

    private Var() {
    }
  }

  private LeadSummaryProcess() {
  }
}
