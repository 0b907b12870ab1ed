package cn.samr.livestream.governance.campaign;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The campaign report's aggregate queries (mapper/governance/campaign/CampaignReportMapper.xml), one per source
 * table joined through campaign_tag and grouped by unit, as report.ReportFiguresMapper does for the month; and the
 * frozen figures.
 */
@Mapper
public interface CampaignReportMapper {

  /** spotChecks, suspectedViolations: tagged spot checks, by the tag's unit. */
  List<CampaignCounts> spotChecks(@Param("campaignId") long campaignId);

  /** clues, cluesSubstantiated and the tiers decided: tagged clues, by the tag's unit. */
  List<CampaignCounts> clues(@Param("campaignId") long campaignId);

  /** casesFiled, casesClosed, fines (of decided cases): cases tagged or of a tagged clue, by the case's unit. */
  List<CampaignCounts> cases(@Param("campaignId") long campaignId);

  /** takedowns: TAKEDOWN documents of tagged clues and of the cases counted, by the document's unit. */
  List<CampaignCounts> takedowns(@Param("campaignId") long campaignId);

  /** interviews, listings, departmentTransfers: tags of those kinds, by the tag's unit. */
  List<CampaignCounts> governance(@Param("campaignId") long campaignId);

  /** The frozen rows: unit and figures as JSON. */
  List<FrozenFigures> findFrozen(@Param("campaignId") long campaignId);

  int insertFrozen(@Param("campaignId") long campaignId, @Param("unit") String unit,
      @Param("figuresJson") String figuresJson, @Param("frozenAt") LocalDateTime frozenAt);

  /** A frozen row of campaign_report_figures. */
  class FrozenFigures {
    private String unit;
    private String figuresJson;
    private LocalDateTime frozenAt;

    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getFiguresJson() { return figuresJson; }
    public void setFiguresJson(String figuresJson) { this.figuresJson = figuresJson; }
    public LocalDateTime getFrozenAt() { return frozenAt; }
    public void setFrozenAt(LocalDateTime frozenAt) { this.frozenAt = frozenAt; }
  }
}
