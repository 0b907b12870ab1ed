package cn.samr.livestream.enforcement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Var;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transfer's copies of engine deadlines (TransferDeadlineSync). Its 3 days are calendar days today
 * ({@code workCalendar.addDays}), which a calendar change never moves; once their last day moves to a working day
 * (期间 rule), the recomputation moves the task or timer and announces it, and the transfer's record follows. Until
 * then the announcement is made here as the recomputation makes it: inside a transaction, naming the task or timer.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferDeadlineSyncTest {

  static final String UNIT = "district-310113";
  static final LocalDateTime MONDAY = LocalDateTime.of(2027, 2, 1, 10, 0);
  static final AtomicInteger CLUES = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CriminalTransferMapper transfers;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  CriminalTransferDriver driver;

  @BeforeAll
  void officers(TestUsers users) {
    driver = new CriminalTransferDriver(engine, users.create("transfer-sync-officer-1", UNIT),
        users.create("transfer-sync-officer-2", UNIT));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theApprovalAndThePoliceDecisionDeadlinesFollowTheEngine() {
    ClockUtil.setCurrentTime(Date.from(MONDAY.atZone(Times.ZONE).toInstant()));
    ProcessInstance pi = start();

    driver.until(pi, Element.APPROVE_TRANSFER);
    Job approvalTimer = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.APPROVAL_OVERDUE_TIMER).singleResult();
    // reported Mon 1 February: 3 calendar days, Thu 4 February
    assertThat(transfer(pi).getApprovalDue()).isEqualTo(LocalDate.of(2027, 2, 4).atTime(23, 59, 59));
    moved(pi, Element.APPROVAL_OVERDUE_TIMER, Deadline.TargetKind.TIMER, approvalTimer.getId(),
        approvalTimer.getDuedate(), LocalDate.of(2027, 2, 15));
    assertThat(transfer(pi).getApprovalDue()).isEqualTo(LocalDate.of(2027, 2, 15).atTime(23, 59, 59));

    Task police = driver.until(pi, Element.RECORD_POLICE_DECISION);
    assertThat(transfer(pi).getPoliceDecisionDue()).isEqualTo(LocalDate.of(2027, 2, 4).atTime(23, 59, 59));
    moved(pi, Element.RECORD_POLICE_DECISION, Deadline.TargetKind.TASK, police.getId(), police.getDueDate(),
        LocalDate.of(2027, 2, 15));
    assertThat(transfer(pi).getPoliceDecisionDue()).isEqualTo(LocalDate.of(2027, 2, 15).atTime(23, 59, 59));
    assertThat(transfer(pi).getApprovalDue()).as("the approval's, unchanged")
        .isEqualTo(LocalDate.of(2027, 2, 15).atTime(23, 59, 59));
  }

  private void moved(ProcessInstance pi, String activityId, Deadline.TargetKind kind, String targetId, Date oldDue,
      LocalDate newDay) {
    Date newDue = Date.from(newDay.atTime(LocalTime.of(23, 59, 59)).atZone(Times.ZONE).toInstant());
    new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
        new DeadlineMoved(pi.getId(), activityId, kind, targetId, oldDue, newDue)));
  }

  private ProcessInstance start() {
    String clueNo = "XS-20270201-9" + String.format("%04d", CLUES.incrementAndGet());
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at)"
        + " VALUES (?, 'MONITORING', ?, 'INTELLECTUAL_PROPERTY', ?, 'VERIFYING', ?)", clueNo, MONDAY.minusDays(20),
        "某公司在直播间销售假冒LV箱包，违法经营额逾50万元", MONDAY.minusDays(20));
    Long clueId = jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
    Map<String, Object> in = new HashMap<>();
    in.put(Var.CLUE_ID.name(), clueId);
    in.put(Var.CLUE_NO.name(), clueNo);
    in.put(Var.CASE_ID.name(), null);
    in.put(Var.SUBJECT_ID.name(), null);
    in.put(Var.HANDLING_UNIT.name(), UNIT);
    in.put(Var.HANDLING_UNIT_HEAD.name(), UNIT + "-head");
    in.put(Var.HANDLING_UNIT_NAME.name(), "宝山区市场监督管理局");
    return runtimeService.startProcessInstanceByKey(TransferProcess.PROCESS_KEY, clueNo, in);
  }

  private CriminalTransfer transfer(ProcessInstance pi) {
    return transfers.findByProcessInstance(pi.getId()).orElseThrow();
  }
}
