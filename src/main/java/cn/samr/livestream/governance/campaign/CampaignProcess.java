package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.shared.ProcessVariable;
import java.util.Date;

/** Names of the special campaign process (专项整治): processes/special-campaign.bpmn, docs/campaign.md. */
public final class CampaignProcess {

  public static final String PROCESS_KEY = "special-campaign";

  public static final class Element {
    public static final String START = "StartEvent_CampaignPlanned";
    public static final String APPROVE_PLAN = "Task_ApprovePlan";
    public static final String PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String END_REJECTED = "EndEvent_PlanRejected";
    public static final String BEGINS_TIMER = "Timer_CampaignBegins";
    public static final String ACTIVATE = "Task_ActivateCampaign";
    public static final String ENDS_TIMER = "Timer_CampaignEnds";
    public static final String OPEN_SUMMARIES = "Task_OpenUnitSummaries";
    public static final String UNIT_SUMMARIES = "SubProcess_UnitSummaries";
    public static final String SUBMIT_SUMMARY = "Task_SubmitUnitSummary";
    public static final String END_SUMMARY_SUBMITTED = "EndEvent_UnitSummarySubmitted";
    public static final String REMINDER_TIMER = "Timer_SummaryReminder";
    public static final String SEND_REMINDER = "Task_SendSummaryReminder";
    public static final String END_REMINDED = "EndEvent_SummaryReminded";
    public static final String OVERDUE_TIMER = "Timer_SummaryOverdue";
    public static final String MARK_OVERDUE = "Task_MarkSummaryOverdue";
    public static final String END_MARKED_OVERDUE = "EndEvent_SummaryMarkedOverdue";
    public static final String REVIEW = "Task_ReviewCampaign";
    public static final String FREEZE = "Task_FreezeCampaignReport";
    public static final String END_CLOSED = "EndEvent_CampaignClosed";
    public static final String PERIOD_CHANGED = "SubProcess_CampaignChanged";
    public static final String START_PERIOD_CHANGED = "StartEvent_CampaignPeriodChanged";
    public static final String MOVE_TIMERS = "Task_MovePeriodTimers";
    public static final String END_TIMERS_MOVED = "EndEvent_PeriodTimersMoved";

    private Element() {
    }
  }

  public static final class Var {
    public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.of("campaignId", Long.class);
    public static final ProcessVariable<String> CAMPAIGN_CODE = ProcessVariable.of("campaignCode", String.class);
    /** The task-list column shows the campaign code (ZX-2026-01) under this name. */
    public static final ProcessVariable<String> LIST_NUMBER = ProcessVariable.of("complaintNo", String.class);
    /** The task-list column 事项 shows the campaign's name. */
    public static final ProcessVariable<String> SUBJECT_NAME = ProcessVariable.of("subjectName", String.class);
    public static final ProcessVariable<String> OWNER_UNIT = ProcessVariable.of("ownerUnit", String.class);
    public static final ProcessVariable<String> OWNER_UNIT_HEAD = ProcessVariable.of("ownerUnitHead", String.class);
    public static final ProcessVariable<String> HANDLING_UNIT_NAME = ProcessVariable.of("handlingUnitName", String.class);
    /** Who approves the plan: coordination-group-head (city), the owner district's heads (district). */
    public static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);
    /** Who reviews the summaries: coordination-group (city), the owner district (district). */
    public static final ProcessVariable<String> REVIEWER_GROUP = ProcessVariable.of("reviewerGroup", String.class);
    /** 同意 (approval form), taken: the gateway right after reads it. */
    public static final ProcessVariable<Boolean> PLAN_APPROVED = ProcessVariable.of("planApproved", Boolean.class);
    /** 审批意见 (approval form), taken. */
    public static final ProcessVariable<String> APPROVAL_REMARKS = ProcessVariable.of("approvalRemarks", String.class);
    public static final ProcessVariable<Date> CAMPAIGN_STARTS_AT = ProcessVariable.of("campaignStartsAt", Date.class);
    public static final ProcessVariable<Date> CAMPAIGN_ENDS_AT = ProcessVariable.of("campaignEndsAt", Date.class);
    /** Read-only on the forms: 2026-05-01 至 2026-07-31. */
    public static final ProcessVariable<String> PERIOD_TEXT = ProcessVariable.of("campaignPeriodText", String.class);
    /** Multi-instance element variable: the participating unit (its officers' group). */
    public static final ProcessVariable<String> CAMPAIGN_UNIT = ProcessVariable.of("campaignUnit", String.class);
    /** Task-local: the campaign_unit row of the unit's summary task. */
    public static final ProcessVariable<Long> CAMPAIGN_UNIT_ID = ProcessVariable.of("campaignUnitId", Long.class);
    /** Task-local, read-only: the unit's figures when the task was created. */
    public static final ProcessVariable<String> FIGURES_TEXT = ProcessVariable.of("campaignFiguresText", String.class);
    /** 工作小结 (unit form), taken. */
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("unitSummary", String.class);
    /** Review task, read-only: the units' summaries and the totals. */
    public static final ProcessVariable<String> SUMMARIES_TEXT = ProcessVariable.of("unitSummariesText", String.class);
    /** 审阅意见 (review form), taken. */
    public static final ProcessVariable<String> REVIEW_REMARKS = ProcessVariable.of("reviewRemarks", String.class);

    private Var() {
    }
  }

  public static final class Message {
    /** The period was changed before the campaign began: the begin and end timers move. */
    public static final String PERIOD_CHANGED = "Msg_CampaignPeriodChanged";

    private Message() {
    }
  }

  private CampaignProcess() {
  }
}
