package cn.samr.livestream.governance.typicalcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The write-ups (typical_case) and the publication rows they are copied to. */
@Mapper
public interface TypicalCaseMapper {

  int insert(TypicalCase writeUp);

  Optional<TypicalCase> findById(@Param("id") long id);

  Optional<TypicalCase> findByNo(@Param("writeUpNo") String writeUpNo);

  /** The write-up of a case or transfer that is open or published (source_key is cleared when it ends). */
  Optional<TypicalCase> findBySourceKey(@Param("sourceKey") String sourceKey);

  /** The write-ups of these units (all when units is null), newest first; status optional. */
  List<TypicalCase> search(@Param("units") List<String> units, @Param("status") TypicalCaseStatus status);

  int updateText(TypicalCase writeUp);

  int updateStatus(@Param("id") long id, @Param("status") TypicalCaseStatus status,
      @Param("sourceKey") String sourceKey);

  int updateProcessInstanceId(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int updateCheck(@Param("id") long id, @Param("status") TypicalCaseStatus status,
      @Param("scrubFindings") String scrubFindings, @Param("checkedAt") LocalDateTime checkedAt);

  int updateApproval(@Param("id") long id, @Param("status") TypicalCaseStatus status,
      @Param("approvedBy") String approvedBy, @Param("approvedAt") LocalDateTime approvedAt,
      @Param("approvalNote") String approvalNote, @Param("sourceKey") String sourceKey);

  int updatePublished(@Param("id") long id, @Param("publicationId") long publicationId);

  int updateWithdrawn(@Param("id") long id, @Param("withdrawnBy") String withdrawnBy,
      @Param("withdrawnAt") LocalDateTime withdrawnAt, @Param("withdrawalReason") String withdrawalReason);

  int insertPublication(PublicationRow row);

  Optional<PublicationRow> findPublication(@Param("id") long id);

  int withdrawPublication(@Param("id") long id, @Param("withdrawnAt") LocalDateTime withdrawnAt);

  /** A copy for the public table (typical_case_publication). */
  class PublicationRow {
    private Long id;
    private String publicationNo;
    private String title;
    private String partyDesignation;
    private String categoryLabel;
    private String facts;
    private String violation;
    private String basis;
    private String outcome;
    private String significance;
    private String unitName;
    private LocalDate publishedOn;
    private LocalDateTime withdrawnAt;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getPublicationNo() {
      return publicationNo;
    }

    public void setPublicationNo(String publicationNo) {
      this.publicationNo = publicationNo;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getPartyDesignation() {
      return partyDesignation;
    }

    public void setPartyDesignation(String partyDesignation) {
      this.partyDesignation = partyDesignation;
    }

    public String getCategoryLabel() {
      return categoryLabel;
    }

    public void setCategoryLabel(String categoryLabel) {
      this.categoryLabel = categoryLabel;
    }

    public String getFacts() {
      return facts;
    }

    public void setFacts(String facts) {
      this.facts = facts;
    }

    public String getViolation() {
      return violation;
    }

    public void setViolation(String violation) {
      this.violation = violation;
    }

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis;
    }

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }

    public String getSignificance() {
      return significance;
    }

    public void setSignificance(String significance) {
      this.significance = significance;
    }

    public String getUnitName() {
      return unitName;
    }

    public void setUnitName(String unitName) {
      this.unitName = unitName;
    }

    public LocalDate getPublishedOn() {
      return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
      this.publishedOn = publishedOn;
    }

    public LocalDateTime getWithdrawnAt() {
      return withdrawnAt;
    }

    public void setWithdrawnAt(LocalDateTime withdrawnAt) {
      this.withdrawnAt = withdrawnAt;
    }
  }
}
