package cn.samr.livestream.organization;

/** Kind of an organisation unit; stored by name in org_unit.kind. */
public enum UnitKind {
  /** 区市场监督管理局 (incl. 临港新片区, 机场分局). */
  DISTRICT,
  /** 市局投诉举报中心. */
  COMPLAINT_CENTRE,
  /** 市局执法总队. */
  ENFORCEMENT_CORPS,
  /** 市局监测评价中心. */
  MONITORING_CENTRE,
  /** 网络直播营销监管综合协调工作组. */
  COORDINATION,
  /** 监督查看: read-only oversight in Cockpit. */
  SUPERVISION,
  /**
   * 运维: the operations team; reads the application's health and metrics (/actuator), no case work and no records
   * (no engine grants, not a reader of the register).
   */
  OPERATIONS
}
