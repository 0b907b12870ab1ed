package cn.samr.livestream.enforcement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CriminalTransferMapper on a clue of its own. */
@MapperTest
class CriminalTransferMapperTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired CriminalTransferMapper transfers;
  @Autowired JdbcTemplate jdbc;

  long clueId;

  @BeforeEach
  void clue() {
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at)"
        + " VALUES ('XS-20260302-80001', 'REPORT', ?, 'INTELLECTUAL_PROPERTY', '直播间销售假冒LV箱包', 'VERIFYING', ?)",
        NOW, NOW);
    clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = 'XS-20260302-80001'", Long.class);
  }

  @Test
  void aTransferGoesFromReportToTheReconsideredPoliceDecision() {
    CriminalTransfer transfer = new CriminalTransfer();
    transfer.setClueId(clueId);
    transfer.setClueNo("XS-20260302-80001");
    transfer.setUnit("district-310113");
    transfer.setStatus(TransferStatus.REPORTED);
    transfer.setReportingOfficers("officer-a,officer-b");
    transfer.setSuspectedOffence("销售假冒注册商标的商品罪");
    transfer.setReportFacts("违法经营额52万元");
    transfer.setIllegalTurnover(new BigDecimal("520000.00"));
    transfer.setReportedAt(NOW);
    transfer.setProcessInstanceId("pi-80001");
    transfers.insert(transfer);
    assertThat(transfer.getId()).isNotNull();

    CriminalTransfer loaded = transfers.findById(transfer.getId()).orElseThrow();
    assertThat(loaded.getStatus()).isEqualTo(TransferStatus.REPORTED);
    assertThat(loaded.getIllegalTurnover()).isEqualByComparingTo("520000");
    assertThat(loaded.isApprovalOverdue()).isFalse();
    assertThat(loaded.getApproved()).isNull();

    loaded.setStatus(TransferStatus.RETURNED);
    loaded.setApprovalDue(NOW.plusDays(3));
    loaded.setApprovalOverdue(true);
    loaded.setApproved(true);
    loaded.setApprovedBy("head");
    loaded.setApprovedAt(NOW.plusHours(1));
    loaded.setTransferNo("沪宝山市监移〔2026〕1号");
    loaded.setActionId(7L);
    loaded.setTransferDue(NOW.plusHours(25));
    loaded.setTransferredAt(NOW.plusHours(30));
    loaded.setTransferOverdue(true);
    loaded.setPoliceUnit("上海市公安局宝山分局");
    loaded.setPoliceDecision(PoliceDecision.REFUSED);
    loaded.setPoliceReason("未达追诉标准");
    loaded.setReconsiderationRequested(true);
    loaded.setReconsiderationNote("已达追诉标准");
    loaded.setReconsiderationDecision(PoliceDecision.REFUSED);
    loaded.setReconsiderationReason("维持");
    loaded.setOutcome(TransferOutcome.RETURNED);
    loaded.setClosedAt(NOW.plusDays(5));
    transfers.update(loaded);

    CriminalTransfer updated = transfers.findByProcessInstance("pi-80001").orElseThrow();
    assertThat(updated.getStatus()).isEqualTo(TransferStatus.RETURNED);
    assertThat(updated.isApprovalOverdue()).isTrue();
    assertThat(updated.isTransferOverdue()).isTrue();
    assertThat(updated.getTransferNo()).isEqualTo("沪宝山市监移〔2026〕1号");
    assertThat(updated.getTransferDue()).isEqualTo(NOW.plusHours(25));
    assertThat(updated.getPoliceDecision()).isEqualTo(PoliceDecision.REFUSED);
    assertThat(updated.getReconsiderationDecision()).isEqualTo(PoliceDecision.REFUSED);
    assertThat(updated.getOutcome()).isEqualTo(TransferOutcome.RETURNED);
    assertThat(updated.getActionId()).isEqualTo(7L);
    assertThat(transfers.findByClue(clueId)).extracting(CriminalTransfer::getId).containsExactly(transfer.getId());
    assertThat(transfers.findClueFacts(clueId)).contains("直播间销售假冒LV箱包");
    assertThat(transfers.findByProcessInstance("unknown")).isEmpty();
  }
}
