package cn.samr.livestream.governance.campaign;

import static cn.samr.livestream.governance.campaign.CampaignTestData.caseFile;
import static cn.samr.livestream.governance.campaign.CampaignTestData.clue;
import static cn.samr.livestream.governance.campaign.CampaignTestData.spotCheck;
import static cn.samr.livestream.governance.campaign.CampaignTestData.tag;
import static cn.samr.livestream.governance.campaign.CampaignTestData.takedown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.governance.campaign.CampaignReportService.CampaignReport;
import cn.samr.livestream.governance.campaign.CampaignReportService.UnitRow;
import cn.samr.livestream.shared.CampaignTagging;
import cn.samr.livestream.shared.CampaignTagging.RecordKind;
import cn.samr.livestream.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The campaign report's figures against data counted by hand: tagged spot checks and clues, the tiers, cases tagged
 * themselves or through their clue (counted once), fines of decided cases only, take-downs of tagged clues and cases,
 * interviews, listings and transfers tagged by their features, quotas and completion rates; untagged records never
 * count; the frozen snapshot; the period's ends at tagging.
 */
@IntegrationTest
class CampaignReportServiceTest {

  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";
  static final LocalDate FROM = LocalDate.of(2026, 6, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @Autowired CampaignMapper campaigns;
  @Autowired CampaignReportService reports;
  @Autowired CampaignTagging tagging;
  @Autowired JdbcTemplate jdbc;

  Campaign campaign;
  String n;

  @BeforeEach
  void data() {
    campaign = CampaignTestData.campaign(campaigns, CampaignStatus.ACTIVE, FROM, TO, BAOSHAN, PUDONG);
    n = campaign.getCode();
    long id = campaign.getId();
    campaigns.insertQuota(id, new CampaignQuota(BAOSHAN, QuotaMetric.SPOT_CHECKS, 4));
    campaigns.insertQuota(id, new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 2));
    campaigns.insertQuota(id, new CampaignQuota(PUDONG, QuotaMetric.CASES, 1));
    LocalDateTime june = LocalDateTime.of(2026, 6, 10, 10, 0);

    // 宝山: three tagged spot checks (two suspected), one not tagged
    tag(jdbc, id, "SPOT_CHECK", spotCheck(jdbc, BAOSHAN, FROM, true), BAOSHAN);
    tag(jdbc, id, "SPOT_CHECK", spotCheck(jdbc, BAOSHAN, TO, true), BAOSHAN);
    tag(jdbc, id, "SPOT_CHECK", spotCheck(jdbc, BAOSHAN, FROM.plusDays(3), false), BAOSHAN);
    spotCheck(jdbc, BAOSHAN, FROM.plusDays(4), true);
    // 宝山: three tagged clues — substantiated and filed; not substantiated; substantiated and ordered to correct
    long c1 = clue(jdbc, "XS-R1-" + n, BAOSHAN, june, true, "CASE");
    long c2 = clue(jdbc, "XS-R2-" + n, BAOSHAN, june, false, "NONE");
    long c3 = clue(jdbc, "XS-R3-" + n, BAOSHAN, june, true, "ORDER_TO_CORRECT");
    long c4 = clue(jdbc, "XS-R4-" + n, BAOSHAN, june, true, "CASE"); // not tagged
    tag(jdbc, id, "CLUE", c1, BAOSHAN);
    tag(jdbc, id, "CLUE", c2, BAOSHAN);
    tag(jdbc, id, "CLUE", c3, BAOSHAN);
    // cases: f1 inherits c1's tag (decided 5000.00, closed); f2 of the untagged c4 tagged itself (not decided: its
    // proposed fine does not count); f3 of the tagged c3 and tagged itself too: counted once (decided 1234.50)
    caseFile(jdbc, "F1-" + n, c1, BAOSHAN, june, june.plusDays(5), new BigDecimal("5000.00"), june.plusDays(9));
    long f2 = caseFile(jdbc, "F2-" + n, c4, BAOSHAN, june, null, new BigDecimal("3000.00"), null);
    long f3 = caseFile(jdbc, "F3-" + n, c3, BAOSHAN, june, june.plusDays(6), new BigDecimal("1234.50"), null);
    tag(jdbc, id, "CASE", f2, BAOSHAN);
    tag(jdbc, id, "CASE", f3, BAOSHAN);
    caseFile(jdbc, "F4-" + n, c4, BAOSHAN, june, june.plusDays(1), new BigDecimal("999.00"), null); // not tagged
    // take-downs: of the tagged clue c2, of the tagged case f2; not of the untagged clue c4
    takedown(jdbc, BAOSHAN, c2, null, june.toLocalDate());
    takedown(jdbc, BAOSHAN, null, f2, june.toLocalDate());
    takedown(jdbc, BAOSHAN, c4, null, june.toLocalDate());
    // 浦东: a clue transferred to the police, its case filed and undecided; an interview and a listing tagged
    long p1 = clue(jdbc, "XS-P1-" + n, PUDONG, june, true, "CRIMINAL_TRANSFER");
    tag(jdbc, id, "CLUE", p1, PUDONG);
    caseFile(jdbc, "PF1-" + n, p1, PUDONG, june, null, null, null);
    tag(jdbc, id, "INTERVIEW", 900_001, PUDONG);
    tag(jdbc, id, "LISTING", 900_002, PUDONG);
    tag(jdbc, id, "TRANSFER", 900_003, BAOSHAN);
  }

