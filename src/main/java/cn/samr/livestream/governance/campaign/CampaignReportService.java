package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign report (docs/governance.md §4.5, docs/campaign.md): per participating unit what was tagged with the
 * campaign — spot checks, clues and their tiers, cases (a case inherits its clue's tag), fines, take-downs,
 * interviews, listings, transfers — and each quota's target and completion. Live until the campaign's review is
 * done, then read from the snapshot written by {@link #freeze}.
 */
@Service
@Transactional(readOnly = true)
public class CampaignReportService {

  /** How a column's values read: counts, yuan with two decimals, a completion rate (fraction, four decimals). */
  public enum Kind { COUNT, AMOUNT, RATE }

  /** A column of the JSON, the workbook and the chart: key of the values, group heading, heading, kind. */
  public record Column(String key, String group, String label, Kind kind) {
  }

  /** One unit's row; the values by column key, in column order. */
  public record UnitRow(String unit, String unitName, Map<String, BigDecimal> values) {
  }

  /** The report; total is null for a participating unit's reader (its own row only, like the monthly table). */
  public record CampaignReport(String code, String name, String level, String period, String status, boolean frozen,
      LocalDateTime frozenAt, LocalDateTime asOf, List<Column> columns, List<UnitRow> units, UnitRow total) {

    /** The same report with only these units' rows and no total. */
    public CampaignReport onlyUnits(Set<String> own) {
      return new CampaignReport(code, name, level, period, status, frozen, frozenAt, asOf, columns,
          units.stream().filter(u -> own.contains(u.unit())).toList(), null);
    }
  }

  public static final String TOTAL = "合计";
  static final List<Column> FIXED = List.of(
      new Column("spotChecks", "抽查监测", "抽查监测数", Kind.COUNT),
      new Column("suspectedViolations", "抽查监测", "涉嫌违法数", Kind.COUNT),
      new Column("clues", "线索", "线索数", Kind.COUNT),
      new Column("cluesSubstantiated", "线索", "属实数", Kind.COUNT),
      new Column("tierNone", "处置档次", ResponseTier.NONE.label(), Kind.COUNT),
      new Column("tierLenient", "处置档次", ResponseTier.LENIENT.label(), Kind.COUNT),
      new Column("tierAdmonition", "处置档次", ResponseTier.ADMONITION.label(), Kind.COUNT),
      new Column("tierOrderToCorrect", "处置档次", ResponseTier.ORDER_TO_CORRECT.label(), Kind.COUNT),
      new Column("tierCase", "处置档次", ResponseTier.CASE.label(), Kind.COUNT),
      new Column("tierCriminalTransfer", "处置档次", ResponseTier.CRIMINAL_TRANSFER.label(), Kind.COUNT),
      new Column("casesFiled", "案件", "立案数", Kind.COUNT),
      new Column("casesClosed", "案件", "结案数", Kind.COUNT),
      new Column("fines", "案件", "罚款金额（元）", Kind.AMOUNT),
      new Column("takedowns", "处置", "下架数", Kind.COUNT),
      new Column("interviews", "约谈与名单", "约谈数", Kind.COUNT),
      new Column("listings", "约谈与名单", "列入名单数", Kind.COUNT),
      new Column("departmentTransfers", "约谈与名单", "移交其他部门数", Kind.COUNT));

  private static final Map<String, Function<CampaignCounts, Object>> GETTERS = new LinkedHashMap<>();

  static {
    GETTERS.put("spotChecks", CampaignCounts::getSpotChecks);
    GETTERS.put("suspectedViolations", CampaignCounts::getSuspectedViolations);
    GETTERS.put("clues", CampaignCounts::getClues);
    GETTERS.put("cluesSubstantiated", CampaignCounts::getCluesSubstantiated);
    GETTERS.put("tierNone", CampaignCounts::getTierNone);
    GETTERS.put("tierLenient", CampaignCounts::getTierLenient);
    GETTERS.put("tierAdmonition", CampaignCounts::getTierAdmonition);
    GETTERS.put("tierOrderToCorrect", CampaignCounts::getTierOrderToCorrect);
    GETTERS.put("tierCase", CampaignCounts::getTierCase);
    GETTERS.put("tierCriminalTransfer", CampaignCounts::getTierCriminalTransfer);
    GETTERS.put("casesFiled", CampaignCounts::getCasesFiled);
    GETTERS.put("casesClosed", CampaignCounts::getCasesClosed);
    GETTERS.put("fines", CampaignCounts::getFines);
    GETTERS.put("takedowns", CampaignCounts::getTakedowns);
    GETTERS.put("interviews", CampaignCounts::getInterviews);
    GETTERS.put("listings", CampaignCounts::getListings);
    GETTERS.put("departmentTransfers", CampaignCounts::getDepartmentTransfers);
  }

  private final CampaignMapper campaigns;
  private final CampaignReportMapper figures;
  private final OrganizationService organization;
  private final ObjectMapper json;
  private final Clock clock;

  public CampaignReportService(CampaignMapper campaigns, CampaignReportMapper figures,
      OrganizationService organization, ObjectMapper json, Clock clock) {
    this.campaigns = campaigns;
    this.figures = figures;
    this.organization = organization;
    this.json = json;
    this.clock = clock;
  }

  /** The report of every participating unit with the total: frozen figures once frozen, else live. */
  public CampaignReport read(Campaign campaign) {
    List<CampaignQuota> quotas = campaigns.findQuotas(campaign.getId());
    List<Column> columns = columns(quotas);
    List<CampaignReportMapper.FrozenFigures> frozen = figures.findFrozen(campaign.getId());
    List<UnitRow> rows;
    LocalDateTime frozenAt = null;
    if (!frozen.isEmpty()) {
      rows = new ArrayList<>();
      for (CampaignReportMapper.FrozenFigures row : frozen) {
        rows.add(new UnitRow(row.getUnit(), unitName(row.getUnit()), parse(row.getFiguresJson())));
        frozenAt = row.getFrozenAt();
      }
    } else {
      rows = live(campaign, quotas);
    }
    return new CampaignReport(campaign.getCode(), campaign.getName(), campaign.getLevel().label(),
        CampaignService.periodText(campaign), campaign.getStatus().label(), frozenAt != null, frozenAt,
        frozenAt != null ? frozenAt : LocalDateTime.now(clock), columns, rows, total(rows, columns, quotas));
  }

  /** Writes the figures as they stand now (campaign_report_figures); later reads return them. */
  @Transactional
  public void freeze(long campaignId) {
    Campaign campaign = campaigns.findById(campaignId).orElseThrow();
    if (!figures.findFrozen(campaignId).isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (UnitRow row : live(campaign, campaigns.findQuotas(campaignId))) {
      figures.insertFrozen(campaignId, row.unit(), write(row.values()), now);
    }
  }

  /** One unit's figures as the summary task shows them: 抽查监测数 3，涉嫌违法数 1，… */
  public String figuresText(long campaignId, String unit) {
    Campaign campaign = campaigns.findById(campaignId).orElseThrow();
    List<CampaignQuota> quotas = campaigns.findQuotas(campaignId);
    List<Column> columns = columns(quotas);
    UnitRow row = live(campaign, quotas).stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
    List<String> parts = new ArrayList<>();
    for (Column column : columns) {
      BigDecimal value = row.values().get(column.key());
      parts.add(column.label() + " " + (column.kind() == Kind.RATE ? percent(value) : plain(value)));
    }
    return String.join("，", parts) + "（系统于 " + LocalDateTime.now(clock).withNano(0) + " 统计）";
  }

  static String plain(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  static String percent(BigDecimal value) {
    return value == null ? "—" : value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
  }

  /** The fixed columns and, for each metric with a quota, its target and completion rate. */
  static List<Column> columns(List<CampaignQuota> quotas) {
    List<Column> columns = new ArrayList<>(FIXED);
    for (QuotaMetric metric : QuotaMetric.values()) {
      if (quotas.stream().anyMatch(q -> q.metric() == metric)) {
        columns.add(new Column(targetKey(metric), "配额", metric.label() + "目标", Kind.COUNT));
        columns.add(new Column(rateKey(metric), "配额", metric.label() + "完成率", Kind.RATE));
      }
    }
    return columns;
  }

  static String targetKey(QuotaMetric metric) {
    return "quotaTarget" + metric.name();
  }

  static String rateKey(QuotaMetric metric) {
    return "quotaRate" + metric.name();
  }

  private List<UnitRow> live(Campaign campaign, List<CampaignQuota> quotas) {
    Map<String, Map<String, BigDecimal>> byUnit = new LinkedHashMap<>();
    for (CampaignUnit unit : campaigns.findUnits(campaign.getId())) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      FIXED.forEach(c -> values.put(c.key(), c.kind() == Kind.AMOUNT ? new BigDecimal("0.00") : BigDecimal.ZERO));
      byUnit.put(unit.getUnit(), values);
    }
    long id = campaign.getId();
    List<List<CampaignCounts>> sources = List.of(figures.spotChecks(id), figures.clues(id), figures.cases(id),
        figures.takedowns(id), figures.governance(id));
    for (List<CampaignCounts> source : sources) {
      for (CampaignCounts counts : source) {
        Map<String, BigDecimal> values = byUnit.get(counts.getUnit());
        if (values == null) {
          continue; // a case handled by a unit that does not take part (moved after tagging): not counted
        }
        GETTERS.forEach((key, getter) -> {
          Object value = getter.apply(counts);
          if (value != null) {
            values.merge(key, number(value), BigDecimal::add);
          }
        });
      }
    }
    List<UnitRow> rows = new ArrayList<>();
    byUnit.forEach((unit, values) -> {
      for (QuotaMetric metric : QuotaMetric.values()) {
        if (quotas.stream().anyMatch(q -> q.metric() == metric)) {
          Integer target = quotas.stream().filter(q -> q.metric() == metric && q.unit().equals(unit))
              .map(CampaignQuota::target).findFirst().orElse(null);
          values.put(targetKey(metric), target == null ? null : BigDecimal.valueOf(target));
          values.put(rateKey(metric), rate(values.get(metric.figure()), target == null ? null : BigDecimal.valueOf(target)));
        }
      }
      rows.add(new UnitRow(unit, unitName(unit), values));
    });
    return rows;
  }

  private static UnitRow total(List<UnitRow> rows, List<Column> columns, List<CampaignQuota> quotas) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (Column column : columns) {
      if (column.kind() == Kind.RATE) {
        continue;
      }
      BigDecimal sum = null;
      for (UnitRow row : rows) {
        BigDecimal value = row.values().get(column.key());
        if (value != null) {
          sum = sum == null ? value : sum.add(value);
        }
      }
      values.put(column.key(), sum == null && column.kind() != Kind.COUNT ? null
          : sum == null ? BigDecimal.ZERO : sum);
    }
    for (QuotaMetric metric : QuotaMetric.values()) {
      if (quotas.stream().anyMatch(q -> q.metric() == metric)) {
        // the total's completion counts only the units with a target: done by them over the sum of targets
        BigDecimal done = BigDecimal.ZERO;
        for (UnitRow row : rows) {
          if (row.values().get(targetKey(metric)) != null) {
            done = done.add(row.values().get(metric.figure()));
          }
        }
        values.put(rateKey(metric), rate(done, values.get(targetKey(metric))));
      }
    }
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    columns.forEach(c -> ordered.put(c.key(), values.get(c.key())));
    return new UnitRow(null, TOTAL, ordered);
  }

  static BigDecimal rate(BigDecimal done, BigDecimal target) {
    if (done == null || target == null || target.signum() == 0) {
      return null;
    }
    return done.divide(target, 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal number(Object value) {
    return value instanceof BigDecimal b ? b.setScale(Math.max(b.scale(), 0), RoundingMode.UNNECESSARY)
        : BigDecimal.valueOf(((Number) value).longValue());
  }

  private String unitName(String unit) {
    return organization.unit(unit).map(OrgUnit::getName).orElse(unit);
  }

  private String write(Map<String, BigDecimal> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, BigDecimal> parse(String text) {
    try {
      Map<String, BigDecimal> read = json.readValue(text, new TypeReference<LinkedHashMap<String, BigDecimal>>() { });
      return read == null ? new HashMap<>() : read;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
