package cn.samr.livestream.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * The statistics table of a month as read: the frozen snapshot once 广告处 has signed it off,
 * otherwise the figures computed live.
 *
 * @param month the month reported on
 * @param frozen true when the rows are the frozen snapshot (已定稿)
 * @param frozenAt when the month was frozen; null while provisional
 * @param asOf the time the figures stand at: frozenAt when frozen, the moment they were computed otherwise
 * @param districts one row per district in display order
 * @param total the city totals (全市合计): sums of the rows, rates recomputed from the sums; null when
 *     the reader sees only their own district
 */
public record MonthlyStatistics(YearMonth month, boolean frozen, LocalDateTime frozenAt, LocalDateTime asOf,
    List<DistrictFigures> districts, DistrictFigures total) {

  /** The same table restricted to the given districts' rows, without the city totals. */
  public MonthlyStatistics onlyDistricts(Collection<String> unitCodes) {
    return new MonthlyStatistics(month, frozen, frozenAt, asOf,
        districts.stream().filter(d -> unitCodes.contains(d.getUnitCode())).toList(), null);
  }
}
