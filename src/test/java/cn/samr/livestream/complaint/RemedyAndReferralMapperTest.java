package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** RemedyMapper and ReferralMapper, on a complaint of their own. */
@MapperTest
class RemedyAndReferralMapperTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 3, 9, 0);

  @Autowired ComplaintMapper complaints;
  @Autowired RemedyMapper remedies;
  @Autowired ReferralMapper referrals;

  long complaintId;

  @BeforeEach
  void complaint() {
    Complaint complaint = new Complaint();
    complaint.setComplaintNo("TS-20260303-91001");
    complaint.setSource(ComplaintSource.HOTLINE);
    complaint.setReceivedAt(NOW);
    complaint.setProduct("口红");
    complaint.setClaims("REFUND,COMPENSATION");
    complaint.setDescription("假货");
    complaint.setStatus(ComplaintStatus.IN_REMEDY);
    complaint.setCreatedAt(NOW);
    complaints.insert(complaint);
    complaintId = complaint.getId();
  }

  @Test
  void aRemedyObligationGoesFromNoticeToFulfilment() {
    RemedyObligation remedy = new RemedyObligation();
    remedy.setComplaintId(complaintId);
    remedy.setPartyRole(PartyRole.PLATFORM);
    remedy.setRemedyTypes("REFUND");
    remedy.setAmountOwed(new BigDecimal("88.80"));
    remedy.setStatus(RemedyStatus.NOTIFIED);
    remedies.insert(remedy);

    remedy.setDeadline(NOW.plusDays(14));
    remedy.setStatus(RemedyStatus.FULFILLED);
    remedy.setFulfilledAmount(new BigDecimal("88.80"));
    remedy.setFulfilledOn(LocalDate.of(2026, 3, 10));
    remedies.update(remedy);

    RemedyObligation read = remedies.findById(remedy.getId()).orElseThrow();
    assertThat(read.getStatus()).isEqualTo(RemedyStatus.FULFILLED);
    assertThat(read.getFulfilledOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(read.getDeadline()).isEqualTo(NOW.plusDays(14));
    assertThat(remedies.findByComplaint(complaintId)).extracting(RemedyObligation::getPartyRole)
        .containsExactly(PartyRole.PLATFORM);
  }

  @Test
  void aReferralIsStoredAndMarkedDispatched() {
    Referral referral = new Referral();
    referral.setReferralNo("YS-20260303-91001");
    referral.setComplaintId(complaintId);
    referral.setCategory(ViolationCategory.CONSUMER_RIGHTS);
    referral.setReason(ReferralReason.REMEDY_REFUSED);
    referral.setFacts("拒不退款");
    referral.setTargetUnit("district-310113");
    referral.setStatus("AWAITING_DISPATCH");
    referral.setCreatedAt(NOW);
    referrals.insert(referral);

    referrals.updateDispatch(referral.getId(), "DISPATCHED", "pi-clue");

    Referral read = referrals.findByComplaint(complaintId).get(0);
    assertThat(read.getStatus()).isEqualTo("DISPATCHED");
    assertThat(read.getProcessInstanceId()).isEqualTo("pi-clue");
    assertThat(read.getCategory()).isEqualTo(ViolationCategory.CONSUMER_RIGHTS);
    assertThat(referrals.findById(read.getId())).isPresent();
  }
}
