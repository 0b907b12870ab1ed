package cn.samr.livestream.governance.interview;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs of interview-proposal.dmn (约谈建议) for one party (all its merged register records), docs/governance.md
 * §2.6: counts and flags only, never a person. The window is proposal-window-days back from today; failed
 * commitments count a year back. The names are the rule table's input variables.
 */
public record ProposalFacts(String subjectRole, long complaintsInWindow, long substantiatedCluesInWindow,
    long ordersNotCorrectedInWindow, long failedCommitments, boolean influential, String creditClass) {

  public ProposalFacts {
    subjectRole = subjectRole == null ? "" : subjectRole;
    creditClass = creditClass == null ? "" : creditClass;
  }

  /** The rule table's input variables, in its column order. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("subjectRole", subjectRole);
    variables.put("complaintsInWindow", complaintsInWindow);
    variables.put("substantiatedCluesInWindow", substantiatedCluesInWindow);
    variables.put("ordersNotCorrectedInWindow", ordersNotCorrectedInWindow);
    variables.put("failedCommitments", failedCommitments);
    variables.put("influential", influential);
    variables.put("creditClass", creditClass);
    return variables;
  }

  /** What the head reads on 审查约谈建议 (Chinese, one line). */
  public String text(int windowDays) {
    return "主体角色：" + (subjectRole.isEmpty() ? "—" : subjectRole) + "；近" + windowDays + "日投诉 " + complaintsInWindow
        + " 件；近" + windowDays + "日查证属实线索 " + substantiatedCluesInWindow + " 条；近" + windowDays + "日责令改正逾期未改正 "
        + ordersNotCorrectedInWindow + " 件；1年内未履行约谈承诺 " + failedCommitments + " 项；头部主播："
        + (influential ? "是" : "否") + "；信用风险分类：" + (creditClass.isEmpty() ? "未计算" : creditClass);
  }
}
