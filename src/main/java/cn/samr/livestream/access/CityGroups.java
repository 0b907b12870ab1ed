package cn.samr.livestream.access;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * The groups of the city bureau's units that code names by id (as candidate groups, fallbacks and city-wide
 * readers); the organisation file defines them (organization/shanghai.yaml). Named here once, so that a
 * group renamed in the file is renamed in one place.
 */
public final class CityGroups {

  /** 市局投诉举报中心. */
  public static final String COMPLAINT_CENTRE = "complaint-centre";
  /** 市局执法总队. */
  public static final String ENFORCEMENT_CORPS = "enforcement-corps";
  /** 网络直播营销监管综合协调工作组. */
  public static final String COORDINATION = "coordination-group";
  /** The coordination group's heads (负责人). */
  public static final String COORDINATION_HEADS = "coordination-group-head";
  /** 监督查看: reading only. */
  public static final String SUPERVISORS = "supervisors";
  /** 系统管理员: Camunda's administrators' group. */
  public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  private CityGroups() {
  }
}
