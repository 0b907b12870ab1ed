package cn.samr.livestream.audit;

import static java.util.Map.entry;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.*;

import cn.samr.livestream.complaint.AcceptanceDecision;
import cn.samr.livestream.complaint.ComplaintOutcome;
import cn.samr.livestream.complaint.FulfilmentOutcome;
import cn.samr.livestream.complaint.PartyRole;
import cn.samr.livestream.complaint.ReferralReason;
import cn.samr.livestream.complaint.RoutingTarget;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.enforcement.ResponseTier;
import org.camunda.bpm.engine.EntityTypes;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chinese labels for what the timeline shows: the steps the services write into the three event tables,
 * Camunda's user operation types and task properties, and the decision codes. A code without a label is
 * shown as it is (TimelineLabelsTest makes sure every step the services write has one).
 */
public final class TimelineLabels {

  /** Steps of complaint_event (ComplaintWorkflowService.record, RemedyService, ReferralService). */
  static final Map<String, String> COMPLAINT_STEPS = Map.ofEntries(
      entry("ROUTING", "分派"),
      entry("ASSIGNMENT", "指定管辖"),
      entry("ACCEPTANCE_REMINDER", "受理期限提醒"),
      entry("ACCEPTANCE_OVERDUE", "受理超期"),
      entry("OVERDUE_SUPERVISION", "超期督办"),
      entry("ACCEPTANCE", "受理审查"),
      entry("VERIFICATION", "调查核实与调解"),
      entry("MEDIATION_TERMINATED", "终止调解"),
      entry("MEDIATION_END_NOTICE", "告知调解终止"),
      entry("CLOSING", "办结（答复投诉人）"),
      entry("REMEDY_NOTICE", "督促退赔通知"),
      entry("REMEDY_URGED", "督促履行"),
      entry("REMEDY_CONFIRMED", "确认履行"),
      entry("REFERRAL", "移送执法"));

  /** Steps of clue_event (ClueService.event, RaiseEscalationDelegate). */
  static final Map<String, String> CLUE_STEPS = Map.ofEntries(
      entry("EXTENSION_REQUEST", "申请核查延期"),
      entry("EXTENSION_DECISION", "审批核查延期"),
      entry("VERIFICATION_REMINDER", "核查期限提醒"),
      entry("VERIFICATION_OVERDUE", "核查超期"),
      entry("OVERDUE_SUPERVISION", "核查超期督办"),
      entry("VERIFICATION", "核查线索"),
      entry("TIER_PROPOSED", "规则表建议处置方式"),
      entry("TIER_CONFIRMED", "确定处置方式"),
      entry("TIER_APPROVAL", "负责人审批处置方式"),
      entry("TIER_RAISED", "逾期未改正，转立案查处"),
      entry("ESCALATION", "报综合协调工作组"),
      entry("CLOSED", "线索办结"));

  /** Steps of escalation_event (EscalationService.event). */
  static final Map<String, String> ESCALATION_STEPS = Map.ofEntries(
      entry("REPORTED", "上报"),
      entry("TRIAGE", "研判"),
      entry("MEETING", "专题讨论会"),
      entry("NOTICE_SENT", "通报相关部门"),
      entry("FEEDBACK_REMINDER", "部门反馈提醒"),
      entry("FEEDBACK_OVERDUE", "部门反馈超期"),
      entry("FEEDBACK", "部门反馈"),
      entry("GUIDANCE", "指导意见"),
      entry("ACKNOWLEDGED", "上报单位确认"));

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

  /** Decision and outcome codes shared by several steps and actions. */
  static final Map<String, String> DECISIONS = Map.ofEntries(
      entry("SUBSTANTIATED", "属实"),
      entry("NOT_SUBSTANTIATED", "不属实"),
      entry("APPROVED", "批准"),
      entry("REFUSED", "不批准"),
      entry("RAISED", "已报送"),
      entry("RECORDED", "已记录"),
      entry("ISSUED", "已制发"),
      entry("FILED", "已立案"),
      entry("NOT_FILED", "不予立案"),
      entry("CASE_FILED", "已立案"),
      entry("NO_CASE", "不予立案"),
      entry("DECIDED", "已作出处罚决定"),
      entry("PUBLISHED", "已公示"),
      entry("TRANSFERRED", "已移送"),
      entry("TRANSFERRED_TO_POLICE", "移送公安机关并已受理"),
      entry("CORRECTED", "已改正"),
      entry("NOT_CORRECTED", "未改正"),
      entry("WITHDRAWN", "撤回"),
      entry("PHONE", "电话"),
      entry("LETTER", "书面"),
      entry("SMS", "短信"),
      entry("PLATFORM", "12315平台"),
      entry("DIRECT", "直接送达"),
      entry("ELECTRONIC", "电子送达"),
      entry("POST", "邮寄送达"),
      entry("ENTRUSTED", "委托送达"),
      entry("PUBLIC_NOTICE", "公告送达"),
      entry("CLUE", "线索核查报送"),
      entry("TASKLIST", "任务列表上报"),
      entry("API", "接口上报"),
      entry("GUIDANCE", "直接答复"),
      entry("MEETING", "专题讨论会"),
      entry("DEPARTMENTS", "通报相关部门"));

