package cn.samr.livestream.audit;

import cn.samr.livestream.audit.Timeline.ProcessRef;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineChange;
import cn.samr.livestream.calendar.DeadlineLedger;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the engine's history knows about a record's process instances: completed tasks with who
 * completed them, and the user operation log. Read as the system: the caller's right to the record has
 * been checked by the controller, and history rights per process definition would not answer that.
 */
@Component
class EngineHistory {

  /** Camunda's delete reason of a task that was completed (not cancelled by a timer or an end event). */
  static final String COMPLETED = "completed";
  /** Codes of the deadline entries. */
  static final String DEADLINE_PROVISIONAL = "DEADLINE_PROVISIONAL";
  static final String DEADLINE_RECOMPUTED = "DEADLINE_RECOMPUTED";

  private final ProcessEngineConfigurationImpl configuration;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final DeadlineLedger deadlines;
  private final WorkCalendar calendar;

  EngineHistory(ProcessEngine engine, DeadlineLedger deadlines, WorkCalendar calendar) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.historyService = engine.getHistoryService();
    this.identityService = engine.getIdentityService();
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  /** The record's process instances with their entries. */
  record Found(List<ProcessRef> processes, List<TimelineDraft> entries) {
  }

  /**
   * Everything the engine recorded for a record: its own process instance(s) — the given id and any
   * instance of its process with its number as business key — and every instance they called, at any
   * depth (ACT_HI_PROCINST.SUPER_PROCESS_INSTANCE_ID_).
   */
  Found find(String businessKey, String processKey, String processInstanceId) {
    return EngineCalls.asSystem(configuration.getCommandExecutorTxRequired(), () -> {
      List<HistoricProcessInstance> instances = instances(businessKey, processKey, processInstanceId);
      Map<String, String> names = new LinkedHashMap<>();
      instances.forEach(p -> names.put(p.getId(), p.getProcessDefinitionName()));
      List<TimelineDraft> entries = new ArrayList<>(names.isEmpty() ? List.of() : tasksAndOperations(names));
      Map<String, String> keys = new HashMap<>();
      instances.forEach(p -> keys.put(p.getId(), p.getProcessDefinitionKey()));
      entries.addAll(deadlineEntries(keys));
      List<ProcessRef> processes = instances.stream()
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
          .map(p -> new ProcessRef(p.getId(), p.getProcessDefinitionKey(), p.getProcessDefinitionName(),
              p.getSuperProcessInstanceId(), Times.toLocal(p.getStartTime()), Times.toLocal(p.getEndTime()),
              p.getState()))
          .toList();
      return new Found(processes, entries);
    });
  }

