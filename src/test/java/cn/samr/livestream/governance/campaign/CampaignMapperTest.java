package cn.samr.livestream.governance.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.governance.campaign.CampaignTagRow.Via;
import cn.samr.livestream.shared.CampaignTagging.RecordKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * campaign, campaign_unit, campaign_quota, campaign_tag and campaign_report_figures on the configured database: rows
 * read back, the unique keys, the records found for tagging, the subject page's campaigns and the report's
 * aggregate queries (H2 and, with -Pmysql-it, MariaDB).
 */
@MapperTest
class CampaignMapperTest {

  static final String BAOSHAN = "district-310113";
  static final LocalDateTime AT = LocalDateTime.of(2026, 5, 6, 10, 0);

  @Autowired CampaignMapper campaigns;
  @Autowired CampaignReportMapper report;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCampaignItsUnitsQuotasAndTagsReadBack() {
    Campaign campaign = CampaignTestData.campaign(campaigns, CampaignStatus.PLANNED, LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 5, 31), BAOSHAN, "district-310115");
    campaigns.updateApproval(campaign.getId(), CampaignStatus.PLANNED, "head", AT, "同意");
    campaigns.updatePeriod(campaign.getId(), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 1));
    campaigns.insertQuota(campaign.getId(), new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 5));

    Campaign read = campaigns.findByCode(campaign.getCode()).orElseThrow();
    assertThat(read.getStatus()).isEqualTo(CampaignStatus.PLANNED);
    assertThat(read.getLevel()).isEqualTo(CampaignLevel.CITY);
    assertThat(read.getApprovedBy()).isEqualTo("head");
    assertThat(read.getApprovedAt()).isEqualTo(AT);
    assertThat(read.getPeriodFrom()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(read.covers(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(read.covers(LocalDate.of(2026, 6, 2))).isFalse();
    assertThat(campaigns.findUnits(campaign.getId())).extracting(CampaignUnit::getUnit)
        .containsExactly(BAOSHAN, "district-310115");
    assertThat(campaigns.findQuotas(campaign.getId())).containsExactly(new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 5));
    assertThatThrownBy(() -> campaigns.insertQuota(campaign.getId(), new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 6)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(campaigns.find(CampaignStatus.PLANNED, 0, 1000)).extracting(Campaign::getCode)
        .contains(campaign.getCode());

    CampaignUnit unit = campaigns.findUnits(campaign.getId()).get(0);
    CampaignUnit other = campaigns.findUnits(campaign.getId()).get(1);
    campaigns.updateUnitsDue(campaign.getId(), AT.plusDays(7));
    assertThat(campaigns.updateUnitDue(other.getId(), AT.plusDays(9))).isOne();
    assertThat(campaigns.findUnit(other.getId()).orElseThrow().getSummaryDue()).isEqualTo(AT.plusDays(9));
    assertThat(campaigns.findUnit(unit.getId()).orElseThrow().getSummaryDue()).isEqualTo(AT.plusDays(7));
    campaigns.submitSummary(unit.getId(), "小结", "officer", AT);
    // a summary handed in keeps its deadline
    assertThat(campaigns.updateUnitDue(unit.getId(), AT.plusDays(9))).isZero();
    campaigns.markOverdue(unit.getId());
    CampaignUnit submitted = campaigns.findUnit(unit.getId()).orElseThrow();
    assertThat(submitted.getSummary()).isEqualTo("小结");
    assertThat(submitted.isOverdue()).isTrue();

    campaigns.insertTag(new CampaignTagRow(campaign.getId(), RecordKind.CLUE, 42, BAOSHAN, "officer", AT, Via.LATER));
    assertThat(campaigns.tagged(campaign.getId(), RecordKind.CLUE, 42)).isTrue();
    assertThat(campaigns.tagged(campaign.getId(), RecordKind.CASE, 42)).isFalse();
    assertThatThrownBy(() -> campaigns.insertTag(new CampaignTagRow(campaign.getId(), RecordKind.CLUE, 42, BAOSHAN,
        "other", AT, Via.INTAKE))).isInstanceOf(DuplicateKeyException.class);
    assertThat(campaigns.removeTag(campaign.getId(), RecordKind.CLUE, 42, "officer", AT)).isOne();
    assertThat(campaigns.tagged(campaign.getId(), RecordKind.CLUE, 42)).isFalse();
    assertThat(campaigns.removeTag(campaign.getId(), RecordKind.CLUE, 42, "officer", AT)).isZero();
    assertThat(campaigns.restoreTag(new CampaignTagRow(campaign.getId(), RecordKind.CLUE, 42, BAOSHAN, "officer", AT,
        Via.LATER))).isOne();
    assertThat(campaigns.tagged(campaign.getId(), RecordKind.CLUE, 42)).isTrue();
    // quotas replaced: the old rows stay, inactive; the same unit and metric comes back with its new target
    campaigns.deactivateQuotas(campaign.getId());
    assertThat(campaigns.findQuotas(campaign.getId())).isEmpty();
    assertThat(campaigns.reactivateQuota(campaign.getId(), new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 7))).isOne();
    assertThat(campaigns.findQuotas(campaign.getId())).containsExactly(new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 7));
  }

  @Test
  void recordsAreFoundForTaggingAndTheSubjectPageCountsItsTaggedClues() {
    Campaign campaign = CampaignTestData.campaign(campaigns, CampaignStatus.ACTIVE, LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 5, 31), BAOSHAN);
    long clue = CampaignTestData.clue(jdbc, "XS-M1-" + campaign.getCode(), BAOSHAN, AT, true, "CASE");
    long caseId = CampaignTestData.caseFile(jdbc, "FM1-" + campaign.getCode(), clue, BAOSHAN, AT.plusDays(2), null,
        null, null);
    long check = CampaignTestData.spotCheck(jdbc, BAOSHAN, LocalDate.of(2026, 5, 7), true);
    assertThat(campaigns.findClue("XS-M1-" + campaign.getCode()).orElseThrow())
        .extracting(TaggableRecord::getId, TaggableRecord::getUnit, TaggableRecord::getOccurredAt)
        .containsExactly(clue, BAOSHAN, AT);
    assertThat(campaigns.findCase("FM1-" + campaign.getCode()).orElseThrow().getOccurredAt()).isEqualTo(AT.plusDays(2));
    assertThat(campaigns.findSpotCheck(check).orElseThrow().getUnit()).isEqualTo(BAOSHAN);
    assertThat(campaigns.findClue("XS-none")).isEmpty();

    long subject = insertSubject();
    jdbc.update("INSERT INTO clue_subject (clue_id, subject_id) VALUES (?, ?)", clue, subject);
    jdbc.update("UPDATE case_file SET subject_id = ? WHERE id = ?", subject, caseId);
    CampaignTestData.tag(jdbc, campaign.getId(), "CLUE", clue, BAOSHAN);
    CampaignTestData.tag(jdbc, campaign.getId(), "CASE", caseId, BAOSHAN);
    List<SubjectCampaign> found = campaigns.findBySubjects(List.of(subject));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.getCode()).isEqualTo(campaign.getCode());
      assertThat(c.getTaggedRecords()).isEqualTo(2);
      assertThat(c.getPeriod()).isEqualTo("2026-05-01 至 2026-05-31");
    });

    // the report's queries on this database: the case counted through its clue and by itself, once
    assertThat(report.clues(campaign.getId())).singleElement().satisfies(c -> {
      assertThat(c.getClues()).isEqualTo(1);
      assertThat(c.getTierCase()).isEqualTo(1);
    });
    assertThat(report.cases(campaign.getId())).singleElement().satisfies(c -> {
      assertThat(c.getCasesFiled()).isEqualTo(1);
      assertThat(c.getFines()).isEqualByComparingTo(BigDecimal.ZERO);
    });
    report.insertFrozen(campaign.getId(), BAOSHAN, "{\"clues\":1}", AT);
    assertThat(report.findFrozen(campaign.getId())).singleElement()
        .satisfies(f -> assertThat(f.getFiguresJson()).isEqualTo("{\"clues\":1}"));
  }

  private long insertSubject() {
    jdbc.update("INSERT INTO supervised_subject (subject_type, name, created_at) VALUES ('STREAMER', '测试主播', ?)", AT);
    return jdbc.queryForObject("SELECT MAX(id) FROM supervised_subject", Long.class);
  }
}
