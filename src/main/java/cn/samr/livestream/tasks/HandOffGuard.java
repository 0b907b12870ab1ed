package cn.samr.livestream.tasks;

import cn.samr.livestream.engine.ParseListeners;
import cn.samr.livestream.security.CommentAttachmentGuard;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.Times;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The hand-off rules ({@link HandOffRules}) enforced inside the engine, however the change arrives: our
 * /api/tasks, Tasklist's assignee field (/camunda/api/engine/…/task/{id}/assignee), /engine-rest/task/{id}/assignee
 * and /delegate, a task update (PUT /task/{id}) or the Java {@code TaskService}.
 *
 * <p>Mechanism: a built-in task listener for the {@code assignment} event on every user task, added by a BPMN parse
 * listener (as {@code engine.TaskListColumns}; built in, so an administrator's "skip custom listeners" does not skip
 * it). The engine fires that event whenever a task's assignee changes, in the command that changes it, whichever
 * command that is (AssignTaskCmd, DelegateTaskCmd, ResolveTaskCmd, SaveTaskCmd …): a guard on the listener cannot be
 * bypassed by a command it does not know, where a command interceptor would have to list them. A refusal throws, the
 * engine rolls the command back (fail closed); a 403 refusal is remembered for the web filter
 * ({@link CommentAttachmentGuard#refusal}), a 400 is an {@link InvalidInputException} (security.EngineInputErrorFilter).
 *
 * <p>Not hand-offs, left as they were: the assignee a task gets when it is created; a claim (an unassigned task
 * taken by the caller himself, or given its first assignee by the application's own code without a user); giving a
 * task up (assignee removed); a delegate resolving the task back to its owner (recorded as RESOLVE). Everything
 * else is a transfer or a delegation: who does it must be the assignee or a head of the task's unit (a user; none:
 * the application's own code), and the new assignee a member of one of the task's candidate groups. Each hand-off
 * writes a task_hand_off row in the same transaction, via API with the reason when {@link HandOffService} made it,
 * otherwise via TASKLIST without a reason.
 */
@Component
public class HandOffGuard extends AbstractProcessEnginePlugin implements TaskListener {

  /** What {@link HandOffService} is doing on this thread: the row then records via API, its reason and kind. */
  static final class Pending {
    final String reason;
    Long handOffId;

    Pending(String reason) {
      this.reason = reason;
    }
  }

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final HandOffRules rules;
  private final ObjectProvider<TaskHandOffMapper> mapper;
  private final ObjectProvider<HandOffNotices> notices;

  public HandOffGuard(HandOffRules rules, ObjectProvider<TaskHandOffMapper> mapper,
      ObjectProvider<HandOffNotices> notices) {
    this.rules = rules;
    this.mapper = mapper;
    this.notices = notices;
  }

  static void begin(Pending pending) {
    PENDING.set(pending);
  }

  static void end() {
    PENDING.remove();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.onEveryUserTask(configuration,
        definition -> definition.addBuiltInTaskListener(EVENTNAME_ASSIGNMENT, HandOffGuard.this));
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    CommandContext context = Context.getCommandContext();
    if (!(delegateTask instanceof TaskEntity task) || context == null
        || context.getDbEntityManager().getDbEntityCache().isTransient(task)) {
      return; // the assignee a task is created with
    }
    String assignee = task.getAssignee();
    PropertyChange assigneeChange = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
    String previous = assigneeChange == null ? null : (String) assigneeChange.getOrgValue();
    if (assignee == null || Objects.equals(assignee, previous)) {
      return; // given up, or nothing changed
    }
    Authentication authentication = context.getAuthentication();
    String caller = authentication == null ? null : authentication.getUserId();
    boolean delegation = task.getDelegationState() == DelegationState.PENDING
        && task.getPropertyChanges().containsKey(TaskEntity.DELEGATION);
    if (task.getDelegationState() == DelegationState.RESOLVED && assignee.equals(task.getOwner())) {
      record(task, HandOff.Kind.RESOLVE, previous, assignee, caller);
      return;
    }
    if (previous == null && !delegation && (caller == null || caller.equals(assignee))) {
      return; // a claim
    }
    Set<String> candidates = candidateGroups(task);
    Collection<String> callerGroups = authentication == null || authentication.getGroupIds() == null ? List.of()
        : authentication.getGroupIds();
    HandOffRules.Verdict who = rules.who(caller, callerGroups, previous, candidates, delegation);
    if (!who.ok()) {
      throw CommentAttachmentGuard.refusal(who.message());
    }
    HandOffRules.Verdict target = rules.target(assignee, candidates, user -> groupsOf(context, user));
    if (!target.ok()) {
      throw InvalidInputException.of("assignee", chinese(target.message()), english(target.message()));
    }
    record(task, delegation ? HandOff.Kind.DELEGATE : HandOff.Kind.TRANSFER, previous, assignee, caller);
  }

  private void record(TaskEntity task, HandOff.Kind kind, String from, String to, String by) {
    Pending pending = PENDING.get();
    ExecutionEntity execution = task.getExecution();
    HandOff handOff = new HandOff(null, kind, task.getId(), truncate(task.getName(), 200), task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), execution == null ? null : execution.getRootProcessInstanceId(),
        execution == null ? null : execution.getProcessBusinessKey(), from, to, by, null,
        pending == null ? null : pending.reason, pending == null ? HandOff.Via.TASKLIST : HandOff.Via.API,
        Times.toLocal(ClockUtil.getCurrentTime()));
    TaskHandOffMapper.Row row = new TaskHandOffMapper.Row(handOff);
    mapper.getObject().insert(row);
    if (pending != null) {
      pending.handOffId = row.id;
    }
    notices.getObject().handedOver(kind, row.id, task.getId(), task.getName(), handOff.businessKey(),
        by == null ? "系统" : by, to);
  }

  static Set<String> candidateGroups(TaskEntity task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** The user's groups, read as the system (the caller need not read other users' memberships). */
  private static Collection<String> groupsOf(CommandContext context, String userId) {
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
        .groupMember(userId).list().stream().map(Group::getId).toList());
  }

  static String chinese(String message) {
    int slash = message.lastIndexOf(" / ");
    return slash < 0 ? message : message.substring(0, slash);
  }

  static String english(String message) {
    int slash = message.lastIndexOf(" / ");
    return slash < 0 ? message : message.substring(slash + 3);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
