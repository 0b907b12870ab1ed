package cn.samr.livestream.governance.transfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Element;
import cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of department-transfer (部门移送): approved and forwarded by the coordination group; requested by the
 * group itself and sent directly; refused by the head; returned by the group; the receipt reminder timer; the
 * feedback reminder and overdue timers with their due dates across National Day 2026, feedback recorded after the
 * deadline; the start form's and the tasks' rules; form fields kept out of the engine's tables.
 */
@ProcessTest(covers = DepartmentTransferProcess.PROCESS_KEY)
class DepartmentTransferProcessTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired DepartmentTransferMapper transfers;
  @Autowired GovernanceEvents events;
  @Autowired EnforcementRecords records;
  @Autowired SubjectRegistry subjects;
  @Autowired JdbcTemplate jdbc;

  long platform;

  @BeforeEach
  void setUp() {
    init(engine);
    at(MONDAY);
    platform = subjects.resolve(SubjectType.PLATFORM, "移送测试直播平台有限公司",
        ComplaintFixtures.uniqueCreditCode("310113"), null, null, "310113").getId();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- the paths

  @Test
  void aDistrictsTransferIsApprovedForwardedByTheGroupReceivedAndAnswered() {
    ProcessInstance pi = request(requestForm());

    DepartmentTransfer requested = transfer(pi);
    assertThat(pi).isWaitingAt(Element.APPROVE).hasBusinessKey(requested.getTransferNo());
    Assertions.assertThat(requested.getTransferNo()).matches("BM-20260302-\\d{5}");
    Assertions.assertThat(requested.getSenderUnit()).isEqualTo(BAOSHAN);
    Assertions.assertThat(requested.getDepartment()).isEqualTo(Department.CYBERSPACE);
    Assertions.assertThat(requested.getStatus()).isEqualTo(DepartmentTransferStatus.AWAITING_APPROVAL);
    Assertions.assertThat(requested.getFeedbackWorkingDays()).isEqualTo(15);
    Assertions.assertThat(requested.isViaCoordination()).isTrue();
    Assertions.assertThat(requested.getFacts()).startsWith("某直播间");
    Assertions.assertThat(transfers.findSubjectIds(requested.getId())).containsExactly(platform);
    Task approval = task(Element.APPROVE, pi);
    assertThat(approval).hasCandidateGroup(BAOSHAN_HEAD);
    Assertions.assertThat(taskService.getVariablesLocal(approval.getId()))
        .containsEntry(TaskListColumns.NUMBER, requested.getTransferNo())
        .containsEntry(TaskListColumns.SUBJECT, "移送测试直播平台有限公司")
        .containsEntry(TaskListColumns.UNIT, "宝山区市场监督管理局");
    // the district reads its instance from the start, another district does not
    Assertions.assertThat(authorizationService.isUserAuthorized("any-baoshan", List.of(BAOSHAN),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isTrue();
    Assertions.assertThat(authorizationService.isUserAuthorized("any-pudong", List.of("district-310115"),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();

    complete(approval, withVariables(Var.TRANSFER_APPROVED.name(), true, Var.APPROVAL_NOTE.name(), "同意"));
    Task forward = task(Element.FORWARD, pi);
    assertThat(forward).hasCandidateGroup(DepartmentTransferProcess.GROUP);
    Assertions.assertThat(transfer(pi).getStatus()).isEqualTo(DepartmentTransferStatus.AWAITING_FORWARD);

    complete(forward, withVariables(Var.FORWARDED.name(), true));
    DepartmentTransfer sent = transfer(pi);
    Assertions.assertThat(sent.getStatus()).isEqualTo(DepartmentTransferStatus.SENT);
    Assertions.assertThat(sent.getIssuingUnit()).isEqualTo(DepartmentTransferProcess.GROUP);
    Assertions.assertThat(sent.getSentAt()).isEqualTo(MONDAY);
    // 5 working days after Mon 2 March: Mon 9 March; 15: Mon 23 March
    Assertions.assertThat(sent.getReceiptDue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));
    Assertions.assertThat(sent.getFeedbackDue()).isEqualTo(LocalDateTime.of(2026, 3, 23, 23, 59, 59));
    EnforcementAction letter = records.byId(sent.getActionId()).orElseThrow();
    Assertions.assertThat(letter.getActionType()).isEqualTo(ActionType.DEPARTMENT_TRANSFER);
    Assertions.assertThat(letter.getDocumentNo()).contains("移函〔2026〕").endsWith("号");
    Assertions.assertThat(letter.getUnit()).isEqualTo(DepartmentTransferProcess.GROUP);
    Assertions.assertThat(letter.getSubjectId()).isEqualTo(platform);
    Assertions.assertThat(records.ofSubject(platform)).extracting(EnforcementAction::getId).contains(letter.getId());

    Task receipt = task(Element.RECORD_RECEIPT, pi);
    assertThat(receipt).hasCandidateGroup(BAOSHAN);
    assertDue(receipt, LocalDate.of(2026, 3, 9));
    at(MONDAY.plusDays(2));
    complete(receipt, withVariables(Var.RECEIVED_ON.name(), "2026-03-03", Var.RECEIVER.name(), "市网信办执法处"));
    Assertions.assertThat(transfer(pi).getReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    Assertions.assertThat(transfer(pi).getStatus()).isEqualTo(DepartmentTransferStatus.RECEIVED);

    Task feedback = task(Element.RECORD_FEEDBACK, pi);
    assertThat(feedback).hasCandidateGroup(BAOSHAN);
    assertDue(feedback, LocalDate.of(2026, 3, 23));
    complete(feedback, withVariables(Var.OUTCOME.name(), "ACCEPTED", Var.FEEDBACK.name(), "已约谈平台，督促整改"));

    assertThat(pi).isEnded().hasPassed(Element.FORWARD, Element.ISSUE_LETTER, Element.CLOSE, Element.END_CLOSED)
        .hasNotPassed(Element.SEND_RECEIPT_REMINDER, Element.SEND_FEEDBACK_REMINDER, Element.MARK_FEEDBACK_OVERDUE);
    DepartmentTransfer closed = transfer(pi);
    Assertions.assertThat(closed.getStatus()).isEqualTo(DepartmentTransferStatus.CLOSED);
    Assertions.assertThat(closed.getOutcome()).isEqualTo(TransferFeedbackOutcome.ACCEPTED);
    Assertions.assertThat(closed.getFeedback()).isEqualTo("已约谈平台，督促整改");
    Assertions.assertThat(closed.isOverdue()).isFalse();
    Assertions.assertThat(records.byId(closed.getActionId()).orElseThrow().getOutcome()).isEqualTo("ACCEPTED");
    Assertions.assertThat(steps(pi)).containsExactly("REQUESTED", "APPROVAL", "FORWARD", "LETTER_ISSUED",
        "RECEIVED", "FEEDBACK", "CLOSED");
  }

  @Test
  void theCoordinationGroupsOwnTransferGoesOutDirectlyUnderItsName() {
    Map<String, Object> form = requestForm();
    form.put(Var.SENDER.name(), DepartmentTransferProcess.GROUP);
    form.put(Var.DEPARTMENT.name(), "MARKET_REGULATION_ELSEWHERE");
    form.put(Var.RECIPIENT_NAME.name(), "浙江省杭州市市场监督管理局");
    ProcessInstance pi = request(form);

    Assertions.assertThat(transfer(pi).isViaCoordination()).isFalse();
    assertThat(task(Element.APPROVE, pi)).hasCandidateGroup("coordination-group-head");
    complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), true));

    assertThat(pi).isWaitingAt(Element.RECORD_RECEIPT).hasNotPassed(Element.FORWARD);
    DepartmentTransfer sent = transfer(pi);
    Assertions.assertThat(sent.getIssuingUnit()).isEqualTo(DepartmentTransferProcess.GROUP);
    Assertions.assertThat(sent.getForwardedBy()).isNull();
    assertThat(task(Element.RECORD_RECEIPT, pi)).hasCandidateGroup(DepartmentTransferProcess.GROUP);
    Assertions.assertThat(events.of(GovernanceRecordKind.TRANSFER, sent.getId()))
        .filteredOn(e -> e.getStep().equals("LETTER_ISSUED")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.getDetail()).contains("浙江省杭州市市场监督管理局"));
  }

  @Test
  void theHeadRefusesWithAReason() {
    ProcessInstance pi = request(requestForm());
    rejected(() -> complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), false)),
        Var.APPROVAL_NOTE.name());
    rejected(() -> complete(task(Element.APPROVE, pi), withVariables(Var.APPROVAL_NOTE.name(), "未选")),
        Var.TRANSFER_APPROVED.name());

    complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), false,
        Var.APPROVAL_NOTE.name(), "属本局职责，应立案调查"));

    assertThat(pi).isEnded().hasPassed(Element.END_REFUSED).hasNotPassed(Element.ISSUE_LETTER);
    DepartmentTransfer refused = transfer(pi);
    Assertions.assertThat(refused.getStatus()).isEqualTo(DepartmentTransferStatus.REFUSED);
    Assertions.assertThat(refused.getApprovalNote()).isEqualTo("属本局职责，应立案调查");
    Assertions.assertThat(refused.getActionId()).isNull();
    Assertions.assertThat(refused.getClosedAt()).isNotNull();
    Assertions.assertThat(steps(pi)).containsExactly("REQUESTED", "APPROVAL");
  }

  @Test
  void theGroupReturnsTheTransferToTheDistrict() {
    ProcessInstance pi = request(requestForm());
    complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), true));
    rejected(() -> complete(task(Element.FORWARD, pi), withVariables(Var.FORWARDED.name(), false)),
        Var.FORWARD_NOTE.name());

    complete(task(Element.FORWARD, pi), withVariables(Var.FORWARDED.name(), false,
        Var.FORWARD_NOTE.name(), "移送材料不全，请补充直播回放截图"));

    assertThat(pi).isEnded().hasPassed(Element.END_RETURNED_BY_GROUP).hasNotPassed(Element.ISSUE_LETTER);
    DepartmentTransfer returned = transfer(pi);
    Assertions.assertThat(returned.getStatus()).isEqualTo(DepartmentTransferStatus.RETURNED_BY_GROUP);
    Assertions.assertThat(returned.getForwardNote()).contains("材料不全");
    Assertions.assertThat(steps(pi)).containsExactly("REQUESTED", "APPROVAL", "FORWARD");
  }

  // ---------------------------------------------------------------- timers

  @Test
  void anUnrecordedReceiptIsRemindedAtItsTargetDay() {
    ProcessInstance pi = sent(requestForm());
    Assertions.assertThat(Times.toLocal(job(Element.RECEIPT_REMINDER_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 59, 59));

    at(LocalDateTime.of(2026, 3, 10, 9, 0));
    execute(job(Element.RECEIPT_REMINDER_TIMER, pi));

    assertThat(pi).isWaitingAt(Element.RECORD_RECEIPT).hasPassed(Element.SEND_RECEIPT_REMINDER,
        Element.END_RECEIPT_REMINDED);
    Assertions.assertThat(task(Element.RECORD_RECEIPT, pi).getPriority()).isEqualTo(80);
    Assertions.assertThat(transfer(pi).getReceiptRemindedAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    Assertions.assertThat(steps(pi)).endsWith("RECEIPT_REMINDER");
    // a receipt before the letter or in the future is refused
    rejected(() -> complete(task(Element.RECORD_RECEIPT, pi), withVariables(Var.RECEIVED_ON.name(), "2026-03-01",
        Var.RECEIVER.name(), "网信办")), Var.RECEIVED_ON.name());
    rejected(() -> complete(task(Element.RECORD_RECEIPT, pi), withVariables(Var.RECEIVED_ON.name(), "2026-03-11",
        Var.RECEIVER.name(), " ")), Var.RECEIVED_ON.name(), Var.RECEIVER.name());
    complete(task(Element.RECORD_RECEIPT, pi), withVariables(Var.RECEIVED_ON.name(), "2026-03-10",
        Var.RECEIVER.name(), "网信办"));
    assertThat(pi).isWaitingAt(Element.RECORD_FEEDBACK);
  }

  /**
   * National Day 2026 (the State Council's arrangement in the seeded calendar): 1–7 October off, Saturday 10 October
   * worked. Sent Monday 28 September: 5 working days 29, 30 Sep, 8, 9, 10 Oct; 13 and 15 working days 21 and 23 Oct.
   */
  @Test
  void theFeedbackIsRemindedAndMarkedOverdueAcrossNationalDayAndRecordedLate() {
    at(LocalDateTime.of(2026, 9, 28, 10, 0));
    ProcessInstance pi = sent(requestForm());
    DepartmentTransfer sent = transfer(pi);
    Assertions.assertThat(sent.getReceiptDue()).isEqualTo(LocalDateTime.of(2026, 10, 10, 23, 59, 59));
    Assertions.assertThat(sent.getFeedbackDue()).isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59, 59));
    assertDue(task(Element.RECORD_RECEIPT, pi), LocalDate.of(2026, 10, 10));
    at(LocalDateTime.of(2026, 10, 8, 9, 0));
    complete(task(Element.RECORD_RECEIPT, pi), withVariables(Var.RECEIVED_ON.name(), "2026-09-29",
        Var.RECEIVER.name(), "药品监管部门办公室"));

    assertDue(task(Element.RECORD_FEEDBACK, pi), LocalDate.of(2026, 10, 23));
    Assertions.assertThat(Times.toLocal(job(Element.FEEDBACK_REMINDER_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 10, 21, 23, 59, 59));
    Assertions.assertThat(Times.toLocal(job(Element.FEEDBACK_OVERDUE_TIMER, pi).getDuedate()))
        .isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59, 59));

    at(LocalDateTime.of(2026, 10, 22, 9, 0));
    execute(job(Element.FEEDBACK_REMINDER_TIMER, pi));
    Assertions.assertThat(task(Element.RECORD_FEEDBACK, pi).getPriority()).isEqualTo(80);
    Assertions.assertThat(transfer(pi).getRemindedAt()).isNotNull();

    at(LocalDateTime.of(2026, 10, 26, 9, 0));
    execute(job(Element.FEEDBACK_OVERDUE_TIMER, pi));
    Assertions.assertThat(task(Element.RECORD_FEEDBACK, pi).getPriority()).isEqualTo(100);
    Assertions.assertThat(transfer(pi).isOverdue()).isTrue();
    assertThat(pi).isWaitingAt(Element.RECORD_FEEDBACK).hasPassed(Element.SEND_FEEDBACK_REMINDER,
        Element.MARK_FEEDBACK_OVERDUE, Element.END_FEEDBACK_REMINDED, Element.END_FEEDBACK_OVERDUE_MARKED);

    rejected(() -> complete(task(Element.RECORD_FEEDBACK, pi), withVariables(Var.FEEDBACK.name(), "已处理")),
        Var.OUTCOME.name());
    rejected(() -> complete(task(Element.RECORD_FEEDBACK, pi), withVariables(Var.OUTCOME.name(), "LOST",
        Var.FEEDBACK.name(), "反".repeat(4001))), Var.OUTCOME.name(), Var.FEEDBACK.name());
    complete(task(Element.RECORD_FEEDBACK, pi), withVariables(Var.OUTCOME.name(), "RETURNED",
        Var.FEEDBACK.name(), "不属本部门职责，退回"));

    assertThat(pi).isEnded().hasPassed(Element.END_CLOSED);
    DepartmentTransfer closed = transfer(pi);
    Assertions.assertThat(closed.getOutcome()).isEqualTo(TransferFeedbackOutcome.RETURNED);
    Assertions.assertThat(closed.isOverdue()).isTrue();
    Assertions.assertThat(closed.getStatus()).isEqualTo(DepartmentTransferStatus.CLOSED);
    Assertions.assertThat(events.of(GovernanceRecordKind.TRANSFER, closed.getId()))
        .filteredOn(e -> e.getStep().equals("FEEDBACK")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.getDetail()).startsWith("（逾期）"));
    Assertions.assertThat(steps(pi)).containsExactly("REQUESTED", "APPROVAL", "FORWARD", "LETTER_ISSUED",
        "RECEIVED", "FEEDBACK_REMINDER", "FEEDBACK_OVERDUE", "FEEDBACK", "CLOSED");
  }

  // ---------------------------------------------------------------- the start form's rules

  @Test
  void thePoliceOnlyForMattersNotSuspectedOfACrimeAndAnElsewhereRegulatorByName() {
    Map<String, Object> police = requestForm();
    police.put(Var.DEPARTMENT.name(), "PUBLIC_SECURITY");
    rejected(() -> request(police), Var.NOT_CRIMINAL.name());
    police.put(Var.NOT_CRIMINAL.name(), true);
    Assertions.assertThat(transfer(request(police)).isNotCriminal()).isTrue();

    Map<String, Object> elsewhere = requestForm();
    elsewhere.put(Var.DEPARTMENT.name(), "MARKET_REGULATION_ELSEWHERE");
    rejected(() -> request(elsewhere), Var.RECIPIENT_NAME.name());
  }

  @Test
  void aRequestNeedsItsFieldsAKnownSubjectAndTheUnitsOwnClue() {
    long before = stored();
    Map<String, Object> badChoice = requestForm();
    badChoice.put(Var.DEPARTMENT.name(), "MAGIC");
    rejected(() -> request(badChoice), Var.DEPARTMENT.name());

    Map<String, Object> form = requestForm();
    form.remove(Var.FACTS.name());
    form.remove(Var.REASON.name());
    form.put(Var.SENDER.name(), "district-999999");
    rejected(() -> request(form), Var.FACTS.name(), Var.REASON.name(), "senderUnit");

    Map<String, Object> unknown = requestForm();
    unknown.put(Var.SUBJECT_IDS.name(), platform + "\n99999999\n");
    unknown.put(Var.CLUE_NO.name(), "XS-19990101-00001");
    unknown.put(Var.FEEDBACK_WORKING_DAYS.name(), 2L);
    rejected(() -> request(unknown), "subjectIds[1]", Var.CLUE_NO.name(), Var.FEEDBACK_WORKING_DAYS.name());

    Map<String, Object> garbled = requestForm();
    garbled.put(Var.SUBJECT_IDS.name(), "移送测试直播平台");
    rejected(() -> request(garbled), Var.SUBJECT_IDS.name());
    // nothing of the refused requests is stored
    Assertions.assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anAuthenticatedOfficerRequestsForHisOwnUnitOnly() {
    identityService.setAuthentication("transfer-test-pudong", List.of("district-310115"));
    Map<String, Object> form = requestForm();
    form.remove(Var.SENDER.name());
    ProcessInstance pi = request(form);
    Assertions.assertThat(transfer(pi).getSenderUnit()).isEqualTo("district-310115");
    Assertions.assertThat(transfer(pi).getRequestedBy()).isEqualTo("transfer-test-pudong");

    rejected(() -> request(requestForm()), "senderUnit");
  }

  @Test
  void formFieldsLiveForTheirCommandOnly() {
    EngineVariableRows rows = new EngineVariableRows(jdbc);
    ProcessInstance pi = request(requestForm());
    complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), true,
        Var.APPROVAL_NOTE.name(), "同意"));
    complete(task(Element.FORWARD, pi), withVariables(Var.FORWARDED.name(), true));
    complete(task(Element.RECORD_RECEIPT, pi), withVariables(Var.RECEIVED_ON.name(), "2026-03-02",
        Var.RECEIVER.name(), "网信办"));
    List<String> taken = List.of(Var.FACTS.name(), Var.MATERIALS.name(), Var.BASIS.name(), Var.DEPARTMENT.name(),
        Var.SUBJECT_IDS.name(), Var.TRANSFER_APPROVED.name(), Var.APPROVAL_NOTE.name(), Var.FORWARDED.name(),
        Var.RECEIVED_ON.name(), Var.RECEIVER.name());
    Assertions.assertThat(rows.runtime(pi.getId())).doesNotContainAnyElementsOf(taken)
        .contains(Var.TRANSFER_ID.name(), Var.SENDER_UNIT.name());
    complete(task(Element.RECORD_FEEDBACK, pi), withVariables(Var.OUTCOME.name(), "HANDLED",
        Var.FEEDBACK.name(), "已处理"));
    Assertions.assertThat(rows.history(pi.getId())).doesNotContainAnyElementsOf(taken)
        .doesNotContain(Var.OUTCOME.name(), Var.FEEDBACK.name());
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance sent(Map<String, Object> form) {
    ProcessInstance pi = request(form);
    complete(task(Element.APPROVE, pi), withVariables(Var.TRANSFER_APPROVED.name(), true));
    complete(task(Element.FORWARD, pi), withVariables(Var.FORWARDED.name(), true));
    assertThat(pi).isWaitingAt(Element.RECORD_RECEIPT);
    return pi;
  }

  private void assertDue(Task task, LocalDate day) {
    Assertions.assertThat(Times.toLocal(task.getDueDate())).as(task.getTaskDefinitionKey() + " due")
        .isEqualTo(day.atTime(23, 59, 59));
    Assertions.assertThat(taskService.getVariableLocal(task.getId(), TaskListColumns.DEADLINE))
        .as(task.getTaskDefinitionKey() + " " + TaskListColumns.DEADLINE).asString()
        .startsWith(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
  }

  private ProcessInstance request(Map<String, Object> form) {
    return runtimeService.startProcessInstanceByKey(DepartmentTransferProcess.PROCESS_KEY, form);
  }

  private Map<String, Object> requestForm() {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.DEPARTMENT.name(), "CYBERSPACE");
    form.put(Var.REASON.name(), "OTHER_DEPARTMENT_ACTION");
    form.put(Var.FACTS.name(), "某直播间长期发布违反公序良俗的直播内容并借此带货，涉及网络信息内容管理，需网信部门依职责处理。");
    form.put(Var.MATERIALS.name(), "直播回放截图12张；平台账号信息");
    form.put(Var.BASIS.name(), "《网络直播营销管理办法（试行）》");
    form.put(Var.SUBJECT_IDS.name(), String.valueOf(platform));
    form.put(Var.SENDER.name(), "310113");
    return form;
  }

  private long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM department_transfer", Long.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM governance_event", Long.class);
  }

  private DepartmentTransfer transfer(ProcessInstance pi) {
    return transfers.findByProcessInstance(pi.getId()).orElseThrow();
  }

  private List<String> steps(ProcessInstance pi) {
    return events.of(GovernanceRecordKind.TRANSFER, transfer(pi).getId()).stream().map(RecordEvent::getStep).toList();
  }

  /** Rejected with an InvalidInputException (possibly wrapped by the engine) naming every field. */
  private static void rejected(ThrowingCallable call, String... fields) {
    var failure = assertThatThrownBy(call).satisfies(e -> {
      Throwable cause = e;
      while (cause != null && !(cause instanceof InvalidInputException)) {
        cause = cause.getCause();
      }
      Assertions.assertThat(cause).as("an InvalidInputException in " + e).isNotNull();
    });
    for (String field : fields) {
      failure.hasMessageContaining(field + ":");
    }
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Times.ZONE).toInstant()));
  }
}
