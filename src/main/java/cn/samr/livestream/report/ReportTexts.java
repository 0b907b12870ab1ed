package cn.samr.livestream.report;

import cn.samr.livestream.report.StatisticsColumn.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only texts the monthly report's task forms show. Tasklist forms show one multi-line text
 * per block: a district's (or the city's, {@link ReportFiguresService#total}) figures, one line per
 * group of the statistics table, with the table's own headings ({@link StatisticsColumn#ALL}).
 */
public final class ReportTexts {

  private static final Set<Kind> FIGURES = Set.of(Kind.COUNT, Kind.AMOUNT, Kind.RATE);

  private ReportTexts() {
  }

  /** 2026年10月. */
  public static String month(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  /** e.g. 抽查监测：抽查条次 4，抽查配额 10，配额完成率 40.0%，发现涉嫌违法 1 — one line per group. */
  public static String figures(DistrictFigures figures) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (StatisticsColumn column : StatisticsColumn.ALL) {
      if (!FIGURES.contains(column.kind())) {
        continue;
      }
      String value = value(column, figures);
      if (column.group() == null) {
        groups.put(column.label(), List.of(value));
      } else {
        groups.computeIfAbsent(column.group(), g -> new ArrayList<>()).add(column.label() + " " + value);
      }
    }
    groups.forEach((group, items) -> lines.add(group + "：" + String.join("，", items)));
    return String.join("\n", lines);
  }

  private static String value(StatisticsColumn column, DistrictFigures figures) {
    Object value = column.value().apply(figures);
    return switch (column.kind()) {
      case AMOUNT -> (value == null ? BigDecimal.ZERO : (BigDecimal) value).setScale(2, RoundingMode.HALF_UP)
          .toPlainString();
      case RATE -> value == null ? "—" : ((BigDecimal) value).toPlainString() + "%";
      default -> String.valueOf(value);
    };
  }
}
