package cn.samr.livestream.enforcement.transfer;

import cn.samr.livestream.enforcement.transfer.TransferProcess.Element;
import cn.samr.livestream.enforcement.transfer.TransferProcess.Var;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a running criminal-transfer (涉嫌犯罪移送) instance to its end through its real tasks, for tests of
 * the processes that call it (clue-verification, case-investigation). It continues from whichever task the
 * instance waits at. The two officers must be distinct users in the instance's handlingUnit group.
 *
 * <pre>{@code
 * CriminalTransferDriver transfer = new CriminalTransferDriver(engine, "officer-a", "officer-b");
 * transfer.toAccepted(transfer.bySuperProcessInstance(casePi.getId()));   // caller gets transferOutcome=ACCEPTED
 * transfer.toReturned(transfer.byBusinessKey(clueNo));                     // head rejects: RETURNED
 * }</pre>
 */
public final class CriminalTransferDriver {

  public static final String POLICE_UNIT = "上海市公安局宝山分局";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final String officer1;
  private final String officer2;

  public CriminalTransferDriver(ProcessEngine engine, String officer1, String officer2) {
    this(engine.getRuntimeService(), engine.getTaskService(), officer1, officer2);
  }

  public CriminalTransferDriver(RuntimeService runtimeService, TaskService taskService, String officer1,
      String officer2) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.officer1 = officer1;
    this.officer2 = officer2;
  }

  /** The running criminal-transfer instance with this business key (the clue number). */
  public ProcessInstance byBusinessKey(String clueNo) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(TransferProcess.PROCESS_KEY)
        .processInstanceBusinessKey(clueNo).active().singleResult();
  }

  /** The running criminal-transfer instance called by this process instance. */
  public ProcessInstance bySuperProcessInstance(String superProcessInstanceId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(TransferProcess.PROCESS_KEY)
        .superProcessInstanceId(superProcessInstanceId).singleResult();
  }

  /** Reported, approved, transferred, and the police accept: transferOutcome = ACCEPTED. */
  public void toAccepted(ProcessInstance transfer) {
    drive(transfer, true, true);
  }

  /** Reported and the head rejects the transfer (or, past approval, the police refuse and it stands): RETURNED. */
  public void toReturned(ProcessInstance transfer) {
    drive(transfer, false, false);
  }

  /** Approved and transferred, the police refuse, no reconsideration: RETURNED after a real transfer. */
  public void toReturnedByPolice(ProcessInstance transfer) {
    drive(transfer, true, false);
  }

  /** Reported, approved and so on until the instance waits at {@code taskKey} (e.g. {@code Element.APPROVE_TRANSFER}). */
  public Task until(ProcessInstance transfer, String taskKey) {
    for (int step = 0; step < 10; step++) {
      Task task = taskService.createTaskQuery().processInstanceId(transfer.getId()).active().singleResult();
      if (task == null) {
        throw new IllegalStateException("criminal-transfer " + transfer.getId() + " ended before " + taskKey);
      }
      if (task.getTaskDefinitionKey().equals(taskKey)) {
        return task;
      }
      taskService.complete(task.getId(), answer(task.getTaskDefinitionKey(), true, true));
    }
    throw new IllegalStateException("criminal-transfer " + transfer.getId() + " did not reach " + taskKey);
  }

  private void drive(ProcessInstance transfer, boolean approve, boolean accept) {
    if (transfer == null) {
      throw new IllegalArgumentException("no running criminal-transfer instance");
    }
    for (int step = 0; step < 10; step++) {
      Task task = taskService.createTaskQuery().processInstanceId(transfer.getId()).active().singleResult();
      if (task == null) {
        return;
      }
      taskService.complete(task.getId(), answer(task.getTaskDefinitionKey(), approve, accept));
    }
    throw new IllegalStateException("criminal-transfer " + transfer.getId() + " did not end");
  }

  private Map<String, Object> answer(String taskKey, boolean approve, boolean accept) {
    Map<String, Object> v = new HashMap<>();
    switch (taskKey) {
      case Element.REPORT_TRANSFER -> {
        v.put(Var.OFFICER1.name(), officer1);
        v.put(Var.OFFICER2.name(), officer2);
        v.put(Var.SUSPECTED_OFFENCE.name(), "销售假冒注册商标的商品罪");
        v.put(Var.REPORT_FACTS.name(), "直播间销售假冒LV箱包，经权利人鉴定为假冒");
        v.put(Var.ILLEGAL_TURNOVER.name(), 520000.0);
      }
      case Element.APPROVE_TRANSFER -> {
        v.put(Var.APPROVAL_DECISION.name(), approve ? TransferProcess.APPROVE : TransferProcess.REJECT);
        v.put(Var.APPROVAL_NOTE.name(), approve ? "同意移送" : "证据不足以认定涉嫌犯罪，继续行政处理");
      }
      case Element.TRANSFER_TO_POLICE -> v.put(Var.POLICE_UNIT.name(), POLICE_UNIT);
      case Element.RECORD_POLICE_DECISION -> {
        v.put(Var.POLICE_DECISION.name(), accept ? "ACCEPTED" : "REFUSED");
        v.put(Var.POLICE_REASON.name(), accept ? null : "未达立案追诉标准");
      }
      case Element.DECIDE_RECONSIDERATION -> {
        v.put(Var.REQUEST_RECONSIDERATION.name(), accept);
        v.put(Var.RECONSIDERATION_NOTE.name(), accept ? "违法经营额已达追诉标准" : "接受不予立案决定，继续行政处理");
      }
      case Element.RECORD_RECONSIDERATION -> {
        v.put(Var.RECONSIDERATION_DECISION.name(), accept ? "ACCEPTED" : "REFUSED");
        v.put(Var.RECONSIDERATION_REASON.name(), accept ? null : "维持原决定");
      }
      default -> throw new IllegalStateException("not a criminal-transfer task: " + taskKey);
    }
    return v;
  }
}
