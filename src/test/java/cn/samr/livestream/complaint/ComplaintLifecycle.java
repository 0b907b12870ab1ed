package cn.samr.livestream.complaint;

import cn.samr.livestream.complaint.ComplaintProcess.Element;
import cn.samr.livestream.complaint.ComplaintProcess.Var;
import cn.samr.livestream.shared.Times;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A registered refund complaint worked to its end, for benchmarks and tests: accepted, verified with a refund owed
 * by the merchant, paid, closed. Each step either through the Java API without authentication, or as an officer
 * works it in Tasklist: claimed, then completed, signed in as him.
 */
public final class ComplaintLifecycle {

  public static final int AMOUNT = 299;
  /** A value of the closing form's replyMethod options. */
  public static final String REPLY_BY_PHONE = "PHONE";

  /** A signed-in user and the group he works for. */
  public record Officer(String userId, String groupId) {
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ComplaintLifecycle(TaskService taskService, RuntimeService runtimeService, IdentityService identityService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Works the complaint's every step to its close; {@code officer} null: without authentication, no claims. */
  public void closeWithRefund(String complaintInstanceId, Officer officer) {
    String today = LocalDate.now(Times.engineClock()).toString();
    work(task(complaintInstanceId, Element.ACCEPT_COMPLAINT), officer,
        Map.of(Var.ACCEPTANCE_DECISION.name(), AcceptanceDecision.ACCEPT.name()));
    work(task(complaintInstanceId, Element.VERIFY_COMPLAINT), officer, refundOwedByMerchant());
    work(task(remedyInstance(complaintInstanceId), RemedyProcess.Element.CONFIRM_FULFILMENT), officer,
        fulfilled(today));
    work(task(complaintInstanceId, Element.CLOSE_COMPLAINT), officer, Map.of(Var.REPLIED_ON.name(), today,
        Var.REPLY_METHOD.name(), REPLY_BY_PHONE, Var.REPLY_SUMMARY.name(), "已电话告知投诉人处理结果"));
  }

  private void work(Task task, Officer officer, Map<String, Object> variables) {
    if (officer == null) {
      taskService.complete(task.getId(), variables);
      return;
    }
    as(officer, () -> {
      taskService.claim(task.getId(), officer.userId());
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

  /** The one remedy-enforcement instance the complaint called. */
  public String remedyInstance(String complaintInstanceId) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(complaintInstanceId)
        .processDefinitionKey(RemedyProcess.PROCESS_KEY).singleResult().getId();
  }

  /** The single open task of this definition key in this process instance. */
  public Task task(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("no task " + taskKey + " in process instance " + processInstanceId);
    }
    return task;
  }

  /** Runs the call signed in as the officer. */
  public <T> T as(Officer officer, Callable<T> call) {
    identityService.setAuthentication(officer.userId(), List.of(officer.groupId()));
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identityService.clearAuthentication();
    }
  }

  public static Map<String, Object> refundOwedByMerchant() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.SUBSTANTIATED.name(), true);
    variables.put(Var.FACTS.name(), "经调取直播回放及订单，宣传与实物不符属实");
    variables.put(Var.REMEDY_REFUND.name(), true);
    variables.put(Var.AMOUNT_OWED.name(), AMOUNT);
    variables.put(Var.OWED_BY_MERCHANT.name(), true);
    variables.put(Var.REMEDY_WORKING_DAYS.name(), 10);
    variables.put(Var.VIOLATION_CLUE_FOUND.name(), false);
    return variables;
  }

  public static Map<String, Object> fulfilled(String today) {
    return Map.of(RemedyProcess.Var.FULFILMENT_OUTCOME.name(), FulfilmentOutcome.FULFILLED.name(),
        RemedyProcess.Var.FULFILLED_AMOUNT.name(), AMOUNT,
        RemedyProcess.Var.FULFILLED_ON.name(), today);
  }
}
