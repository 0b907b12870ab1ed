package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.shared.CampaignTagging.RecordKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** campaign, campaign_unit, campaign_quota and campaign_tag (mapper/governance/campaign/CampaignMapper.xml). */
@Mapper
public interface CampaignMapper {

  int insert(Campaign campaign);

  Optional<Campaign> findById(@Param("id") long id);

  Optional<Campaign> findByCode(@Param("code") String code);

  /** Newest first; status null for all. */
  List<Campaign> find(@Param("status") CampaignStatus status, @Param("offset") int offset, @Param("limit") int limit);

  /** Codes of the year's campaigns taken so far (for the next ZX-yyyy-NN). */
  int countCodes(@Param("prefix") String prefix);

  int updateStatus(@Param("id") long id, @Param("status") CampaignStatus status);

  int updateProcessInstanceId(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int updateApproval(@Param("id") long id, @Param("status") CampaignStatus status, @Param("by") String by,
      @Param("at") LocalDateTime at, @Param("remarks") String remarks);

  int updatePeriod(@Param("id") long id, @Param("from") LocalDate from, @Param("to") LocalDate to);

  int updateSummaryDue(@Param("id") long id, @Param("due") LocalDateTime due);

  int updateReview(@Param("id") long id, @Param("remarks") String remarks, @Param("by") String by);

  int close(@Param("id") long id, @Param("at") LocalDateTime at);

  int insertUnit(CampaignUnit unit);

  List<CampaignUnit> findUnits(@Param("campaignId") long campaignId);

  Optional<CampaignUnit> findUnit(@Param("id") long id);

  int updateUnitsDue(@Param("campaignId") long campaignId, @Param("due") LocalDateTime due);

  /** One unit's summary deadline, while its summary is not in. */
  int updateUnitDue(@Param("id") long campaignUnitId, @Param("due") LocalDateTime due);

  int submitSummary(@Param("id") long id, @Param("summary") String summary, @Param("by") String by,
      @Param("at") LocalDateTime at);

  int markReminded(@Param("id") long id, @Param("at") LocalDateTime at);

  int markOverdue(@Param("id") long id);

  /** Before the quotas are replaced: every quota kept, inactive. */
  int deactivateQuotas(@Param("campaignId") long campaignId);

  /** A quota of the same unit and metric again: its new target, active; 0 when there was none. */
  int reactivateQuota(@Param("campaignId") long campaignId, @Param("q") CampaignQuota quota);

  int insertQuota(@Param("campaignId") long campaignId, @Param("q") CampaignQuota quota);

  List<CampaignQuota> findQuotas(@Param("campaignId") long campaignId);

  int insertTag(CampaignTagRow tag);

  /** A tag taken off earlier put on again (the row is kept, the unique key holds it); 0 when there is none. */
  int restoreTag(CampaignTagRow tag);

  /** Takes a tag off: the row stays with who and when; 0 when the record does not carry it. */
  int removeTag(@Param("campaignId") long campaignId, @Param("kind") RecordKind kind, @Param("recordId") long recordId,
      @Param("by") String by, @Param("at") LocalDateTime at);

  /** Whether the record carries the campaign's tag. */
  boolean tagged(@Param("campaignId") long campaignId, @Param("kind") RecordKind kind,
      @Param("recordId") long recordId);

  /** A record to tag later: its id, unit and day, found by its number (clue and case number, spot check id). */
  Optional<TaggableRecord> findClue(@Param("number") String number);

  Optional<TaggableRecord> findCase(@Param("number") String number);

  Optional<TaggableRecord> findSpotCheck(@Param("id") long id);

  /** The campaigns with records about the subjects tagged, and how many (subject page). */
  List<SubjectCampaign> findBySubjects(@Param("subjectIds") List<Long> subjectIds);
}
