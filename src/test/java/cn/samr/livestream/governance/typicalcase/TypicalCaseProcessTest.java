package cn.samr.livestream.governance.typicalcase;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.HEAD;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.UNIT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.Source;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposalRequest;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposedWriteUp;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Element;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.audit.RecordEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of typical-case (典型案例发布) on the real engine and database, driven through its wait states: clean and
 * published; findings back to drafting; returned; rejected; personal data that became known after the check found at
 * publication (the boundary error back to drafting); the Tasklist start form. Seed 002's designation
 * (上海某科技开发有限公司) is what the prefill proposes.
 */
@ProcessTest(covers = TypicalCaseProcess.PROCESS_KEY)
class TypicalCaseProcessTest {

  static final String OFFICER = "typical-officer-a";
  static final String HEAD_USER = "typical-head-a";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClueIntakeService clueIntake;
  @Autowired TypicalCaseIntakeService intake;
  @Autowired TypicalCaseMapper writeUps;
  @Autowired GovernanceEvents events;

  TypicalCaseFixtures fixtures;

  @BeforeEach
  void setUp() {
    init(engine);
    fixtures = new TypicalCaseFixtures(jdbc, clueIntake);
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- the whole way

  @Test
  void cleanWriteUpApprovedIsPublished() {
    Source source = fixtures.publishedCase(OFFICER);
    ProposedWriteUp proposed = propose(source.sourceNo());
    ProcessInstance pi = instance(proposed);
    assertThat(pi).isWaitingAt(Element.DRAFT).hasBusinessKey(proposed.writeUpNo());
    Task draft = task(pi);
    assertThat(draft).hasCandidateGroup(UNIT);
    Assertions.assertThat(draft.getDueDate()).isNotNull();
    // prefilled: category, penalty and seed 002's kind of designation; no name, account or number
    Map<String, Object> form = taskService.getVariablesLocal(draft.getId());
    Assertions.assertThat(form.get(Var.PARTY_DESIGNATION.name())).isEqualTo("上海某网络科技有限公司");
    Assertions.assertThat((String) form.get(Var.OUTCOME.name())).contains("罚款50000元").contains("没收违法所得1200元");
    Assertions.assertThat(form.values().toString()).doesNotContain(source.subjectName()).doesNotContain(
        source.decisionNo()).doesNotContain(source.sourceNo());

    complete(draft, cleanDraft());
    assertThat(pi).isWaitingAt(Element.APPROVE);
    Task approval = task(pi);
    assertThat(approval).hasCandidateGroup(HEAD);
    Assertions.assertThat((String) taskService.getVariableLocal(approval.getId(), Var.WRITE_UP_TEXT.name()))
        .contains("【案情】").contains("某网络主播");
    Assertions.assertThat(row(proposed).getStatus()).isEqualTo(TypicalCaseStatus.AWAITING_APPROVAL);

    complete(approval, Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.APPROVE.name()));
    assertThat(pi).isEnded().hasPassed(Element.PUBLISH).hasPassed(Element.END_PUBLISHED);
    TypicalCase published = row(proposed);
    Assertions.assertThat(published.getStatus()).isEqualTo(TypicalCaseStatus.PUBLISHED);
    Assertions.assertThat(published.getPublicationId()).isNotNull();
    TypicalCaseMapper.PublicationRow publication = writeUps.findPublication(published.getPublicationId()).orElseThrow();
    Assertions.assertThat(publication.getPublicationNo()).matches("ALDX-\\d{4}-\\d{4}");
    Assertions.assertThat(publication.getTitle()).isEqualTo(published.getTitle());
    Assertions.assertThat(publication.getUnitName()).isEqualTo("宝山区市场监督管理局");
    Assertions.assertThat(steps(published)).containsExactly("PROPOSED", "PREFILLED", "DRAFTED", "CHECK", "APPROVAL",
        "PUBLISHED");
    // nothing of the text stayed in the engine: ids, numbers, groups and columns only
    Assertions.assertThat(new EngineVariableRows(jdbc).runtime(pi.getId())).isEmpty();
    Assertions.assertThat(new EngineVariableRows(jdbc).history(pi.getId())).doesNotContain(
        Var.WRITE_UP_DECISION.name(), Var.APPROVAL_NOTE.name(), Var.WRITE_UP_CLEAN.name(), Var.SOURCE_NO.name());
  }