  /** Display names of the users that exist among the ids, in Chinese order: 姓 (lastName) + 名 (firstName). */
  Map<String, String> displayNames(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return EngineCalls.asSystem(configuration.getCommandExecutorTxRequired(), () -> {
      Map<String, String> names = new HashMap<>();
      for (User user : identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).trim();
        names.put(user.getId(), name.isEmpty() ? null : name);
      }
      return names;
    });
  }

  private List<HistoricProcessInstance> instances(String businessKey, String processKey, String processInstanceId) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    if (processInstanceId != null) {
      HistoricProcessInstance own = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (own != null) {
        found.put(own.getId(), own);
      }
    }
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processKey).list().forEach(p -> found.putIfAbsent(p.getId(), p));
    Deque<String> parents = new ArrayDeque<>(found.keySet());
    while (!parents.isEmpty()) {
      for (HistoricProcessInstance child : historyService.createHistoricProcessInstanceQuery()
          .superProcessInstanceId(parents.pop()).list()) {
        if (found.putIfAbsent(child.getId(), child) == null) {
          parents.push(child.getId());
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Deadlines set provisionally (counted over a year the holiday calendar did not know) and deadlines computed
   * again since; the map gives each instance's process key.
   */
  private List<TimelineDraft> deadlineEntries(Map<String, String> processKeys) {
    List<TimelineDraft> entries = new ArrayList<>();
    for (Deadline d : deadlines.provisionalOf(processKeys.keySet())) {
      entries.add(new TimelineDraft(d.getCreatedAt(), TimelineSource.DEADLINE, DEADLINE_PROVISIONAL,
          "期限暂按周末计算", null, null,
          "「" + d.getActivityName() + "」期限" + calendar.formatDeadline(Times.toDate(d.getFirstDueAt()))
              + "：期间跨入尚未录入节假日安排的年份，暂按周末计算，录入后重算",
          null, List.of(Actors.SYSTEM), processKeys.get(d.getProcessInstanceId()), d.getId()));
    }
    for (DeadlineChange c : deadlines.changesOf(processKeys.keySet())) {
      String dates = c.oldDueAt().equals(c.newDueAt())
          ? calendar.formatDeadline(Times.toDate(c.newDueAt())) + "，不变"
          : calendar.formatDeadline(Times.toDate(c.oldDueAt())) + " → " + calendar.formatDeadline(Times.toDate(c.newDueAt()));
      entries.add(new TimelineDraft(c.changedAt(), TimelineSource.DEADLINE, DEADLINE_RECOMPUTED, "期限重算", null, null,
          "「" + c.activityName() + "」期限" + dates + "（" + c.reason() + "）", null, List.of(c.changedBy()),
          processKeys.get(c.processInstanceId()), c.id()));
    }
    return entries;
  }

  /** The instances' tasks and logged operations; the map gives each instance's process name. */
  private List<TimelineDraft> tasksAndOperations(Map<String, String> processNames) {
    Set<String> processInstanceIds = processNames.keySet();
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    for (String id : processInstanceIds) {
      tasks.addAll(historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list());
    }
    Map<String, HistoricTaskInstance> tasksById = new HashMap<>();
    tasks.forEach(t -> tasksById.put(t.getId(), t));
    List<HistoricTaskInstance> completed = tasks.stream()
        .filter(t -> t.getEndTime() != null && COMPLETED.equals(t.getDeleteReason()))
        .toList();

    // one operation may write several log rows (one per property it changed): they share an operation id
    Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
    for (String id : processInstanceIds) {
      for (UserOperationLogEntry row : historyService.createUserOperationLogQuery().processInstanceId(id)
          .orderByTimestamp().asc().list()) {
        operations.computeIfAbsent(row.getOperationId(), k -> new ArrayList<>()).add(row);
      }
    }
    Map<String, String> completedBy = new HashMap<>();
    Set<String> completedIds = completed.stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
    List<TimelineDraft> entries = new ArrayList<>();
    for (List<UserOperationLogEntry> rows : operations.values()) {
      UserOperationLogEntry first = rows.get(0);
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType())
          && completedIds.contains(first.getTaskId())) {
        // shown once, as the completed task, with the user the log names
        completedBy.put(first.getTaskId(), first.getUserId());
        continue;
      }
      entries.add(operation(rows, tasksById.get(first.getTaskId()), processNames.get(first.getProcessInstanceId())));
    }
    for (HistoricTaskInstance task : completed) {
      String actor = completedBy.getOrDefault(task.getId(), task.getAssignee());
      entries.add(new TimelineDraft(Times.toLocal(task.getEndTime()), TimelineSource.TASK,
          task.getTaskDefinitionKey(), task.getName(), null, null, taskDetail(task, actor), null,
          actor == null ? List.of() : List.of(actor), task.getProcessDefinitionKey(), task.getEndTime().getTime()));
    }
    return entries;
  }

  private static TimelineDraft operation(List<UserOperationLogEntry> rows, HistoricTaskInstance task, String processName) {
    UserOperationLogEntry first = rows.get(0);
    String subject = task != null ? "任务「" + task.getName() + "」"
        : TimelineLabels.entityType(first.getEntityType())
            + (EntityTypes.PROCESS_INSTANCE.equals(first.getEntityType()) && processName != null ? "「" + processName + "」" : "");
    String changes = rows.stream()
        .filter(r -> r.getProperty() != null && !"delete".equals(r.getProperty()))
        .map(r -> TimelineLabels.property(r.getProperty()) + "：" + value(r.getProperty(), r.getOrgValue())
            + " → " + value(r.getProperty(), r.getNewValue()))
        .collect(Collectors.joining("；"));
    String detail = changes.isEmpty() ? subject : subject + "，" + changes;
    if (first.getAnnotation() != null) {
      detail += "；备注：" + first.getAnnotation();
    }
    String processKey = first.getProcessDefinitionKey() != null ? first.getProcessDefinitionKey()
        : task != null ? task.getProcessDefinitionKey() : null;
    return new TimelineDraft(Times.toLocal(first.getTimestamp()), TimelineSource.USER_OPERATION,
        first.getOperationType(), TimelineLabels.operation(first.getOperationType(), first.getEntityType()), null, null,
        detail, null, first.getUserId() == null ? List.of() : List.of(first.getUserId()), processKey, first.getTimestamp().getTime(),
        first.getTaskId());
  }

  private static String taskDetail(HistoricTaskInstance task, String actor) {
    List<String> parts = new ArrayList<>();
    if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
      parts.add("办理人：" + task.getAssignee());
    }
    if (task.getDueDate() != null) {
      parts.add("期限：" + Times.toLocal(task.getDueDate()).withNano(0).toString().replace('T', ' ')
          + (task.getEndTime().after(task.getDueDate()) ? "（逾期完成）" : ""));
    }
    return parts.isEmpty() ? null : String.join("；", parts);
  }

  /** Dates are logged as epoch milliseconds. */
  private static String value(String property, String value) {
    if (value == null || value.isEmpty()) {
      return "（空）";
    }
    if (("dueDate".equals(property) || "followUpDate".equals(property)) && value.matches("\\d{10,}")) {
      LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(value)), Times.ZONE);
      return time.withNano(0).toString().replace('T', ' ');
    }
    return value;
  }
}
