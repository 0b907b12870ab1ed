package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import cn.samr.livestream.subject.SupervisedSubjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

@MapperTest
class ComplaintMapperTest {

  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 10, 15, 30);

  @Autowired ComplaintMapper mapper;
  @Autowired SupervisedSubjectMapper subjects;

  @Test
  void storesAComplaintWithItsPersonalDataSubjectsEventsAndFindings() {
    Complaint complaint = insert("TS-20260302-90001", "12315-MAPPER-1");

    Complaint read = mapper.findByNo("TS-20260302-90001").orElseThrow();
    assertThat(read.getId()).isEqualTo(complaint.getId());
    assertThat(read.getReceivedAt()).isEqualTo(RECEIVED);
    assertThat(read.getAmountPaid()).isEqualByComparingTo("299.00");
    assertThat(read.getSource()).isEqualTo(ComplaintSource.NATIONAL_12315);
    assertThat(read.getDescription()).isEqualTo("直播间宣称进口正品😀");
    assertThat(mapper.findByExternalNo(ComplaintSource.NATIONAL_12315, "12315-MAPPER-1")).isPresent();
    assertThat(mapper.findByExternalNo(ComplaintSource.HOTLINE, "12315-MAPPER-1")).isEmpty();

    Complainant person = new Complainant();
    person.setComplaintId(complaint.getId());
    person.setName("张三");
    person.setPhone("13812345678");
    person.setConfidential(true);
    mapper.insertComplainant(person);
    assertThat(mapper.findComplainant(complaint.getId()).orElseThrow().isConfidential()).isTrue();

    SupervisedSubject merchant = new SupervisedSubject();
    merchant.setSubjectType(SubjectType.MERCHANT);
    merchant.setName("宝山商贸有限公司");
    merchant.setDistrictCode("310113");
    merchant.setCreatedAt(RECEIVED);
    subjects.insert(merchant);
    mapper.insertSubject(complaint.getId(), PartyRole.MERCHANT, merchant.getId());
    assertThat(mapper.findSubjects(complaint.getId())).singleElement()
        .satisfies(s -> {
          assertThat(s.getRole()).isEqualTo(PartyRole.MERCHANT);
          assertThat(s.getSubject().getDistrictCode()).isEqualTo("310113");
        });

    RecordEvent event = new RecordEvent();
    event.setRecordId(complaint.getId());
    event.setStep("ACCEPTANCE");
    event.setDecision("ACCEPT");
    event.setActor("officer");
    event.setOccurredAt(RECEIVED.plusDays(1));
    mapper.insertEvent(event);
    assertThat(mapper.findEvents(complaint.getId())).extracting(RecordEvent::getStep).containsExactly("ACCEPTANCE");
    assertThat(mapper.findEvents(complaint.getId())).extracting(RecordEvent::getRecordId).containsExactly(complaint.getId());

    ComplaintFinding finding = new ComplaintFinding();
    finding.setComplaintId(complaint.getId());
    finding.setSubstantiated(true);
    finding.setFacts("属实");
    finding.setViolationClueFound(true);
    finding.setClueCategory(ViolationCategory.ADVERTISING);
    finding.setClueDescription("虚假宣传");
    finding.setAmountOwed(new BigDecimal("12.34"));
    finding.setRecordedAt(RECEIVED);
    mapper.insertFinding(finding);
    assertThat(mapper.findFinding(complaint.getId()).orElseThrow().getClueCategory())
        .isEqualTo(ViolationCategory.ADVERTISING);
  }

  @Test
  void writesTheWorkflowState() {
    Complaint complaint = insert("TS-20260302-90002", null);
    complaint.setHandlingUnit("district-310113");
    complaint.setStatus(ComplaintStatus.CLOSED);
    complaint.setOutcome(ComplaintOutcome.MEDIATED_PAID);
    complaint.setAcceptanceDue(RECEIVED.plusDays(9));
    complaint.setClosedOnTime(true);
    mapper.updateWorkflowState(complaint);
    mapper.updateProcessInstanceId(complaint.getId(), "pi-1");

    Complaint read = mapper.findById(complaint.getId()).orElseThrow();
    assertThat(read.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(read.getOutcome()).isEqualTo(ComplaintOutcome.MEDIATED_PAID);
    assertThat(read.getAcceptanceDue()).isEqualTo(RECEIVED.plusDays(9));
    assertThat(read.getClosedOnTime()).isTrue();
    assertThat(read.getProcessInstanceId()).isEqualTo("pi-1");
  }

  @Test
  void anExternalNumberIsUniquePerSource() {
    insert("TS-20260302-90003", "12315-MAPPER-3");
    assertThatThrownBy(() -> insert("TS-20260302-90004", "12315-MAPPER-3")).isInstanceOf(DuplicateKeyException.class);
  }

  private Complaint insert(String number, String externalNo) {
    Complaint complaint = new Complaint();
    complaint.setComplaintNo(number);
    complaint.setSource(ComplaintSource.NATIONAL_12315);
    complaint.setExternalNo(externalNo);
    complaint.setReceivedAt(RECEIVED);
    complaint.setProduct("面霜");
    complaint.setAmountPaid(new BigDecimal("299.00"));
    complaint.setClaims("REFUND");
    complaint.setDescription("直播间宣称进口正品😀");
    complaint.setStatus(ComplaintStatus.AWAITING_ACCEPTANCE);
    complaint.setCreatedAt(RECEIVED);
    mapper.insert(complaint);
    return complaint;
  }
}
