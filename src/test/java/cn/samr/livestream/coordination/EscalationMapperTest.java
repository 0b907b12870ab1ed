package cn.samr.livestream.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.MapperTest;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** EscalationMapper: escalations, their events and department notices. */
@MapperTest
class EscalationMapperTest {

  static final LocalDateTime REPORTED = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired EscalationMapper escalations;

  @Test
  void storesAnEscalationWithTriageMeetingGuidanceAndAcknowledgement() {
    Escalation escalation = insert("SB-20260302-99001");
    escalation.setStatus(EscalationStatus.CLOSED);
    escalation.setAnswerDirectly(true);
    escalation.setConveneMeeting(true);
    escalation.setNotifyDepartments(false);
    escalation.setTriageGuidance("先行约谈");
    escalation.setTriagedBy("coord-officer");
    escalation.setTriagedAt(REPORTED.plusHours(1));
    escalation.setMeetingDate(LocalDate.of(2026, 3, 3));
    escalation.setMeetingParticipants("广告处、网监处");
    escalation.setMeetingMinutes("纪要");
    escalation.setMeetingConclusions("结论");
    escalation.setGuidance("指导意见");
    escalation.setGuidanceBy("coord-officer");
    escalation.setGuidanceAt(REPORTED.plusDays(2));
    escalation.setAcknowledgedBy("baoshan-officer");
    escalation.setAcknowledgedAt(REPORTED.plusDays(3));
    escalation.setAcknowledgementNote("已收悉");
    escalation.setProcessInstanceId("pi-99001");
    escalation.setClosedAt(REPORTED.plusDays(3));
    escalation.setPlannedMeetingDate(LocalDate.of(2026, 3, 3));
    escalation.setMeetingRecordedAt(REPORTED.plusDays(1));
    escalation.setTriageDue(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    escalation.setMeetingDue(LocalDateTime.of(2026, 3, 17, 23, 59, 59));
    escalation.setConsolidationDue(LocalDateTime.of(2026, 3, 10, 23, 59, 59));
    escalation.setAcknowledgementDue(LocalDateTime.of(2026, 3, 11, 23, 59, 59));
    escalations.update(escalation);

    Escalation read = escalations.findByNo("SB-20260302-99001").orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(escalation);
    assertThat(escalations.findByProcessInstance("pi-99001")).map(Escalation::getId).contains(escalation.getId());
    assertThat(escalations.findByClue(4711L)).extracting(Escalation::getEscalationNo).containsExactly("SB-20260302-99001");
    assertThat(escalations.findById(escalation.getId())).isPresent();
  }

  @Test
  void keepsEventsInOrderAndOneNoticePerDepartment() {
    Escalation escalation = insert("SB-20260302-99002");
    event(escalation, "TRIAGE", REPORTED.plusHours(2));
    event(escalation, "REPORTED", REPORTED);
    assertThat(escalations.findEvents(escalation.getId())).extracting(RecordEvent::getStep)
        .containsExactly("REPORTED", "TRIAGE");

    DepartmentNotice notice = new DepartmentNotice();
    notice.setEscalationId(escalation.getId());
    notice.setDepartment(Department.CYBERSPACE);
    notice.setFeedbackWorkingDays(10);
    escalations.insertNotice(notice);
    notice.setSentAt(REPORTED);
    notice.setFeedbackDue(LocalDateTime.of(2026, 3, 16, 23, 59, 59));
    notice.setRemindedAt(LocalDateTime.of(2026, 3, 13, 9, 0));
    notice.setOverdue(true);
    notice.setFeedback("已约谈平台");
    notice.setRecordedBy("coord-officer");
    notice.setReceivedAt(LocalDateTime.of(2026, 3, 17, 9, 0));
    escalations.updateNotice(notice);

    assertThat(escalations.findNotice(notice.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(notice);
    assertThat(escalations.findNotices(escalation.getId())).hasSize(1);

    DepartmentNotice again = new DepartmentNotice();
    again.setEscalationId(escalation.getId());
    again.setDepartment(Department.CYBERSPACE);
    again.setFeedbackWorkingDays(5);
    assertThatThrownBy(() -> escalations.insertNotice(again)).isInstanceOf(DataIntegrityViolationException.class);
  }

  private Escalation insert(String number) {
    Escalation escalation = new Escalation();
    escalation.setEscalationNo(number);
    escalation.setSource(EscalationSource.CLUE);
    escalation.setClueId(4711L);
    escalation.setReportingUnit("district-310113");
    escalation.setTitle("标题");
    escalation.setDescription("描述");
    escalation.setCategory(ViolationCategory.ADVERTISING);
    escalation.setSuggestedDepartments("CYBERSPACE");
    escalation.setStatus(EscalationStatus.TRIAGE);
    escalation.setReportedBy("system");
    escalation.setReportedAt(REPORTED);
    escalations.insert(escalation);
    assertThat(escalation.getId()).isNotNull();
    return escalation;
  }

  private void event(Escalation escalation, String step, LocalDateTime at) {
    RecordEvent event = new RecordEvent();
    event.setRecordId(escalation.getId());
    event.setStep(step);
    event.setActor("system");
    event.setOccurredAt(at);
    escalations.insertEvent(event);
  }
}