  private TimelineLabels() {
  }

  /** The Chinese label of a step in a record's event table; the code itself if there is none. */
  public static String step(RecordKind kind, String step) {
    Map<String, String> steps = switch (kind) {
      case COMPLAINT -> COMPLAINT_STEPS;
      case CLUE -> CLUE_STEPS;
      case ESCALATION -> ESCALATION_STEPS;
    };
    return steps.getOrDefault(step, step);
  }

  /** An operation type's label; creating a process instance is starting the process (发起流程). */
  public static String operation(String type, String entityType) {
    if (OPERATION_TYPE_CREATE.equals(type) && EntityTypes.PROCESS_INSTANCE.equals(entityType)) {
      return "发起流程";
    }
    return OPERATIONS.getOrDefault(type, type);
  }

  public static String property(String property) {
    return PROPERTIES.getOrDefault(property, property);
  }

  public static String entityType(String type) {
    return ENTITY_TYPES.getOrDefault(type, type);
  }

  /** The Chinese label of a step's decision, where the step says which list it comes from; else null. */
  public static String decision(RecordKind kind, String step, String decision) {
    if (decision == null || decision.isBlank()) {
      return null;
    }
    Optional<String> specific = switch (kind) {
      case COMPLAINT -> switch (step) {
        case "ROUTING" -> label(RoutingTarget.class, decision, RoutingTarget::label);
        case "ACCEPTANCE" -> label(AcceptanceDecision.class, decision, AcceptanceDecision::label);
        case "CLOSING" -> label(ComplaintOutcome.class, decision, ComplaintOutcome::label);
        case "REFERRAL" -> label(ReferralReason.class, decision, ReferralReason::label);
        case "REMEDY_NOTICE" -> label(PartyRole.class, decision, PartyRole::label);
        case "REMEDY_URGED", "REMEDY_CONFIRMED" -> label(FulfilmentOutcome.class, decision, FulfilmentOutcome::label);
        default -> Optional.empty();
      };
      case CLUE -> switch (step) {
        case "TIER_PROPOSED", "TIER_CONFIRMED", "TIER_RAISED" -> label(ResponseTier.class, decision, ResponseTier::label);
        case "CLOSED" -> clueOutcome(decision);
        default -> Optional.empty();
      };
      case ESCALATION -> switch (step) {
        case "NOTICE_SENT", "FEEDBACK_REMINDER", "FEEDBACK_OVERDUE", "FEEDBACK" ->
            label(Department.class, decision, Department::label);
        case "TRIAGE" -> Optional.of(String.join("、", Arrays.stream(decision.split(" "))
            .map(code -> DECISIONS.getOrDefault(code, code)).toList()));
        default -> Optional.empty();
      };
    };
    return specific.orElseGet(() -> DECISIONS.get(decision));
  }

  /** An enforcement action's outcome. */
  public static String outcome(String outcome) {
    return outcome == null ? null : DECISIONS.get(outcome);
  }

  /** A clue closes with its tier, CASE_ + the case's outcome, or TRANSFERRED_TO_POLICE. */
  private static Optional<String> clueOutcome(String outcome) {
    if (outcome.startsWith("CASE_")) {
      String caseOutcome = outcome.substring("CASE_".length());
      return Optional.of(ResponseTier.CASE.label() + "：" + DECISIONS.getOrDefault(caseOutcome, caseOutcome));
    }
    return label(ResponseTier.class, outcome, ResponseTier::label);
  }

  private static <E extends Enum<E>> Optional<String> label(Class<E> type, String code, Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst().map(label);
  }
}
