package cn.samr.livestream.audit;

import static java.util.Map.entry;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.*;

import org.camunda.bpm.engine.EntityTypes;
import java.util.Map;

/**
 * Chinese labels for what the engine's history shows on a timeline: Camunda's user operation types, task
 * properties and entity types. A code without a label is shown as it is. The steps and decisions of the
 * features' event tables are labelled by the features themselves ({@link TimelineStep}, {@link EventLabels}).
 */
final class TimelineLabels {

  /** Camunda's user operation types. */
  static final Map<String, String> OPERATIONS = Map.ofEntries(
      entry(OPERATION_TYPE_CLAIM, "认领任务"),
      entry(OPERATION_TYPE_ASSIGN, "指派任务"),
      entry(OPERATION_TYPE_COMPLETE, "完成任务"),
      entry(OPERATION_TYPE_DELEGATE, "委托任务"),
      entry(OPERATION_TYPE_RESOLVE, "办理完毕（委托）"),
      entry(OPERATION_TYPE_SET_OWNER, "设置任务所有者"),
      entry(OPERATION_TYPE_SET_PRIORITY, "设置优先级"),
      entry(OPERATION_TYPE_SET_NAME, "修改任务名称"),
      entry(OPERATION_TYPE_SET_DESCRIPTION, "修改任务描述"),
      entry(OPERATION_TYPE_SET_FOLLOW_UP_DATE, "设置跟进日期"),
      entry(OPERATION_TYPE_SET_DUEDATE, "修改到期日"),
      entry(OPERATION_TYPE_RECALC_DUEDATE, "重算到期日"),
      entry(OPERATION_TYPE_UPDATE, "修改任务"),
      entry(OPERATION_TYPE_ADD_USER_LINK, "添加候选人"),
      entry(OPERATION_TYPE_DELETE_USER_LINK, "删除候选人"),
      entry(OPERATION_TYPE_ADD_GROUP_LINK, "添加候选组"),
      entry(OPERATION_TYPE_DELETE_GROUP_LINK, "删除候选组"),
      entry(OPERATION_TYPE_ADD_ATTACHMENT, "添加附件"),
      entry(OPERATION_TYPE_DELETE_ATTACHMENT, "删除附件"),
      entry(OPERATION_TYPE_SET_VARIABLE, "设置变量"),
      entry(OPERATION_TYPE_SET_VARIABLES, "设置变量"),
      entry(OPERATION_TYPE_MODIFY_VARIABLE, "修改变量"),
      entry(OPERATION_TYPE_REMOVE_VARIABLE, "删除变量"),
      entry(OPERATION_TYPE_CREATE, "创建"),
      entry(OPERATION_TYPE_DELETE, "删除"),
      entry(OPERATION_TYPE_SUSPEND, "挂起"),
      entry(OPERATION_TYPE_ACTIVATE, "激活"),
      entry(OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "修改流程实例"),
      entry(OPERATION_TYPE_RESTART_PROCESS_INSTANCE, "重启流程实例"),
      entry(OPERATION_TYPE_MIGRATE, "迁移流程实例"),
      entry(OPERATION_TYPE_CORRELATE_MESSAGE, "关联消息"),
      entry(OPERATION_TYPE_EXECUTE, "执行作业"),
      entry(OPERATION_TYPE_SET_JOB_RETRIES, "设置作业重试次数"),
      entry(OPERATION_TYPE_SUSPEND_JOB, "挂起作业"),
      entry(OPERATION_TYPE_ACTIVATE_JOB, "激活作业"),
      entry(OPERATION_TYPE_CREATE_INCIDENT, "创建事件"),
      entry(OPERATION_TYPE_SET_ANNOTATION, "设置备注"),
      entry(OPERATION_TYPE_CLEAR_ANNOTATION, "清除备注"),
      entry(OPERATION_TYPE_SET_REMOVAL_TIME, "设置历史删除时间"),
      entry(OPERATION_TYPE_DELETE_HISTORY, "删除历史"));

  /** Properties a user operation changes. */
  static final Map<String, String> PROPERTIES = Map.ofEntries(
      entry("assignee", "办理人"),
      entry("owner", "所有者"),
      entry("delegation", "委托状态"),
      entry("dueDate", "到期日"),
      entry("followUpDate", "跟进日期"),
      entry("priority", "优先级"),
      entry("name", "名称"),
      entry("description", "描述"),
      entry("suspensionState", "挂起状态"),
      entry("userId", "用户"),
      entry("groupId", "组"),
      entry("annotation", "备注"));

  /** What an operation acted on, when it was not a task. */
  static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
      entry(EntityTypes.TASK, "任务"),
      entry(EntityTypes.PROCESS_INSTANCE, "流程实例"),
      entry(EntityTypes.VARIABLE, "流程变量"),
      entry(EntityTypes.IDENTITY_LINK, "候选人/组"),
      entry(EntityTypes.ATTACHMENT, "附件"),
      entry(EntityTypes.JOB, "作业"),
      entry(EntityTypes.INCIDENT, "事件"),
      entry(EntityTypes.OPERATION_LOG, "操作日志"));

  private TimelineLabels() {
  }

  /** An operation type's label; creating a process instance is starting the process (发起流程). */
  static String operation(String type, String entityType) {
    if (OPERATION_TYPE_CREATE.equals(type) && EntityTypes.PROCESS_INSTANCE.equals(entityType)) {
      return "发起流程";
    }
    return OPERATIONS.getOrDefault(type, type);
  }

  static String property(String property) {
    return PROPERTIES.getOrDefault(property, property);
  }

  static String entityType(String type) {
    return ENTITY_TYPES.getOrDefault(type, type);
  }
}
