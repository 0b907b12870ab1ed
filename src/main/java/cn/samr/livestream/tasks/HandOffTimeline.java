package cn.samr.livestream.tasks;

import cn.samr.livestream.audit.InstanceTimelineContributor;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.audit.TimelineSource;
import cn.samr.livestream.shared.EngineCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The hand-offs on a record's timeline (docs/handoffs-and-notifications.md §1.4): one entry per task_hand_off row,
 * source 「交接」, step = the kind, detail 「任务「名称」：王宝山执法员 → 李宝山执法员二；理由：…」 (「在任务列表中改派」 for a
 * change made in Tasklist). Camunda logs the same assignment as a user operation (Assign, Delegate, Resolve): that
 * entry is left out ({@link #replacesOperations()}).
 */
@Component
public class HandOffTimeline implements InstanceTimelineContributor {

  static final String IN_TASKLIST = "在任务列表中改派";

  private final TaskHandOffMapper mapper;
  private final ProcessEngine engine;

  public HandOffTimeline(TaskHandOffMapper mapper, ProcessEngine engine) {
    this.mapper = mapper;
    this.engine = engine;
  }

  @Override
  public List<TimelineDraft> entries(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<HandOff> rows = mapper.findByInstances(processInstanceIds);
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<String> users = new LinkedHashSet<>();
    rows.forEach(r -> {
      users.add(r.fromUser());
      users.add(r.toUser());
    });
    users.remove(null);
    Map<String, String> names = names(users);
    List<TimelineDraft> drafts = new ArrayList<>();
    for (HandOff r : rows) {
      String detail = "任务「" + Objects.toString(r.taskName(), r.taskDefinitionKey()) + "」："
          + name(r.fromUser(), names) + " → " + name(r.toUser(), names)
          + (r.via() == HandOff.Via.TASKLIST ? "；" + IN_TASKLIST
              : r.reason() == null ? "" : "；理由：" + r.reason());
      String actor = r.byUser() != null ? r.byUser() : r.fromUser();
      drafts.add(new TimelineDraft(r.at(), TimelineSource.HAND_OFF, r.kind().name(), r.kind().label(), null, null,
          detail, null, actor == null ? List.of() : List.of(actor), null, r.id(), r.taskId()));
    }
    return drafts;
  }

  @Override
  public Collection<String> replacesOperations() {
    return List.of(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_DELEGATE,
        UserOperationLogEntry.OPERATION_TYPE_RESOLVE);
  }

  private static String name(String userId, Map<String, String> names) {
    return userId == null ? "（无）" : names.getOrDefault(userId, userId);
  }

  private Map<String, String> names(Set<String> userIds) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return EngineCalls.asSystem(configuration.getCommandExecutorTxRequired(), () -> {
      Map<String, String> names = new HashMap<>();
      for (User user : engine.getIdentityService().createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
        String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).trim();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
      return names;
    });
  }
}
