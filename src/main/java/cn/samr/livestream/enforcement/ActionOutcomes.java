package cn.samr.livestream.enforcement;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Chinese labels of the outcomes enforcement records: an action's outcome (enforcement_action.outcome,
 * including how a document was served) and how a case ended (caseOutcome). Shown on a clue's timeline.
 */
public final class ActionOutcomes {

  public static final Map<String, String> LABELS = Map.ofEntries(
      entry("APPROVED", "批准"),
      entry("REFUSED", "不批准"),
      entry("ISSUED", "已制发"),
      entry("FILED", "已立案"),
      entry("NOT_FILED", "不予立案"),
      entry("CASE_FILED", "已立案"),
      entry("NO_CASE", "不予立案"),
      entry("DECIDED", "已作出处罚决定"),
      entry("PUBLISHED", "已公示"),
      entry("TRANSFERRED", "已移送"),
      entry("CORRECTED", "已改正"),
      entry("NOT_CORRECTED", "未改正"),
      entry("WITHDRAWN", "撤回"),
      entry("DIRECT", "直接送达"),
      entry("ELECTRONIC", "电子送达"),
      entry("POST", "邮寄送达"),
      entry("ENTRUSTED", "委托送达"),
      entry("PUBLIC_NOTICE", "公告送达"),
      // a department transfer's letter (部门移送), settled with the receiving department's answer
      entry("ACCEPTED", "已接收处理"),
      entry("RETURNED", "不予接收、退回"),
      entry("HANDLED", "已处理完毕"));

  private ActionOutcomes() {
  }

  /** The outcome's label, or null for none or an outcome without one. */
  public static String label(String outcome) {
    return outcome == null ? null : LABELS.get(outcome);
  }
}
