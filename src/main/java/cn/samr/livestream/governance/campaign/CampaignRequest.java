package cn.samr.livestream.governance.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign plan (POST /api/campaigns): name, level (CITY by the coordination group, DISTRICT by a district's
 * head, who names the district as owner), period, focus categories (ViolationCategory) and product areas
 * (FocusArea), description, joint departments, participating units and their quotas.
 */
public record CampaignRequest(String name, CampaignLevel level, String ownerUnit, LocalDate periodFrom,
    LocalDate periodTo, List<String> focusCategories, List<String> productAreas, String description,
    String jointDepartments, List<String> units, List<Quota> quotas) {

  /** A unit's target for one metric. */
  public record Quota(String unit, QuotaMetric metric, Integer target) {
  }
}
