package cn.samr.livestream.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/reports/monthly/{month} and {month}.xlsx over real HTTP with real logins: the city's
 * readers see every district and the totals, a district only its own row, others 403, bad months
 * 400; the Excel file is read back with POI. Data of May and June 2025 is committed (the server
 * answers in its own transactions) and removed after the class.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyStatisticsApiTest {

  static final String MAY = "2025-05";
  static final String JUNE = "2025-06";
  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired ReportFiguresService figures;
  @Autowired Clock clock;

  TestUsers users;
  ReportRows rows;
  String coordinator;
  String supervisor;
  String baoshanOfficer;
  String baoshanHead;
  String centre;
  String nobody;

  @BeforeAll
  void seed() {
    users = new TestUsers(identityService);
    coordinator = users.create("report-api-coordinator", "coordination-group");
    supervisor = users.create("report-api-supervisor", "supervisors");
    baoshanOfficer = users.create("report-api-baoshan-officer", BAOSHAN);
    baoshanHead = users.create("report-api-baoshan-head", "district-310113-head");
    centre = users.create("report-api-centre", "complaint-centre");
    nobody = users.create("report-api-nobody");

    rows = new ReportRows(jdbc, "RPT-API");
    // May: Baoshan 2 complaints received, accepted and closed, 1 on time (50.0 %); a report verified on
    // time; a case decided with a fine of 3000.50. Pudong 1 complaint received.
    rows.complaint(BAOSHAN, "2025-05-02 09:00:00", "2025-05-03 09:00:00", "2025-05-20 09:00:00", true);
    rows.complaint(BAOSHAN, "2025-05-10 09:00:00", "2025-05-11 09:00:00", "2025-05-25 09:00:00", false);
    long clue = rows.clue(BAOSHAN, "REPORT", "2025-05-01 09:00:00", "2025-05-22 23:59:59", "2025-05-15 09:00:00", false);
    rows.caseFile(clue, BAOSHAN, "2025-05-05 09:00:00", "2025-05-28 09:00:00", "3000.50", null);
    rows.complaint(PUDONG, "2025-05-12 09:00:00", null, null, null);
    // June: one Baoshan complaint, then frozen
    rows.complaint(BAOSHAN, "2025-06-03 09:00:00", null, null, null);
    figures.freeze(YearMonth.parse(JUNE));
  }

  @AfterAll
  void cleanUp() {
    rows.deleteAll(MAY);
    rows.deleteAll(JUNE);
    users.removeAll();
  }

  @Test
  void theCoordinationGroupReadsEveryDistrictWithTotalsAndColumnLabels() throws Exception {
    for (String reader : List.of(coordinator, supervisor)) {
      ResponseEntity<String> answer = get(reader, "/api/reports/monthly/" + MAY);

      assertThat(answer.getStatusCode()).as(reader + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode body = json.readTree(answer.getBody());
      assertThat(body.get("month").asText()).isEqualTo(MAY);
      assertThat(body.get("frozen").asBoolean()).isFalse();
      assertThat(body.get("frozenAt").isNull()).isTrue();
      assertThat(body.get("title").asText()).isEqualTo("网络直播营销活动监管数据统计表（2025年5月）");
      assertThat(body.get("status").asText()).startsWith("未定稿，数据截至 ");
      assertThat(body.get("districts")).hasSize(18);
      JsonNode baoshan = district(body, BAOSHAN);
      assertThat(baoshan.get("unitName").asText()).isEqualTo("宝山区市场监督管理局");
      assertThat(baoshan.get("complaintsReceived").asInt()).isEqualTo(2);
      assertThat(baoshan.get("complaintsClosedOnTime").asInt()).isEqualTo(1);
      assertThat(baoshan.get("complaintsOnTimeRate").decimalValue()).isEqualByComparingTo("50.0");
      assertThat(baoshan.get("reportsOnTimeRate").decimalValue()).isEqualByComparingTo("100.0");
      assertThat(baoshan.get("fines").decimalValue()).isEqualByComparingTo("3000.50");
      assertThat(district(body, PUDONG).get("complaintsReceived").asInt()).isEqualTo(1);
      assertThat(district(body, PUDONG).get("complaintsOnTimeRate").isNull()).isTrue();
      // totals: 2 + 1 received, 1 of 2 closed on time
      JsonNode total = body.get("total");
      assertThat(total.get("unitName").asText()).isEqualTo("全市合计");
      assertThat(total.get("complaintsReceived").asInt()).isEqualTo(3);
      assertThat(total.get("complaintsOnTimeRate").decimalValue()).isEqualByComparingTo("50.0");
      assertThat(total.get("fines").decimalValue()).isEqualByComparingTo("3000.50");
      // every column's key is a property of a district row, with its Chinese label
      JsonNode columns = body.get("columns");
      assertThat(columns).hasSize(StatisticsColumn.ALL.size());
      for (JsonNode column : columns) {
        assertThat(baoshan.has(column.get("key").asText())).as(column.toString()).isTrue();
      }
      assertThat(columns.findValuesAsText("label")).contains("单位", "收到投诉", "按时办结率", "罚款（元）", "工作建议");
      assertThat(columns.get(0).get("key").asText()).isEqualTo("unitName");
    }
  }

  @Test
  void aDistrictReadsOnlyItsOwnRowWithoutTotals() throws Exception {
    for (String reader : List.of(baoshanOfficer, baoshanHead)) {
      ResponseEntity<String> answer = get(reader, "/api/reports/monthly/" + MAY);

      assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode body = json.readTree(answer.getBody());
      assertThat(body.get("districts")).hasSize(1);
      assertThat(body.get("districts").get(0).get("unitCode").asText()).isEqualTo(BAOSHAN);
      assertThat(body.get("districts").get(0).get("complaintsReceived").asInt()).isEqualTo(2);
      assertThat(body.get("total").isNull()).isTrue();
    }
  }

  @Test
  void othersAreRefused() {
    assertThat(get(centre, "/api/reports/monthly/" + MAY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(nobody, "/api/reports/monthly/" + MAY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(centre, "/api/reports/monthly/" + MAY + ".xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/reports/monthly/" + MAY, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "abc", "2026-1", "20261", "2099-01", "abc.xlsx", "2026-00.xlsx"})
  void aBadOrFutureMonthIs400NamingTheField(String month) throws Exception {
    ResponseEntity<String> answer = get(coordinator, "/api/reports/monthly/" + month);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(error.at("/fieldErrors/0/field").asText()).isEqualTo("month");
    assertThat(error.at("/fieldErrors/0/message").asText()).containsPattern("[\\u4e00-\\u9fa5]").contains(" / ");
  }

  @Test
  void nextMonthIsTheFutureThisMonthIsProvisional() throws Exception {
    YearMonth now = YearMonth.now(clock);
    assertThat(get(coordinator, "/api/reports/monthly/" + now.plusMonths(1)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> current = get(coordinator, "/api/reports/monthly/" + now);
    assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(current.getBody()).get("frozen").asBoolean()).isFalse();
  }

  @Test
  void aFrozenMonthShowsTheSnapshotEvenAfterTheDataChanged() throws Exception {
    rows.complaint(BAOSHAN, "2025-06-10 09:00:00", null, null, null);

    JsonNode body = json.readTree(get(coordinator, "/api/reports/monthly/" + JUNE).getBody());

    assertThat(body.get("frozen").asBoolean()).isTrue();
    assertThat(body.get("frozenAt").isNull()).isFalse();
    assertThat(body.get("status").asText()).startsWith("已定稿");
    assertThat(district(body, BAOSHAN).get("complaintsReceived").asInt()).as("frozen before the second").isEqualTo(1);
    assertThat(body.get("total").get("complaintsReceived").asInt()).isEqualTo(1);
  }

  @Test
  void theExcelFileIsTheStatisticsTable() throws Exception {
    ResponseEntity<byte[]> answer = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/reports/monthly/" + MAY + ".xlsx", byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType()).hasToString(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // 网络直播营销监管数据-2025-05.xlsx, UTF-8 percent-encoded (RFC 5987), with an ASCII fallback
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
        "attachment; filename=\"livestream-report-2025-05.xlsx\"; filename*=UTF-8''"
            + "%E7%BD%91%E7%BB%9C%E7%9B%B4%E6%92%AD%E8%90%A5%E9%94%80%E7%9B%91%E7%AE%A1%E6%95%B0%E6%8D%AE-2025-05.xlsx");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet sheet = workbook.getSheet("监管数据统计表");
      assertThat(sheet).isNotNull();
      assertThat(text(sheet, 0, 0)).isEqualTo("网络直播营销活动监管数据统计表（2025年5月）");
      assertThat(text(sheet, 1, 0)).startsWith("填报单位：上海市市场监督管理局 网络直播营销监管综合协调工作组");
      assertThat(text(sheet, 2, 0)).startsWith("状态：未定稿，数据截至 ");
      assertThat(text(sheet, 3, 0)).isEqualTo("单位");
      assertThat(text(sheet, 3, column("spotChecks"))).isEqualTo("抽查监测");
      assertThat(text(sheet, 3, column("complaintsReceived"))).isEqualTo("投诉处理");
      assertThat(text(sheet, 4, column("complaintsReceived"))).isEqualTo("收到投诉");
      assertThat(text(sheet, 4, column("complaintsOnTimeRate"))).isEqualTo("按时办结率");
      assertThat(text(sheet, 4, column("fines"))).isEqualTo("罚款（元）");

      int first = 5;
      List<String> names = IntStream.range(first, first + 19).mapToObj(r -> text(sheet, r, 0)).toList();
      assertThat(names.get(0)).isEqualTo("黄浦区市场监督管理局");
      assertThat(names.get(18)).isEqualTo("全市合计");
      Row baoshan = sheet.getRow(first + names.indexOf("宝山区市场监督管理局"));
      assertThat(number(baoshan, "complaintsReceived")).isEqualTo(2);
      assertThat(number(baoshan, "complaintsClosedOnTime")).isEqualTo(1);
      assertThat(number(baoshan, "complaintsOnTimeRate")).isEqualTo(0.5);
      assertThat(baoshan.getCell(column("complaintsOnTimeRate")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(number(baoshan, "fines")).isEqualTo(3000.50);
      assertThat(baoshan.getCell(column("fines")).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(baoshan.getCell(column("submittedOnTime")).getStringCellValue()).isEqualTo("未报送");
      Row total = sheet.getRow(first + 18);
      assertThat(number(total, "complaintsReceived")).isEqualTo(3);
      assertThat(number(total, "complaintsClosed")).isEqualTo(2);
      assertThat(number(total, "complaintsOnTimeRate")).isEqualTo(0.5);
      assertThat(number(total, "fines")).isEqualTo(3000.50);
      assertThat(total.getCell(column("complaintsClosed")).getCellStyle().getFontIndex())
          .as("the totals in bold").isNotEqualTo(baoshan.getCell(column("complaintsClosed")).getCellStyle().getFontIndex());
      assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(column("complaintsReceived")));
    }
  }

  @Test
  void aDistrictsExcelFileHasOnlyItsRowAndAFrozenMonthSaysSo() throws Exception {
    ResponseEntity<byte[]> answer = http.withBasicAuth(baoshanOfficer, TestUsers.PASSWORD)
        .getForEntity("/api/reports/monthly/" + JUNE + ".xlsx", byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet, 1, 0)).startsWith("填报单位：宝山区市场监督管理局");
      assertThat(text(sheet, 2, 0)).startsWith("状态：已定稿");
      assertThat(text(sheet, 5, 0)).isEqualTo("宝山区市场监督管理局");
      assertThat(number(sheet.getRow(5), "complaintsReceived")).isEqualTo(1);
      Row next = sheet.getRow(6);
      assertThat(next == null || next.getCell(0) == null || next.getCell(0).getStringCellValue().isEmpty())
          .as("no totals row").isTrue();
    }
  }

  private static int column(String key) {
    return IntStream.range(0, StatisticsColumn.ALL.size())
        .filter(i -> StatisticsColumn.ALL.get(i).key().equals(key)).findFirst().orElseThrow();
  }

  private static String text(Sheet sheet, int row, int column) {
    Cell cell = sheet.getRow(row).getCell(column);
    return cell == null ? null : cell.getStringCellValue();
  }

  private static double number(Row row, String key) {
    return row.getCell(column(key)).getNumericCellValue();
  }

  private static JsonNode district(JsonNode body, String unit) {
    for (JsonNode row : body.get("districts")) {
      if (unit.equals(row.get("unitCode").asText())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + unit);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }
}
