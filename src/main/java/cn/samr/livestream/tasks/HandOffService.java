package cn.samr.livestream.tasks;

import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Transfer (转办), delegation (委托) and resolution (委托办结) through /api/tasks (docs/handoffs-and-notifications.md
 * §2.1–2.2). Checks the rules first to answer with a clear 400 / 403 / 404, then makes the engine change; the engine
 * guard ({@link HandOffGuard}) checks them again in the command and writes the task_hand_off row (via API, with the
 * reason) in the same transaction.
 */
@Service
public class HandOffService {

  public static final int REASON_MAX = 500;
  static final String TASK_NOT_FOUND_CN = "任务不存在或无权查看";
  static final String TASK_NOT_FOUND_EN = "no such task, or not yours to see";

  /** What a hand-off through the API did. */
  public record Result(String taskId, String assignee, Long handOffId) {
  }

  /** A same-unit colleague the task may go to: id and display name only. */
  public record Colleague(String id, String name) {
  }

  /** What the caller may do with the task, and to whom. */
  public record Options(String taskId, String assignee, String delegationState, List<String> actions,
      List<Colleague> colleagues) {
  }

  /** Another request changed the task at the same time (answered 409). */
  public static class ConcurrentChangeException extends RuntimeException {
    ConcurrentChangeException(Throwable cause) {
      super("任务已被同时修改，请刷新后重试 / The task was changed at the same time: reload and try again", cause);
    }
  }

  private final TaskService taskService;
  private final IdentityService identityService;
  private final CommandExecutor executor;
  private final HandOffRules rules;
  private final TaskHandOffMapper mapper;
  private final CurrentUser currentUser;

  public HandOffService(ProcessEngine engine, HandOffRules rules, TaskHandOffMapper mapper, CurrentUser currentUser) {
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.rules = rules;
    this.mapper = mapper;
    this.currentUser = currentUser;
  }

  /** The task as the caller may see it: with its candidate groups; 404 when it does not exist or he may not. */
  private record Seen(Task task, Set<String> candidates) {
  }

