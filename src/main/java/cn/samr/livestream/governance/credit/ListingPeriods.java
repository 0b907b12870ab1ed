package cn.samr.livestream.governance.credit;

/**
 * The periods one listing runs with, copied from {@link CreditSettings} when it is created and kept in
 * credit_listing.settings_json with its basis_version: a rule or configuration changed later does not change a
 * listing already made. Zero where the period does not apply to the kind.
 *
 * @param statementWorkingDays 陈述申辩期 after the notice; 0: no notice step
 * @param decisionWorkingDays the listing decision's deadline (ABNORMAL: statutory, from the day the ground was
 *     found; SERIOUS_ILLEGAL: internal target, from the proposal)
 * @param publicationWorkingDays publication after the decision (ABNORMAL: the same deadline as the decision)
 * @param listingYears SERIOUS_ILLEGAL: removed after this many years
 * @param earlyRemovalAfterYears SERIOUS_ILLEGAL: early removal may be applied for after this many years
 * @param removalDecisionWorkingDays the decision on a removal application
 * @param stopPublicityWorkingDays publicity stopped after the removal
 * @param objectionDays ABNORMAL: an objection within this many days of publication
 * @param reviewAfterYears ABNORMAL: reviewed for the serious list after this many years on the list
 * @param reviewIntervalYears ABNORMAL: and again after this many years while it stays
 * @param feedbackWorkingDays the departments' feedback on the joint-punishment notices (内部)
 */
public record ListingPeriods(String basisVersion, int statementWorkingDays, int decisionWorkingDays,
    boolean higherApprovalRequired, int publicationWorkingDays, int listingYears, int earlyRemovalAfterYears,
    int removalDecisionWorkingDays, int stopPublicityWorkingDays, int objectionDays, int objectionAcceptWorkingDays,
    int objectionVerifyWorkingDays, int reviewAfterYears, int reviewIntervalYears, int feedbackWorkingDays) {

  /** The joint-punishment feedback reminder comes this many working days before the deadline (内部, as 部门通报). */
  public static final int REMINDER_WORKING_DAYS_BEFORE = 2;
}
