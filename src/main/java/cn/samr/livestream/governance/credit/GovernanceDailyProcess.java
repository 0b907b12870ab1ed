package cn.samr.livestream.governance.credit;

/**
 * governance-daily (信用分类与约谈建议每日计算): the daily recomputation of the credit risk classes, then the interview
 * proposals (governance.interview, bean proposeInterviewsDelegate).
 */
public final class GovernanceDailyProcess {

  public static final String PROCESS_KEY = "governance-daily";

  private GovernanceDailyProcess() {
  }

  /** BPMN element ids. */
  public static final class Element {
    public static final String START_DAILY = "StartEvent_Daily";
    public static final String RECOMPUTE_CREDIT_CLASSES = "Task_RecomputeCreditClasses";
    public static final String PROPOSE_INTERVIEWS = "Task_ProposeInterviews";
    public static final String END_DAILY_DONE = "EndEvent_DailyDone";

    private Element() {
    }
  }
}
