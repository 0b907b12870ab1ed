package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CaseFileMapper on a clue of its own: a case file through its columns, and its excluded periods. */
@MapperTest
class CaseFileMapperTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired CaseFileMapper cases;
  @Autowired JdbcTemplate jdbc;

  long clueId;

  @BeforeEach
  void clue() {
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at) "
        + "VALUES ('XS-20260302-99001', 'REPORT', ?, 'PRODUCT_QUALITY', '直播间销售不合格充电宝', 'VERIFIED', ?)", NOW, NOW);
    clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = 'XS-20260302-99001'", Long.class);
  }

  @Test
  void aCaseFileIsInsertedUpdatedAndFound() {
    CaseFile caseFile = new CaseFile();
    caseFile.setCaseNo("待立案-XS-20260302-99001-1");
    caseFile.setClueId(clueId);
    caseFile.setUnit("district-310113");
    caseFile.setStatus(CaseStatus.AWAITING_FILING);
    caseFile.setProcessInstanceId("pi-1");
    caseFile.setCreatedAt(NOW);
    cases.insert(caseFile);

    caseFile.setCaseNo("沪宝山市监立〔2026〕1号");
    caseFile.setStatus(CaseStatus.DECIDED);
    caseFile.setFiledAt(NOW);
    caseFile.setDecisionDue(LocalDateTime.of(2026, 5, 31, 23, 59, 59));
    caseFile.setExtended(true);
    caseFile.setExcludedDays(10);
    caseFile.setFineAmount(new BigDecimal("5000.00"));
    caseFile.setWarning(true);
    caseFile.setHearingRight(false);
    caseFile.setDecisionNo("沪宝山市监罚〔2026〕1号");
    caseFile.setServiceOverdue(true);
    caseFile.setSuspectedOffence("无");
    cases.update(caseFile);

    CaseFile read = cases.findById(caseFile.getId()).orElseThrow();
    assertThat(read.getStatus()).isEqualTo(CaseStatus.DECIDED);
    assertThat(read.getCaseNo()).isEqualTo("沪宝山市监立〔2026〕1号");
    assertThat(read.getDecisionDue()).isEqualTo(LocalDateTime.of(2026, 5, 31, 23, 59, 59));
    assertThat(read.isExtended()).isTrue();
    assertThat(read.getExcludedDays()).isEqualTo(10);
    assertThat(read.getFineAmount()).isEqualByComparingTo("5000");
    assertThat(read.getWarning()).isTrue();
    assertThat(read.getHearingRight()).isFalse();
    assertThat(read.isServiceOverdue()).isTrue();
    assertThat(read.isDeadlineOverdue()).isFalse();
    assertThat(cases.findByCaseNo("沪宝山市监立〔2026〕1号")).isPresent();
    assertThat(cases.findByClue(clueId)).extracting(CaseFile::getId).containsExactly(caseFile.getId());
    assertThat(cases.findClueFacts(clueId)).isEqualTo("直播间销售不合格充电宝");
    assertThat(cases.findClueCategory(clueId)).isEqualTo("PRODUCT_QUALITY");
    assertThat(cases.findClueReceivedAt(clueId)).isEqualTo(NOW);
    assertThat(cases.findClueExtensionGranted(clueId)).isNull();
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, extension_granted, created_at) "
        + "VALUES ('XS-20260302-99002', 'REPORT', ?, 'PRODUCT_QUALITY', '延期核查的线索', 'VERIFIED', TRUE, ?)", NOW, NOW);
    assertThat(cases.findClueExtensionGranted(
        jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = 'XS-20260302-99002'", Long.class))).isTrue();

    ExcludedPeriod period = new ExcludedPeriod();
    period.setCaseId(caseFile.getId());
    period.setKind(ExcludedPeriodKind.TESTING);
    period.setStartDate(LocalDate.of(2026, 3, 10));
    period.setEndDate(LocalDate.of(2026, 3, 19));
    period.setDays(10);
    period.setRecordedBy("baoshan-officer");
    period.setRecordedAt(NOW);
    cases.insertExcludedPeriod(period);

    assertThat(cases.findExcludedPeriods(caseFile.getId())).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(ExcludedPeriodKind.TESTING);
      assertThat(p.getStartDate()).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(p.getDays()).isEqualTo(10);
    });
  }
}
