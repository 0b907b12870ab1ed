package cn.samr.livestream.subject;

import java.math.BigDecimal;

/**
 * When a streamer is influential (头部主播): at or above either threshold. Rows of subject_setting that
 * administrators change through PUT /api/subjects/settings (docs/register.md).
 */
public record InfluenceThresholds(Long followers, BigDecimal annualTurnover) {

  static final String FOLLOWERS_KEY = "influential.followers";
  static final String TURNOVER_KEY = "influential.annual-turnover";
}
