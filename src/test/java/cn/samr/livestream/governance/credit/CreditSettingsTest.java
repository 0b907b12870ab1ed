package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.coordination.Department;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * livestream.credit.* as application.yaml gives it: every period present and at least 1 (0 only for the abnormal
 * list's statement period: no notice), or the application does not start; a listing keeps the periods it was
 * created with, whatever the configuration says later.
 */
class CreditSettingsTest {

  @Test
  void theShippedSettingsAreComplete() {
    CreditSettings settings = new CreditSettings(complete());

    ListingPeriods serious = settings.periodsFor(ListingKind.SERIOUS_ILLEGAL);
    assertThat(serious.basisVersion()).isEqualTo("总局令第44号(2021)");
    assertThat(serious.statementWorkingDays()).isEqualTo(5);
    assertThat(serious.publicationWorkingDays()).isEqualTo(20);
    assertThat(serious.listingYears()).isEqualTo(3);
    assertThat(serious.earlyRemovalAfterYears()).isEqualTo(1);
    assertThat(serious.higherApprovalRequired()).isTrue();
    assertThat(serious.feedbackWorkingDays()).isEqualTo(10);
    ListingPeriods abnormal = settings.periodsFor(ListingKind.ABNORMAL);
    assertThat(abnormal.statementWorkingDays()).isZero();
    assertThat(abnormal.decisionWorkingDays()).isEqualTo(10);
    assertThat(abnormal.higherApprovalRequired()).isFalse();
    assertThat(abnormal.objectionDays()).isEqualTo(30);
    assertThat(settings.jointPunishmentDepartments(ListingKind.SERIOUS_ILLEGAL)).containsExactly(
        Department.DEVELOPMENT_REFORM, Department.TAX, Department.COMMERCE, Department.CYBERSPACE);
    assertThat(settings.jointPunishmentDepartments(ListingKind.ABNORMAL)).isEmpty();
    assertThat(settings.higherApprovalGroup()).isEqualTo("coordination-group-head");
  }

  @Test
  void aMissingZeroOrNegativePeriodStopsTheStart() {
    assertThatThrownBy(() -> new CreditSettings(complete().withProperty("livestream.credit.serious.listing-years", "0")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("serious.listing-years");
    assertThatThrownBy(() -> new CreditSettings(
        complete().withProperty("livestream.credit.abnormal.listing-working-days", "-10")))
        .hasMessageContaining("abnormal.listing-working-days");
    assertThatThrownBy(() -> new CreditSettings(
        complete().withProperty("livestream.credit.abnormal.statement-working-days", "-1")))
        .hasMessageContaining("abnormal.statement-working-days");
    assertThatThrownBy(() -> new CreditSettings(
        complete().withProperty("livestream.credit.joint-punishment.feedback-working-days", "2")))
        .hasMessageContaining("joint-punishment.feedback-working-days");
    MockEnvironment missing = new MockEnvironment();
    missing.setProperty("livestream.credit.serious.basis-version", "总局令第44号(2021)");
    assertThatThrownBy(() -> new CreditSettings(missing)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serious.statement-working-days").hasMessageContaining("abnormal is missing")
        .hasMessageContaining("joint-punishment is missing");
    assertThatThrownBy(() -> new CreditSettings(new MockEnvironment())).hasMessageContaining("serious is missing");
  }

  @Test
  void aListingKeepsThePeriodsItWasCreatedWith() {
    CreditListingService service = new CreditListingService(null, null, null, null, null, null, null, null);
    CreditListing listing = new CreditListing();
    listing.setSettingsJson(service.toJson(new CreditSettings(complete()).periodsFor(ListingKind.SERIOUS_ILLEGAL)));

    // the rule changes later: new listings get the new period, this one keeps its own
    CreditSettings changed = new CreditSettings(
        complete().withProperty("livestream.credit.serious.publication-working-days", "15")
            .withProperty("livestream.credit.serious.basis-version", "总局令第44号(2025修订)"));
    assertThat(changed.periodsFor(ListingKind.SERIOUS_ILLEGAL).publicationWorkingDays()).isEqualTo(15);
    assertThat(service.periods(listing).publicationWorkingDays()).isEqualTo(20);
    assertThat(service.periods(listing).basisVersion()).isEqualTo("总局令第44号(2021)");
  }

  /** The settings of application.yaml. */
  static MockEnvironment complete() {
    return new MockEnvironment()
        .withProperty("livestream.credit.serious.basis-version", "总局令第44号(2021)")
        .withProperty("livestream.credit.serious.statement-working-days", "5")
        .withProperty("livestream.credit.serious.approval-working-days", "10")
        .withProperty("livestream.credit.serious.higher-approval-required", "true")
        .withProperty("livestream.credit.serious.higher-approval-group", "coordination-group-head")
        .withProperty("livestream.credit.serious.publication-working-days", "20")
        .withProperty("livestream.credit.serious.listing-years", "3")
        .withProperty("livestream.credit.serious.early-removal-after-years", "1")
        .withProperty("livestream.credit.serious.removal-decision-working-days", "15")
        .withProperty("livestream.credit.serious.stop-publicity-working-days", "3")
        .withProperty("livestream.credit.abnormal.basis-version", "工商总局令第68号(2014)")
        .withProperty("livestream.credit.abnormal.statement-working-days", "0")
        .withProperty("livestream.credit.abnormal.listing-working-days", "10")
        .withProperty("livestream.credit.abnormal.removal-decision-working-days", "5")
        .withProperty("livestream.credit.abnormal.objection-days", "30")
        .withProperty("livestream.credit.abnormal.objection-accept-working-days", "5")
        .withProperty("livestream.credit.abnormal.objection-verify-working-days", "20")
        .withProperty("livestream.credit.abnormal.serious-review-after-years", "3")
        .withProperty("livestream.credit.abnormal.serious-review-interval-years", "1")
        .withProperty("livestream.credit.abnormal.serious-review-group", "coordination-group-head")
        .withProperty("livestream.credit.abnormal.stop-publicity-working-days", "3")
        .withProperty("livestream.credit.joint-punishment.feedback-working-days", "10")
        .withProperty("livestream.credit.joint-punishment.departments.SERIOUS_ILLEGAL[0]", "DEVELOPMENT_REFORM")
        .withProperty("livestream.credit.joint-punishment.departments.SERIOUS_ILLEGAL[1]", "TAX")
        .withProperty("livestream.credit.joint-punishment.departments.SERIOUS_ILLEGAL[2]", "COMMERCE")
        .withProperty("livestream.credit.joint-punishment.departments.SERIOUS_ILLEGAL[3]", "CYBERSPACE");
  }
}
