package cn.samr.livestream.governance.credit;

import cn.samr.livestream.coordination.Department;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The periods of the credit listings, all from application.yaml {@code livestream.credit.*} (docs/credit.md says
 * which rule each follows and which are the bureau's own targets, 内部). Checked at start-up: a missing period, zero
 * or a negative number stops the application (only the abnormal list's statement period may be 0: no notice step).
 * A listing copies the periods of its kind when it is created ({@link #periodsFor}) and keeps them: a later change
 * here applies to new listings only.
 */
@Component
public class CreditSettings {

  static final String PREFIX = "livestream.credit";

  /** As bound from application.yaml; boxed so that a missing entry is seen. */
  public record Serious(String basisVersion, Integer statementWorkingDays, Integer approvalWorkingDays,
      Boolean higherApprovalRequired, String higherApprovalGroup, Integer publicationWorkingDays, Integer listingYears,
      Integer earlyRemovalAfterYears, Integer removalDecisionWorkingDays, Integer stopPublicityWorkingDays) {
  }

  public record Abnormal(String basisVersion, Integer statementWorkingDays, Integer listingWorkingDays,
      Integer removalDecisionWorkingDays, Integer objectionDays, Integer objectionAcceptWorkingDays,
      Integer objectionVerifyWorkingDays, Integer seriousReviewAfterYears, Integer seriousReviewIntervalYears,
      String seriousReviewGroup, Integer stopPublicityWorkingDays) {
  }

  public record JointPunishment(Integer feedbackWorkingDays, Map<ListingKind, List<Department>> departments) {
  }

  public record Raw(Serious serious, Abnormal abnormal, JointPunishment jointPunishment) {
  }

  private final Raw raw;

  @Autowired
  public CreditSettings(Environment environment) {
    this(Binder.get(environment).bind(PREFIX, Bindable.of(Raw.class)).orElse(new Raw(null, null, null)));
  }

  public CreditSettings(Raw raw) {
    List<String> problems = new ArrayList<>();
    Serious s = raw.serious();
    Abnormal a = raw.abnormal();
    JointPunishment j = raw.jointPunishment();
    if (s == null) {
      problems.add(PREFIX + ".serious is missing");
    } else {
      text(problems, "serious.basis-version", s.basisVersion());
      text(problems, "serious.higher-approval-group", s.higherApprovalGroup());
      positive(problems, "serious.statement-working-days", s.statementWorkingDays());
      positive(problems, "serious.approval-working-days", s.approvalWorkingDays());
      positive(problems, "serious.publication-working-days", s.publicationWorkingDays());
      positive(problems, "serious.listing-years", s.listingYears());
      positive(problems, "serious.early-removal-after-years", s.earlyRemovalAfterYears());
      positive(problems, "serious.removal-decision-working-days", s.removalDecisionWorkingDays());
      positive(problems, "serious.stop-publicity-working-days", s.stopPublicityWorkingDays());
      if (s.higherApprovalRequired() == null) {
        problems.add(PREFIX + ".serious.higher-approval-required is missing");
      }
    }
    if (a == null) {
      problems.add(PREFIX + ".abnormal is missing");
    } else {
      text(problems, "abnormal.basis-version", a.basisVersion());
      text(problems, "abnormal.serious-review-group", a.seriousReviewGroup());
      if (a.statementWorkingDays() == null || a.statementWorkingDays() < 0) {
        problems.add(PREFIX + ".abnormal.statement-working-days must be 0 (no notice) or more, was "
            + a.statementWorkingDays());
      }
      positive(problems, "abnormal.listing-working-days", a.listingWorkingDays());
      positive(problems, "abnormal.removal-decision-working-days", a.removalDecisionWorkingDays());
      positive(problems, "abnormal.objection-days", a.objectionDays());
      positive(problems, "abnormal.objection-accept-working-days", a.objectionAcceptWorkingDays());
      positive(problems, "abnormal.objection-verify-working-days", a.objectionVerifyWorkingDays());
      positive(problems, "abnormal.serious-review-after-years", a.seriousReviewAfterYears());
      positive(problems, "abnormal.serious-review-interval-years", a.seriousReviewIntervalYears());
      positive(problems, "abnormal.stop-publicity-working-days", a.stopPublicityWorkingDays());
    }
    if (j == null) {
      problems.add(PREFIX + ".joint-punishment is missing");
    } else {
      positive(problems, "joint-punishment.feedback-working-days", j.feedbackWorkingDays());
      if (j.feedbackWorkingDays() != null && j.feedbackWorkingDays() <= ListingPeriods.REMINDER_WORKING_DAYS_BEFORE) {
        problems.add(PREFIX + ".joint-punishment.feedback-working-days must be more than "
            + ListingPeriods.REMINDER_WORKING_DAYS_BEFORE + " (the reminder comes that many working days before)");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("credit listing settings: " + String.join("; ", problems));
    }
    this.raw = raw;
  }

  private static void positive(List<String> problems, String key, Integer value) {
    if (value == null || value < 1) {
      problems.add(PREFIX + "." + key + " must be at least 1, was " + value);
    }
  }

  private static void text(List<String> problems, String key, String value) {
    if (value == null || value.isBlank()) {
      problems.add(PREFIX + "." + key + " is missing");
    }
  }

  /** The periods a new listing of this kind is created with (copied into the row). */
  public ListingPeriods periodsFor(ListingKind kind) {
    if (kind == ListingKind.SERIOUS_ILLEGAL) {
      Serious s = raw.serious();
      return new ListingPeriods(s.basisVersion(), s.statementWorkingDays(), s.approvalWorkingDays(),
          s.higherApprovalRequired(), s.publicationWorkingDays(), s.listingYears(), s.earlyRemovalAfterYears(),
          s.removalDecisionWorkingDays(), s.stopPublicityWorkingDays(), 0, 0, 0, 0, 0,
          raw.jointPunishment().feedbackWorkingDays());
    }
    Abnormal a = raw.abnormal();
    return new ListingPeriods(a.basisVersion(), a.statementWorkingDays(), a.listingWorkingDays(), false,
        a.listingWorkingDays(), 0, 0, a.removalDecisionWorkingDays(), a.stopPublicityWorkingDays(), a.objectionDays(),
        a.objectionAcceptWorkingDays(), a.objectionVerifyWorkingDays(), a.seriousReviewAfterYears(),
        a.seriousReviewIntervalYears(), raw.jointPunishment().feedbackWorkingDays());
  }

  /** 上级部门同意: the group that gives it (县级、设区的市级部门的列入决定报经上一级部门同意). */
  public String higherApprovalGroup() {
    return raw.serious().higherApprovalGroup();
  }

  /** Who reviews an abnormal listing of three years for the serious list (省级以上部门的职责; here a reminder only). */
  public String seriousReviewGroup() {
    return raw.abnormal().seriousReviewGroup();
  }

  /** The departments notified of a listing of this kind (联合惩戒), before the head adds any. */
  public List<Department> jointPunishmentDepartments(ListingKind kind) {
    Map<ListingKind, List<Department>> departments = raw.jointPunishment().departments() == null
        ? new EnumMap<>(ListingKind.class) : raw.jointPunishment().departments();
    return departments.getOrDefault(kind, List.of());
  }
}