  @Test
  void everyFigureMatchesTheHandCount() {
    CampaignReport report = reports.read(campaigns.findById(campaign.getId()).orElseThrow());
    assertThat(report.frozen()).isFalse();
    assertThat(report.period()).isEqualTo("2026-06-01 至 2026-06-30");
    assertThat(report.columns()).extracting(CampaignReportService.Column::key).endsWith("departmentTransfers",
        "quotaTargetSPOT_CHECKS", "quotaRateSPOT_CHECKS", "quotaTargetCLUES", "quotaRateCLUES", "quotaTargetCASES",
        "quotaRateCASES");
    assertThat(report.units()).extracting(UnitRow::unit).containsExactly(BAOSHAN, PUDONG);
    assertThat(report.units().get(0).unitName()).isEqualTo("宝山区市场监督管理局");

    Map<String, String> baoshan = figures(report.units().get(0));
    assertThat(baoshan).containsExactlyEntriesOf(expected(3, 2, 3, 2, 1, 0, 0, 1, 1, 0, 3, 1, "6234.50", 2, 0, 0, 1,
        "4", "0.7500", "2", "1.5000", null, null));
    Map<String, String> pudong = figures(report.units().get(1));
    assertThat(pudong).containsExactlyEntriesOf(expected(0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, "0.00", 0, 1, 1, 0,
        null, null, null, null, "1", "1.0000"));
    // the total's completion: done by the units with a target over the sum of their targets
    assertThat(figures(report.total())).containsExactlyEntriesOf(expected(3, 2, 4, 3, 1, 0, 0, 1, 1, 1, 4, 1,
        "6234.50", 2, 1, 1, 1, "4", "0.7500", "2", "1.5000", "1", "1.0000"));
  }

  @Test
  void theFrozenReportStaysWhatItWasWhenTheDataChange() {
    reports.freeze(campaign.getId());
    CampaignReport before = reports.read(campaign);
    long extra = clue(jdbc, "XS-R9-" + n, BAOSHAN, LocalDateTime.of(2026, 6, 20, 9, 0), true, "CASE");
    tag(jdbc, campaign.getId(), "CLUE", extra, BAOSHAN);
    CampaignReport after = reports.read(campaign);
    assertThat(after.frozen()).isTrue();
    assertThat(after.frozenAt()).isNotNull();
    assertThat(figures(after.units().get(0))).isEqualTo(figures(before.units().get(0)));
    assertThat(figures(after.units().get(0))).containsEntry("clues", "3").containsEntry("fines", "6234.50");
    assertThat(figures(after.total())).containsEntry("clues", "4");
    // freezing again keeps the first snapshot
    reports.freeze(campaign.getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_report_figures WHERE campaign_id = ?", Long.class,
        campaign.getId())).isEqualTo(2);
  }

  @Test
  void theFirstAndLastDaysOfThePeriodTakeTagsTheDaysAroundThemDoNot() {
    tagging.validate("campaignCodes", List.of(n), RecordKind.CLUE, BAOSHAN, FROM);
    tagging.validate("campaignCodes", List.of(n), RecordKind.CLUE, BAOSHAN, TO);
    assertThatThrownBy(() -> tagging.validate("campaignCodes", List.of(n), RecordKind.CLUE, BAOSHAN, FROM.minusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("campaignCodes");
    assertThatThrownBy(() -> tagging.validate("campaignCodes", List.of(n), RecordKind.CLUE, BAOSHAN, TO.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  static Map<String, String> figures(UnitRow row) {
    Map<String, String> plain = new LinkedHashMap<>();
    row.values().forEach((key, value) -> plain.put(key, value == null ? null : value.toPlainString()));
    return plain;
  }

  static Map<String, String> expected(long spotChecks, long suspected, long clues, long substantiated, long none,
      long lenient, long admonition, long order, long tierCase, long criminal, long filed, long closed, String fines,
      long takedowns, long interviews, long listings, long transfers, String spotTarget, String spotRate,
      String clueTarget, String clueRate, String caseTarget, String caseRate) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("spotChecks", String.valueOf(spotChecks));
    values.put("suspectedViolations", String.valueOf(suspected));
    values.put("clues", String.valueOf(clues));
    values.put("cluesSubstantiated", String.valueOf(substantiated));
    values.put("tierNone", String.valueOf(none));
    values.put("tierLenient", String.valueOf(lenient));
    values.put("tierAdmonition", String.valueOf(admonition));
    values.put("tierOrderToCorrect", String.valueOf(order));
    values.put("tierCase", String.valueOf(tierCase));
    values.put("tierCriminalTransfer", String.valueOf(criminal));
    values.put("casesFiled", String.valueOf(filed));
    values.put("casesClosed", String.valueOf(closed));
    values.put("fines", fines);
    values.put("takedowns", String.valueOf(takedowns));
    values.put("interviews", String.valueOf(interviews));
    values.put("listings", String.valueOf(listings));
    values.put("departmentTransfers", String.valueOf(transfers));
    values.put("quotaTargetSPOT_CHECKS", spotTarget);
    values.put("quotaRateSPOT_CHECKS", spotRate);
    values.put("quotaTargetCLUES", clueTarget);
    values.put("quotaRateCLUES", clueRate);
    values.put("quotaTargetCASES", caseTarget);
    values.put("quotaRateCASES", caseRate);
    return values;
  }
}