  @Test
  void findingsGoBackToDraftingWithThePlacesMarkedAndNeverTheText() {
    Source source = fixtures.publishedCase(OFFICER);
    ProposedWriteUp proposed = propose(source.sourceNo());
    ProcessInstance pi = instance(proposed);
    Map<String, Object> leaky = cleanDraft();
    leaky.put(Var.FACTS.name(), "经查，" + source.subjectName() + "在直播间宣称化妆品祛斑。\n举报人电话 "
        + source.reporterPhone().substring(0, 3) + " " + source.reporterPhone().substring(3, 7) + " "
        + source.reporterPhone().substring(7) + "。");
    complete(task(pi), leaky);

    assertThat(pi).hasPassed(Element.CHECK).isWaitingAt(Element.DRAFT);
    TypicalCase failed = row(proposed);
    Assertions.assertThat(failed.getStatus()).isEqualTo(TypicalCaseStatus.CHECK_FAILED);
    Assertions.assertThat(failed.getScrubFindings()).contains("SUBJECT_NAME").contains("REPORTER")
        .doesNotContain(source.subjectName()).doesNotContain(source.reporterPhone());
    Task again = task(pi);
    Map<String, Object> form = taskService.getVariablesLocal(again.getId());
    Assertions.assertThat((String) form.get(Var.FINDINGS_TEXT.name())).contains("案情第 1 行第 4 字：当事人名称")
        .contains("案情第 2 行");
    Assertions.assertThat((String) form.get(Var.FACTS.name())).contains("【请改写：").doesNotContain(source.subjectName());
    Assertions.assertThat(form.values().toString()).doesNotContain(source.subjectName())
        .doesNotContain(source.reporterPhone().substring(7));
    // the marks must be rewritten before the draft is taken
    Map<String, Object> asShown = new HashMap<>(cleanDraft());
    asShown.put(Var.FACTS.name(), form.get(Var.FACTS.name()));
    assertThatThrownBy(() -> taskService.complete(again.getId(), asShown))
        .hasRootCauseInstanceOf(InvalidInputException.class);

    complete(again, cleanDraft());
    assertThat(pi).isWaitingAt(Element.APPROVE);
    Assertions.assertThat(row(proposed).getScrubFindings()).isNull();
    // the submitted text with the personal data left no trace in the engine's tables
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ? AND"
          + " (TEXT_ LIKE ? OR TEXT2_ LIKE ?)", Long.class, pi.getId(), "%" + source.subjectName() + "%",
          "%" + source.subjectName() + "%")).as(table).isZero();
    }
  }

  @Test
  void returnedWriteUpIsDraftedAgainThenPublished() {
    ProposedWriteUp proposed = propose(fixtures.publishedCase(OFFICER).sourceNo());
    ProcessInstance pi = instance(proposed);
    complete(task(pi), cleanDraft());
    assertThatThrownBy(() -> taskService.complete(task(pi).getId(),
        Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.RETURN.name())))
        .hasRootCauseInstanceOf(InvalidInputException.class);
    complete(task(pi), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.RETURN.name(),
        Var.APPROVAL_NOTE.name(), "典型意义写得不够具体"));
    assertThat(pi).isWaitingAt(Element.DRAFT);
    Assertions.assertThat(row(proposed).getStatus()).isEqualTo(TypicalCaseStatus.RETURNED);
    Assertions.assertThat(row(proposed).getApprovalNote()).isEqualTo("典型意义写得不够具体");

    complete(task(pi), cleanDraft());
    complete(task(pi), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.APPROVE.name()));
    assertThat(pi).isEnded().hasPassed(Element.END_PUBLISHED);
  }

  @Test
  void rejectedWriteUpEndsAndTheCaseMayBeProposedAgain() {
    Source source = fixtures.publishedCase(OFFICER);
    ProposedWriteUp proposed = propose(source.sourceNo());
    ProcessInstance pi = instance(proposed);
    // while it is open, the same case cannot be proposed twice
    assertThatThrownBy(() -> propose(source.sourceNo())).isInstanceOf(InvalidInputException.class);
    complete(task(pi), cleanDraft());
    complete(task(pi), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.REJECT.name(),
        Var.APPROVAL_NOTE.name(), "案情不具典型性"));
    assertThat(pi).isEnded().hasPassed(Element.END_REJECTED).hasNotPassed(Element.PUBLISH);
    Assertions.assertThat(row(proposed).getStatus()).isEqualTo(TypicalCaseStatus.REJECTED);
    Assertions.assertThat(row(proposed).getPublicationId()).isNull();
    Assertions.assertThat(instance(propose(source.sourceNo()))).isNotNull();
  }

  @Test
  void personalDataKnownOnlyAfterTheCheckIsFoundAtPublicationAndGoesBackToDrafting() {
    Source source = fixtures.acceptedTransfer(OFFICER);
    ProposedWriteUp proposed = propose(source.sourceNo());
    ProcessInstance pi = instance(proposed);
    Map<String, Object> draft = cleanDraft();
    draft.put(Var.FACTS.name(), "当事人曾以「上海新起点贸易商行」名义在直播间销售假冒商品，违法经营额逾50万元。");
    draft.put(Var.TITLE.name(), "上海某公司销售假冒商品涉嫌犯罪案（" + source.transferId() + "）");
    complete(task(pi), draft);
    assertThat(pi).isWaitingAt(Element.APPROVE);
    // meanwhile an officer corrects the register: that was the party's former name
    long subjectId = jdbc.queryForObject("SELECT subject_id FROM criminal_transfer WHERE id = ?", Long.class,
        source.transferId());
    jdbc.update("INSERT INTO subject_name_history (subject_id, name, source, recorded_at) VALUES (?, ?, 'CORRECTION',"
        + " CURRENT_TIMESTAMP)", subjectId, "上海新起点贸易商行");

    complete(task(pi), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.APPROVE.name()));
    assertThat(pi).hasPassed(Element.PERSONAL_DATA_AT_PUBLICATION).isWaitingAt(Element.DRAFT);
    TypicalCase found = row(proposed);
    Assertions.assertThat(found.getStatus()).isEqualTo(TypicalCaseStatus.CHECK_FAILED);
    Assertions.assertThat(found.getPublicationId()).isNull();
    Assertions.assertThat(found.getScrubFindings()).contains("FORMER_NAME").doesNotContain("新起点");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM typical_case_publication WHERE title = ?",
        Long.class, found.getTitle())).isZero();

    complete(task(pi), cleanDraft());
    complete(task(pi), Map.of(Var.WRITE_UP_DECISION.name(), WriteUpDecision.APPROVE.name()));
    assertThat(pi).isEnded().hasPassed(Element.END_PUBLISHED);
    Assertions.assertThat(row(proposed).getCriminalTransferId()).isEqualTo(source.transferId());
  }

  @Test
  void tasklistStartFormRegistersTheWriteUpInsideTheInstance() {
    Source source = fixtures.publishedCase(OFFICER);
    identityService.setAuthentication(OFFICER, List.of(UNIT));
    ProcessInstance pi;
    try {
      pi = runtimeService.startProcessInstanceByKey(TypicalCaseProcess.PROCESS_KEY,
          Map.of(Var.SOURCE_NO.name(), source.sourceNo()));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(pi).isWaitingAt(Element.DRAFT);
    String writeUpNo = (String) runtimeService.getVariable(pi.getId(), Var.WRITE_UP_NO.name());
    Assertions.assertThat(writeUpNo).startsWith("DX-");
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.SOURCE_NO.name())).isNull();
    TypicalCase writeUp = writeUps.findByNo(writeUpNo).orElseThrow();
    Assertions.assertThat(writeUp.getProcessInstanceId()).isEqualTo(pi.getId());
    Assertions.assertThat(writeUp.getProposedBy()).isEqualTo(OFFICER);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(writeUpNo);
  }

  @Test
  void onlyAPublishedCaseOrAnAcceptedTransferOfTheProposersUnitMayBeProposed() {
    assertThatThrownBy(() -> propose(fixtures.unpublishedCase(OFFICER).sourceNo()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sourceNo");
    assertThatThrownBy(() -> propose(fixtures.pendingTransfer(OFFICER).sourceNo()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> propose("沪宝山市监立〔1999〕1号")).isInstanceOf(NotFoundException.class);
    String baoshanCase = fixtures.publishedCase(OFFICER).sourceNo();
    // another district cannot see it: 404 as if it did not exist
    identityService.setAuthentication("typical-officer-pudong", List.of("district-310115"));
    try {
      assertThatThrownBy(() -> intake.propose(new ProposalRequest(baoshanCase), "typical-officer-pudong"))
          .isInstanceOf(NotFoundException.class);
    } finally {
      identityService.clearAuthentication();
    }
    // the supervisors read it but do not propose
    identityService.setAuthentication("typical-supervisor", List.of("supervisors"));
    try {
      assertThatThrownBy(() -> intake.propose(new ProposalRequest(baoshanCase), "typical-supervisor"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- helpers

  ProposedWriteUp propose(String sourceNo) {
    identityService.setAuthentication(OFFICER, List.of(UNIT));
    try {
      return intake.propose(new ProposalRequest(sourceNo), OFFICER);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance instance(ProposedWriteUp proposed) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(proposed.processInstanceId()).singleResult();
  }

  Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  void complete(Task task, Map<String, Object> variables) {
    taskService.complete(task.getId(), variables);
  }

  TypicalCase row(ProposedWriteUp proposed) {
    return writeUps.findById(proposed.writeUpId()).orElseThrow();
  }

  List<String> steps(TypicalCase writeUp) {
    return events.of(GovernanceRecordKind.TYPICAL_CASE, writeUp.getId()).stream().map(RecordEvent::getStep).toList();
  }

  static Map<String, Object> cleanDraft() {
    return TypicalCaseFixtures.cleanDraft();
  }
}
