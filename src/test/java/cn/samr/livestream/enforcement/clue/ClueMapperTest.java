package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.MapperTest;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.EnforcementRecords.NewAction;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import cn.samr.livestream.subject.SupervisedSubject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** ClueMapper and, through EnforcementRecords, EnforcementActionMapper. */
@MapperTest
class ClueMapperTest {

  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 10, 0);

  @Autowired ClueMapper clues;
  @Autowired SubjectRegistry subjects;
  @Autowired EnforcementRecords records;

  @Test
  void storesAClueWithSubjectsReporterEventsAndFindings() {
    Clue clue = insert("XS-20260302-99001", "PT-99001");
    SupervisedSubject room = subjects.resolve(SubjectType.ROOM_OPERATOR, "映射测试直播间", null, "测试平台", "acct-99001",
        "310113");
    clues.insertSubject(clue.getId(), room.getId());
    ClueReporter reporter = new ClueReporter();
    reporter.setClueId(clue.getId());
    reporter.setName("李举报");
    reporter.setIdNumber("31011319900101123X");
    clues.insertReporter(reporter);

    clue.setSubstantiated(true);
    clue.setIllegalTurnover(new BigDecimal("520000.50"));
    clue.setProposedTier(ResponseTier.CRIMINAL_TRANSFER);
    clue.setTier(ResponseTier.CRIMINAL_TRANSFER);
    clue.setFindings("属实");
    clue.setStatus(ClueStatus.IN_RESPONSE);
    clues.update(clue);
    RecordEvent event = new RecordEvent();
    event.setRecordId(clue.getId());
    event.setStep("VERIFICATION");
    event.setOccurredAt(RECEIVED);
    clues.insertEvent(event);

    Clue read = clues.findByNo("XS-20260302-99001").orElseThrow();
    assertThat(read.getIllegalTurnover()).isEqualByComparingTo("520000.50");
    assertThat(read.getTier()).isEqualTo(ResponseTier.CRIMINAL_TRANSFER);
    assertThat(read.getStatus()).isEqualTo(ClueStatus.IN_RESPONSE);
    assertThat(read.getEvidence()).isEqualTo("回放链接\n截图.png");
    assertThat(clues.findSubjectIds(clue.getId())).containsExactly(room.getId());
    assertThat(clues.findBySubject(room.getId())).extracting(Clue::getClueNo).containsExactly("XS-20260302-99001");
    assertThat(clues.findReporter(clue.getId()).orElseThrow().getIdNumber()).isEqualTo("31011319900101123X");
    assertThat(clues.findEvents(clue.getId())).extracting(RecordEvent::getStep).containsExactly("VERIFICATION");
    assertThat(clues.findEvents(clue.getId())).extracting(RecordEvent::getRecordId).containsExactly(clue.getId());
    assertThat(clues.findByExternalNo(ClueSource.PLATFORM, "PT-99001")).isPresent();
  }

  @Test
  void anExternalNumberIsUniquePerSource() {
    insert("XS-20260302-99002", "PT-99002");
    assertThatThrownBy(() -> insert("XS-20260302-99003", "PT-99002")).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void actionsAreNumberedPerUnitKindAndYear() {
    Clue clue = insert("XS-20260302-99004", null);
    EnforcementAction first = records.record(new NewAction(ActionType.ADMONITION, "district-310113", clue.getId(), null,
        null, null, "ISSUED", "officer", "告诫"));
    EnforcementAction second = records.record(new NewAction(ActionType.ADMONITION, "district-310113", clue.getId(),
        null, null, null, "ISSUED", "officer", "告诫"));
    EnforcementAction pudong = records.record(new NewAction(ActionType.ADMONITION, "district-310115", clue.getId(), null,
        null, null, "ISSUED", "officer", "告诫"));
    EnforcementAction check = records.record(new NewAction(ActionType.FOLLOW_UP_CHECK, "district-310113", clue.getId(),
        null, null, null, "CORRECTED", "officer", "复查"));

    int n = Integer.parseInt(first.getDocumentNo().replaceAll("^沪宝山市监告〔\\d{4}〕(\\d+)号$", "$1"));
    assertThat(second.getDocumentNo()).isEqualTo(first.getDocumentNo().replace(n + "号", (n + 1) + "号"));
    assertThat(pudong.getDocumentNo()).startsWith("沪浦东市监告〔");
    assertThat(check.getDocumentNo()).isNull();
    records.settle(first.getId(), "WITHDRAWN");
    assertThat(records.ofClue(clue.getId())).extracting(EnforcementAction::getOutcome)
        .containsExactly("WITHDRAWN", "ISSUED", "ISSUED", "CORRECTED");
  }

  private Clue insert(String number, String externalNo) {
    Clue clue = new Clue();
    clue.setClueNo(number);
    clue.setSource(ClueSource.PLATFORM);
    clue.setExternalNo(externalNo);
    clue.setReceivedAt(RECEIVED);
    clue.setCategory(ViolationCategory.INTELLECTUAL_PROPERTY);
    clue.setFacts("直播间销售假冒商品");
    clue.setEvidence("回放链接\n截图.png");
    clue.setHandlingUnit("district-310113");
    clue.setStatus(ClueStatus.VERIFYING);
    clue.setCreatedAt(RECEIVED);
    clues.insert(clue);
    return clue;
  }
}
