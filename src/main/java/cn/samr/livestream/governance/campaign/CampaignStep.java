package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.audit.TimelineStep;

/** The steps of a campaign's timeline (governance_event, record kind CAMPAIGN; docs/governance.md §4.5). */
public enum CampaignStep implements TimelineStep {
  PLANNED("登记专项方案"),
  PLAN_APPROVAL("审批专项方案"),
  ACTIVATED("专项开始"),
  PERIOD_CHANGED("变更期间"),
  QUOTAS_CHANGED("变更配额"),
  TAGGED("标记记录"),
  UNTAGGED("取消标记"),
  SUMMARIES_OPENED("开启单位小结"),
  SUMMARY_REMINDER("小结提醒"),
  SUMMARY_OVERDUE("小结逾期"),
  UNIT_SUMMARY("提交单位小结"),
  REVIEWED("审阅专项工作"),
  FROZEN("定稿专项报告");

  private final String label;

  CampaignStep(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
