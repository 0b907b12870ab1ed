package cn.samr.livestream.governance.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.coordination.Department;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** DepartmentTransferMapper: a transfer with every column, its subjects, the subject page's and the list's queries. */
@MapperTest
class DepartmentTransferMapperTest {

  static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired DepartmentTransferMapper transfers;

  @Test
  void storesATransferWithEveryStep() {
    DepartmentTransfer transfer = insert("BM-20260302-99001", "district-310113", Department.DRUGS);
    transfer.setStatus(DepartmentTransferStatus.CLOSED);
    transfer.setViaCoordination(true);
    transfer.setApprovedBy("baoshan-head");
    transfer.setApprovedAt(REQUESTED.plusHours(1));
    transfer.setApprovalNote("同意");
    transfer.setForwardedBy("coord-officer");
    transfer.setForwardedAt(REQUESTED.plusHours(2));
    transfer.setForwardNote("核对无误");
    transfer.setIssuingUnit("coordination-group");
    transfer.setActionId(4711L);
    transfer.setSentAt(REQUESTED.plusHours(2));
    transfer.setReceiptDue(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    transfer.setReceiptRemindedAt(REQUESTED.plusDays(8));
    transfer.setReceivedOn(LocalDate.of(2026, 3, 10));
    transfer.setReceiver("药监局办公室");
    transfer.setReceiptRecordedBy("baoshan-officer");
    transfer.setFeedbackDue(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    transfer.setRemindedAt(REQUESTED.plusDays(17));
    transfer.setOverdue(true);
    transfer.setFeedback("已立案调查");
    transfer.setOutcome(TransferFeedbackOutcome.ACCEPTED);
    transfer.setFeedbackRecordedBy("baoshan-officer");
    transfer.setFeedbackRecordedAt(REQUESTED.plusDays(22));
    transfer.setProcessInstanceId("pi-bm-99001");
    transfer.setClosedAt(REQUESTED.plusDays(22));
    transfers.update(transfer);

    DepartmentTransfer read = transfers.findByNo("BM-20260302-99001").orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(transfer);
    assertThat(transfers.findByProcessInstance("pi-bm-99001")).map(DepartmentTransfer::getId)
        .contains(transfer.getId());
    assertThat(transfers.findById(transfer.getId())).isPresent();
    assertThat(transfers.findByNo("BM-19990101-00001")).isEmpty();
  }

  @Test
  void findsTheTransfersOfASubjectAndFiltersTheList() {
    DepartmentTransfer drugs = insert("BM-20260302-99002", "district-310113", Department.DRUGS);
    DepartmentTransfer cyberspace = insert("BM-20260302-99003", "district-310113", Department.CYBERSPACE);
    cyberspace.setOverdue(true);
    transfers.update(cyberspace);
    DepartmentTransfer pudong = insert("BM-20260302-99004", "district-310115", Department.DRUGS);
    transfers.insertSubject(drugs.getId(), 881001L);
    transfers.insertSubject(drugs.getId(), 881002L);
    transfers.insertSubject(cyberspace.getId(), 881002L);
    transfers.insertSubject(pudong.getId(), 881003L);

    assertThat(transfers.findSubjectIds(drugs.getId())).containsExactly(881001L, 881002L);
    assertThat(transfers.findBySubjects(List.of(881002L))).extracting(DepartmentTransfer::getTransferNo)
        .containsExactlyInAnyOrder("BM-20260302-99002", "BM-20260302-99003");
    assertThat(transfers.findBySubjects(List.of(881001L, 881003L))).extracting(DepartmentTransfer::getTransferNo)
        .containsExactlyInAnyOrder("BM-20260302-99002", "BM-20260302-99004");

    assertThat(numbers(transfers.search(List.of("district-310113"), null, null, null, 50)))
        .contains("BM-20260302-99002", "BM-20260302-99003").doesNotContain("BM-20260302-99004");
    assertThat(numbers(transfers.search(null, 881002L, null, null, 50)))
        .containsExactlyInAnyOrder("BM-20260302-99002", "BM-20260302-99003");
    assertThat(numbers(transfers.search(null, 881002L, Department.DRUGS, null, 50)))
        .containsExactly("BM-20260302-99002");
    assertThat(numbers(transfers.search(List.of("district-310113", "district-310115"), null, null, true, 50)))
        .contains("BM-20260302-99003").doesNotContain("BM-20260302-99002", "BM-20260302-99004");
    assertThat(transfers.search(null, null, null, null, 1)).hasSize(1);
  }

  private static List<String> numbers(List<DepartmentTransfer> list) {
    return list.stream().map(DepartmentTransfer::getTransferNo).toList();
  }

  private DepartmentTransfer insert(String number, String unit, Department department) {
    DepartmentTransfer transfer = new DepartmentTransfer();
    transfer.setTransferNo(number);
    transfer.setDepartment(department);
    transfer.setRecipientName(department == Department.DRUGS ? null : "市网信办");
    transfer.setClueId(4712L);
    transfer.setCaseId(4713L);
    transfer.setSenderUnit(unit);
    transfer.setStatus(DepartmentTransferStatus.AWAITING_APPROVAL);
    transfer.setReason(TransferReason.OUTSIDE_COMPETENCE);
    transfer.setFacts("直播间销售的保健食品涉嫌未经注册，须药品监管部门处理");
    transfer.setMaterials("截图");
    transfer.setBasis("依据");
    transfer.setFeedbackWorkingDays(15);
    transfer.setNotCriminal(false);
    transfer.setRequestedBy("baoshan-officer");
    transfer.setRequestedAt(REQUESTED);
    transfers.insert(transfer);
    return transfer;
  }
}
