package cn.samr.livestream.report.api;

import cn.samr.livestream.access.CityReaders;
import cn.samr.livestream.access.ReadPolicy;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.report.DistrictFigures;
import cn.samr.livestream.report.MonthlyStatistics;
import cn.samr.livestream.report.ReportFiguresService;
import cn.samr.livestream.report.StatisticsColumn.Kind;
import cn.samr.livestream.report.StatisticsColumn;
import cn.samr.livestream.report.StatisticsWorkbook;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statistics table (网络直播营销活动监管数据统计表): GET /api/reports/monthly/{yyyy-MM} as JSON
 * and GET /api/reports/monthly/{yyyy-MM}.xlsx as the Excel file officials file. Frozen figures once
 * the month was signed off, live (provisional) figures before. The coordination group, supervisors
 * and administrators read every district and the city totals; a district's officers and heads read
 * their own district's row; anyone else gets 403.
 */
@RestController
@RequestMapping("/api/reports/monthly")
public class MonthlyStatisticsController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final ReportFiguresService figures;
  private final OrganizationService organization;
  private final CurrentUser currentUser;
  private final ReadPolicy readPolicy;
  private final Clock clock;

  public MonthlyStatisticsController(ReportFiguresService figures, OrganizationService organization,
      CurrentUser currentUser, ReadPolicy readPolicy, Clock clock) {
    this.figures = figures;
    this.organization = organization;
    this.currentUser = currentUser;
    this.readPolicy = readPolicy;
    this.clock = clock;
  }

  /** A column as the API lists it: key (property of a district row), group heading, heading, kind. */
  public record ColumnView(String key, String group, String label, Kind kind) {
  }

  /**
   * The table: month (yyyy-MM), whether frozen and when, the time the figures stand at, the title and
   * status line as in the Excel file, the columns, one row per district and the city totals (absent
   * for a district's reader).
   */
  public record StatisticsView(String month, boolean frozen, LocalDateTime frozenAt, LocalDateTime asOf, String title,
      String status, List<ColumnView> columns, List<DistrictFigures> districts, DistrictFigures total) {
  }

  @GetMapping("/{month}")
  public StatisticsView show(@PathVariable String month) {
    MonthlyStatistics statistics = read(month);
    return new StatisticsView(statistics.month().toString(), statistics.frozen(), statistics.frozenAt(),
        statistics.asOf(), StatisticsWorkbook.title(statistics.month()), StatisticsWorkbook.statusNote(statistics),
        StatisticsColumn.ALL.stream().map(c -> new ColumnView(c.key(), c.group(), c.label(), c.kind())).toList(),
        statistics.districts(), statistics.total());
  }

  @GetMapping("/{month}.xlsx")
  public ResponseEntity<byte[]> workbook(@PathVariable String month) {
    Scope scope = scope();
    MonthlyStatistics statistics = read(month, scope);
    byte[] body = StatisticsWorkbook.write(statistics, scope.reportingUnit(), StatisticsColumn.ALL);
    String filename = "网络直播营销监管数据-" + statistics.month() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"livestream-report-" + statistics.month()
            + ".xlsx\"; filename*=UTF-8''" + rfc5987(filename))
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private MonthlyStatistics read(String month) {
    return read(month, scope());
  }

  private MonthlyStatistics read(String month, Scope scope) {
    MonthlyStatistics statistics = figures.read(parse(month));
    return scope.districts() == null ? statistics : statistics.onlyDistricts(scope.districts());
  }

  /** What the caller may read: every district (districts null) or the listed ones. */
  private record Scope(Set<String> districts, String reportingUnit) {
  }

  private Scope scope() {
    List<String> groups = currentUser.groupIds();
    if (readPolicy.mayReadCity(CityReaders.MONTHLY_STATISTICS)) {
      String group = organization.unit(CoordinationProcess.GROUP).map(OrgUnit::getName).orElse("综合协调工作组");
      return new Scope(null, "上海市市场监督管理局 " + group);
    }
    Set<OrgUnit> own = new LinkedHashSet<>();
    organization.activeDistricts().stream()
        .filter(unit -> groups.contains(unit.getCode()) || groups.contains(unit.getHeadGroup()))
        .forEach(own::add);
    groups.stream().map(organization::unit).flatMap(Optional::stream)
        .filter(OrgUnit::isDistrict).forEach(own::add);
    if (own.isEmpty()) {
      throw new AuthorizationException(currentUser.userId() + " may not read the monthly statistics");
    }
    return new Scope(own.stream().map(OrgUnit::getCode).collect(Collectors.toSet()),
        String.join("、", own.stream().map(OrgUnit::getName).distinct().toList()));
  }

  /**
   * yyyy-MM, not after the current month (Beijing time).
   *
   * @throws InvalidInputException otherwise
   */
  private YearMonth parse(String text) {
    YearMonth month;
    try {
      if (!MONTH.matcher(text).matches()) {
        throw new DateTimeParseException("not yyyy-MM", text, 0);
      }
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("month", "月份格式应为 yyyy-MM，例如 2026-10：" + text,
          "the month must be yyyy-MM, e.g. 2026-10: " + text);
    }
    if (month.isAfter(YearMonth.now(clock))) {
      throw InvalidInputException.of("month", "该月尚未开始，没有数据：" + text, "the month has not begun: " + text);
    }
    return month;
  }

  /** RFC 5987 ext-value encoding (UTF-8 percent-encoding of everything but attr-char). */
  static String rfc5987(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