  private Seen seen(String taskId) {
    String caller = currentUser.userId();
    List<String> callerGroups = currentUser.groupIds();
    Seen seen = EngineCalls.asSystem(executor, () -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      return task == null ? null : new Seen(task, HandOffGuard.candidateGroups((TaskEntity) task));
    });
    if (seen == null) {
      throw new NotFoundException(TASK_NOT_FOUND_CN, TASK_NOT_FOUND_EN);
    }
    boolean readable = caller.equals(seen.task().getAssignee()) || caller.equals(seen.task().getOwner())
        || seen.candidates().stream().anyMatch(callerGroups::contains)
        || rules.isHeadOf(callerGroups, seen.candidates())
        || taskService.createTaskQuery().taskId(taskId).count() > 0;
    if (!readable) {
      throw new NotFoundException(TASK_NOT_FOUND_CN, TASK_NOT_FOUND_EN);
    }
    return seen;
  }

  public Result transfer(String taskId, String toUser, String reason) {
    String to = required("toUser", toUser);
    String why = reason(reason, true);
    Seen seen = seen(taskId);
    Task task = seen.task();
    if (to.equals(task.getAssignee())) {
      HandOff last = lastOf(taskId);
      if (last != null && last.kind() == HandOff.Kind.TRANSFER && to.equals(last.toUser())
          && Objects.equals(why, last.reason())) {
        return new Result(taskId, to, last.id()); // the same request again
      }
    }
    check(rules.who(currentUser.userId(), currentUser.groupIds(), task.getAssignee(), seen.candidates(), false));
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw InvalidInputException.of("taskId", "任务已委托，委托办结前不能转办", "the task is delegated: it cannot be "
          + "transferred before the delegate resolves it");
    }
    if (to.equals(task.getAssignee())) {
      throw InvalidInputException.of("toUser", HandOffGuard.chinese(HandOffRules.SAME_USER),
          HandOffGuard.english(HandOffRules.SAME_USER));
    }
    checkTarget(to, seen.candidates());
    return engine(why, () -> taskService.setAssignee(taskId, to), taskId, to);
  }

  public Result delegate(String taskId, String toUser, String reason) {
    String to = required("toUser", toUser);
    String why = reason(reason, false);
    Seen seen = seen(taskId);
    Task task = seen.task();
    String caller = currentUser.userId();
    if (to.equals(task.getAssignee()) && caller.equals(task.getOwner())
        && task.getDelegationState() == DelegationState.PENDING) {
      HandOff last = lastOf(taskId);
      if (last != null && last.kind() == HandOff.Kind.DELEGATE && to.equals(last.toUser())) {
        return new Result(taskId, to, last.id()); // the same request again
      }
    }
    check(rules.who(caller, currentUser.groupIds(), task.getAssignee(), seen.candidates(), true));
    if (to.equals(caller)) {
      throw InvalidInputException.of("toUser", HandOffGuard.chinese(HandOffRules.SAME_USER),
          HandOffGuard.english(HandOffRules.SAME_USER));
    }
    checkTarget(to, seen.candidates());
    return engine(why, () -> taskService.delegateTask(taskId, to), taskId, to);
  }

  public Result resolve(String taskId, Map<String, Object> variables) {
    Seen seen = seen(taskId);
    Task task = seen.task();
    String caller = currentUser.userId();
    if (task.getDelegationState() != DelegationState.PENDING) {
      throw InvalidInputException.of("taskId", "任务未被委托，无需委托办结", "the task is not delegated: nothing to resolve");
    }
    if (!caller.equals(task.getAssignee())) {
      throw new AuthorizationException("只有被委托人才能办结委托 / Only the delegate may resolve the task");
    }
    return engine(null, () -> taskService.resolveTask(taskId, variables), taskId, task.getOwner());
  }

  /** The caller's allowed actions on the task and the colleagues it may go to. */
  public Options options(String taskId) {
    Seen seen = seen(taskId);
    Task task = seen.task();
    String caller = currentUser.userId();
    List<String> actions = new ArrayList<>();
    boolean pending = task.getDelegationState() == DelegationState.PENDING;
    if (!pending && rules.who(caller, currentUser.groupIds(), task.getAssignee(), seen.candidates(), false).ok()
        && (caller.equals(task.getAssignee()) || rules.isHeadOf(currentUser.groupIds(), seen.candidates()))) {
      actions.add("TRANSFER");
    }
    if (!pending && caller.equals(task.getAssignee())) {
      actions.add("DELEGATE");
    }
    if (pending && caller.equals(task.getAssignee())) {
      actions.add("RESOLVE");
    }
    List<Colleague> colleagues = actions.isEmpty() || actions.equals(List.of("RESOLVE")) ? List.of()
        : EngineCalls.asSystem(executor, () -> colleagues(seen.candidates(), task.getAssignee()));
    return new Options(taskId, task.getAssignee(), task.getDelegationState() == null ? null
        : task.getDelegationState().name(), actions, colleagues);
  }

  private List<Colleague> colleagues(Collection<String> candidates, String assignee) {
    Map<String, Colleague> found = new LinkedHashMap<>();
    for (String group : candidates) {
      for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
        if (!user.getId().equals(assignee)) {
          String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).trim();
          found.putIfAbsent(user.getId(), new Colleague(user.getId(), name.isEmpty() ? user.getId() : name));
        }
      }
    }
    return found.values().stream().sorted(Comparator.comparing(Colleague::id)).toList();
  }

  private HandOff lastOf(String taskId) {
    List<HandOff> all = mapper.findByTask(taskId);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private void checkTarget(String to, Set<String> candidates) {
    HandOffRules.Verdict verdict = EngineCalls.asSystem(executor, () -> rules.target(to, candidates,
        user -> identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList()));
    check(verdict);
  }

  private static void check(HandOffRules.Verdict verdict) {
    if (verdict.ok()) {
      return;
    }
    if (verdict.forbidden()) {
      throw new AuthorizationException(verdict.message());
    }
    throw InvalidInputException.of("toUser", HandOffGuard.chinese(verdict.message()),
        HandOffGuard.english(verdict.message()));
  }

  /** The engine change, with the guard told it comes from the API; its refusals unwrapped, a lost race 409. */
  private Result engine(String reason, Runnable change, String taskId, String assignee) {
    HandOffGuard.Pending pending = new HandOffGuard.Pending(reason);
    HandOffGuard.begin(pending);
    try {
      change.run();
    } catch (OptimisticLockingException e) {
      throw new ConcurrentChangeException(e);
    } catch (ProcessEngineException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          throw invalid;
        }
        if (cause instanceof AuthorizationException refused) {
          throw refused;
        }
        if (cause instanceof OptimisticLockingException || isConstraintViolation(cause)) {
          // the other request of a concurrent pair won: its grants or row came first
          throw new ConcurrentChangeException(e);
        }
      }
      throw e;
    } finally {
      HandOffGuard.end();
    }
    if (pending.handOffId == null) {
      // the engine found nothing to change: a concurrent copy of this request committed between our look and our
      // change. The same hand-off answers as a retry does; anything else changed it meanwhile (409).
      HandOff last = lastOf(taskId);
      if (last == null || !assignee.equals(last.toUser()) || !Objects.equals(reason, last.reason())) {
        throw new ConcurrentChangeException(null);
      }
      return new Result(taskId, assignee, last.id());
    }
    return new Result(taskId, assignee, pending.handOffId);
  }

  /** A unique-key violation (SQLSTATE class 23) anywhere in a batch: a concurrent change inserted the same row. */
  private static boolean isConstraintViolation(Throwable cause) {
    if (!(cause instanceof java.sql.SQLException sql)) {
      return false;
    }
    for (java.sql.SQLException next = sql; next != null; next = next.getNextException()) {
      if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "必填", "required");
    }
    return value.trim();
  }

  private static String reason(String reason, boolean required) {
    String text = reason == null ? null : reason.strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        throw InvalidInputException.of("reason", "转办须填写理由（1–500 字）", "a reason is required (1–500 characters)");
      }
      return null;
    }
    if (text.length() > REASON_MAX) {
      throw InvalidInputException.of("reason", "理由不能超过 500 字", "the reason is longer than 500 characters");
    }
    return text;
  }
}
