package cn.samr.livestream.governance.typicalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.governance.typicalcase.TypicalCaseMapper.PublicationRow;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/**
 * typical_case and typical_case_publication: every column written and read back, one open write-up per source (the
 * unique source key, many ended ones), and the public reads: published and not withdrawn only, newest first, paged.
 */
@MapperTest
class TypicalCaseMapperTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired TypicalCaseMapper writeUps;
  @Autowired PublicTypicalCaseMapper publications;

  TypicalCase writeUp(String no, String sourceKey) {
    TypicalCase w = new TypicalCase();
    w.setWriteUpNo(no);
    w.setCaseId(11L);
    w.setSourceKey(sourceKey);
    w.setProposerUnit("district-310113");
    w.setStatus(TypicalCaseStatus.DRAFT);
    w.setCategory(ViolationCategory.ADVERTISING);
    w.setProposedBy("officer");
    w.setProposedAt(AT);
    writeUps.insert(w);
    return w;
  }

  @Test
  void writesAndReadsEveryColumn() {
    TypicalCase w = writeUp("DX-20260302-00001", "CASE:11");
    w.setTitle("上海某科技开发有限公司虚假宣传案");
    w.setPartyDesignation("上海某科技开发有限公司");
    w.setFacts("案情".repeat(2000));
    w.setViolation("违".repeat(1500));
    w.setBasis("依".repeat(1000));
    w.setOutcome("罚".repeat(1500));
    w.setSignificance("意".repeat(1000));
    w.setStatus(TypicalCaseStatus.DRAFT);
    writeUps.updateText(w);
    writeUps.updateCheck(w.getId(), TypicalCaseStatus.CHECK_FAILED, "[{\"kind\":\"PHONE\"}]", AT.plusHours(1));
    writeUps.updateApproval(w.getId(), TypicalCaseStatus.AWAITING_APPROVAL, "head", AT.plusHours(2), "同意",
        "CASE:11");
    writeUps.updateProcessInstanceId(w.getId(), "pi-1");

    TypicalCase read = writeUps.findByNo("DX-20260302-00001").orElseThrow();
    assertThat(read.getFacts()).hasSize(4000);
    assertThat(read.getSignificance()).hasSize(1000);
    assertThat(read.getCategory()).isEqualTo(ViolationCategory.ADVERTISING);
    assertThat(read.getStatus()).isEqualTo(TypicalCaseStatus.AWAITING_APPROVAL);
    assertThat(read.getScrubFindings()).isEqualTo("[{\"kind\":\"PHONE\"}]");
    assertThat(read.getCheckedAt()).isEqualTo(AT.plusHours(1));
    assertThat(read.getApprovedBy()).isEqualTo("head");
    assertThat(read.getApprovalNote()).isEqualTo("同意");
    assertThat(read.getProcessInstanceId()).isEqualTo("pi-1");
    assertThat(writeUps.findBySourceKey("CASE:11")).map(TypicalCase::getId).contains(w.getId());
    assertThat(writeUps.search(List.of("district-310113"), TypicalCaseStatus.AWAITING_APPROVAL))
        .extracting(TypicalCase::getWriteUpNo).contains("DX-20260302-00001");
    assertThat(writeUps.search(List.of("district-310115"), null)).extracting(TypicalCase::getWriteUpNo)
        .doesNotContain("DX-20260302-00001");
  }

  @Test
  void oneOpenWriteUpPerSourceAndAnyNumberOfEndedOnes() {
    TypicalCase first = writeUp("DX-20260302-00002", "CASE:12");
    assertThatThrownBy(() -> writeUp("DX-20260302-00003", "CASE:12")).isInstanceOf(DuplicateKeyException.class);
    writeUps.updateApproval(first.getId(), TypicalCaseStatus.REJECTED, "head", AT, "不典型", null);
    TypicalCase second = writeUp("DX-20260302-00004", "CASE:12");
    writeUps.updateWithdrawn(second.getId(), "head", AT, "撤回");
    writeUp("DX-20260302-00005", "CASE:12");
    assertThat(writeUps.findBySourceKey("CASE:12")).map(TypicalCase::getWriteUpNo).contains("DX-20260302-00005");
    assertThat(writeUps.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(TypicalCaseStatus.WITHDRAWN);
  }

  PublicationRow publish(String no, LocalDate on) {
    PublicationRow row = new PublicationRow();
    row.setPublicationNo(no);
    row.setTitle("案例" + no);
    row.setPartyDesignation("上海某公司");
    row.setCategoryLabel("广告违法");
    row.setFacts("案情");
    row.setUnitName("宝山区市场监督管理局");
    row.setPublishedOn(on);
    writeUps.insertPublication(row);
    return row;
  }

  @Test
  void thePublicReadsOnlyPublishedNotWithdrawnRowsNewestFirst() {
    long before = publications.count();
    publish("ALDX-2026-9001", LocalDate.of(2026, 3, 1));
    PublicationRow withdrawn = publish("ALDX-2026-9002", LocalDate.of(2026, 3, 2));
    publish("ALDX-2026-9003", LocalDate.of(2026, 3, 3));
    assertThat(writeUps.withdrawPublication(withdrawn.getId(), AT)).isOne();
    assertThat(writeUps.withdrawPublication(withdrawn.getId(), AT)).isZero();

    assertThat(publications.count()).isEqualTo(before + 2);
    assertThat(publications.list(0, 100)).extracting(PublicTypicalCase::publicationNo)
        .containsSubsequence("ALDX-2026-9003", "ALDX-2026-9001").doesNotContain("ALDX-2026-9002");
    assertThat(publications.list(0, 1)).hasSize(1);
    assertThat(publications.find("ALDX-2026-9002")).isEmpty();
    PublicTypicalCase one = publications.find("ALDX-2026-9003").orElseThrow();
    assertThat(one.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(one.unitName()).isEqualTo("宝山区市场监督管理局");
    assertThat(writeUps.findPublication(withdrawn.getId()).orElseThrow().getWithdrawnAt()).isEqualTo(AT);
  }
}
