package cn.samr.livestream.monitoring.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestHttp;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.SpotCheckAssignmentMapper;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * POST /api/spot-checks/upload over real HTTP with real logins: good CSV and xlsx files stored whole,
 * suspected violations becoming clues; a file with bad rows refused whole, every bad line named, nothing
 * stored; BOM, quoting, limits, templates, 401/403.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpotCheckUploadApiTest {

  static final String UPLOAD = "/api/spot-checks/upload";
  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";
  static final String HEADER = "抽查日期,平台,直播间或主播,账号,商品或服务,重点领域,抽查结果,违法类别,情况描述,是否抽检,抽检结果";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired MonitoringService monitoring;
  @Autowired SpotCheckAssignmentMapper assignments;
  @Value("${spring.servlet.multipart.max-file-size}") DataSize springFileLimit;

  String baoshanOfficer;
  String monitor;
  String supervisor;
  String centreOfficer;
  LocalDate today;
  LocalDate earlier;
  long baoshanAssignment;
  long pudongAssignment;

  @BeforeAll
  void setUp(TestUsers users) {
    baoshanOfficer = users.create("upload-baoshan-officer", BAOSHAN);
    monitor = users.create("upload-monitor", "monitoring-centre");
    supervisor = users.create("upload-supervisor", "supervisors");
    centreOfficer = users.create("upload-centre-officer", "complaint-centre");
    today = LocalDate.now(Times.engineClock());
    earlier = today.withDayOfMonth(1);
    YearMonth month = YearMonth.from(today);
    monitoring.openMonth(month, null);
    baoshanAssignment = assignments.findByUnitAndMonth(BAOSHAN, month.toString()).orElseThrow().getId();
    pudongAssignment = assignments.findByUnitAndMonth(PUDONG, month.toString()).orElseThrow().getId();
  }

  // ---------------------------------------------------------------- good files

  @Test
  void aGoodCsvIsStoredRowByRowAndItsSuspectedViolationsStartClueVerification() throws Exception {
    int before = monitoring.checksRecorded(baoshanAssignment);
    String csv = HEADER + "\r\n"
        + earlier + ",抖音,某某美妆直播间,dy-1001,美白面霜,化妆品,未发现问题,,,否,\r\n"
        + today + ",快手,\"健康优选, 旗舰直播间\",ks-2002,某品牌固体饮料,FOOD,涉嫌违法,广告违法,"
        + "\"主播宣称“降血糖、治糖尿病”，\"\"三天见效\"\"\",是,检验中\r\n"
        + today + ",淘宝,理财直播间,,稳健理财课,金融,NORMAL,,,,\r\n";

    ResponseEntity<String> answer = upload(baoshanOfficer, "抽查结果.csv", bom(csv));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("rowsStored").asInt()).isEqualTo(3);
    assertThat(body.get("cluesStarted").asInt()).isEqualTo(1);
    assertThat(body.get("rows").findValuesAsText("line")).containsExactly("2", "3", "4");
    assertThat(monitoring.checksRecorded(baoshanAssignment)).isEqualTo(before + 3);

    JsonNode suspected = body.get("rows").get(1);
    long checkId = suspected.get("checkId").asLong();
    assertThat(suspected.get("checkNo").asText()).isEqualTo("SC-" + checkId);
    Map<String, Object> check = jdbc.queryForMap("SELECT * FROM spot_check WHERE id = ?", checkId);
    assertThat(check).containsEntry("ASSIGNMENT_ID", baoshanAssignment).containsEntry("LIVE_ROOM", "健康优选, 旗舰直播间")
        .containsEntry("FOCUS_AREA", "FOOD").containsEntry("CHECK_RESULT", "SUSPECTED_VIOLATION")
        .containsEntry("VIOLATION_CATEGORY", "ADVERTISING").containsEntry("SAMPLING_DONE", true)
        .containsEntry("SAMPLING_RESULT", "PENDING").containsEntry("RECORDED_BY", baoshanOfficer)
        .containsEntry("DESCRIPTION", "主播宣称“降血糖、治糖尿病”，\"三天见效\"");
    long clueId = suspected.get("clueId").asLong();
    assertThat(check.get("CLUE_ID")).isEqualTo(clueId);
    Map<String, Object> clue = jdbc.queryForMap("SELECT source, external_no, category, handling_unit FROM clue WHERE id = ?",
        clueId);
    assertThat(clue).containsEntry("SOURCE", "MONITORING").containsEntry("EXTERNAL_NO", "SC-" + checkId)
        .containsEntry("CATEGORY", "ADVERTISING").containsEntry("HANDLING_UNIT", BAOSHAN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ClueProcess.PROCESS_KEY)
        .processInstanceBusinessKey(suspected.get("clueNo").asText()).count()).isOne();

    JsonNode normal = body.get("rows").get(0);
    assertThat(normal.has("clueId")).isTrue();
    assertThat(normal.get("clueId").isNull()).isTrue();
    assertThat(jdbc.queryForObject("SELECT check_date FROM spot_check WHERE id = ?", LocalDate.class,
        normal.get("checkId").asLong())).isEqualTo(earlier);
  }

  @Test
  void theMonitoringCentreUploadsAWorkbookForSeveralDistricts() throws Exception {
    int baoshanBefore = monitoring.checksRecorded(baoshanAssignment);
    int pudongBefore = monitoring.checksRecorded(pudongAssignment);
    long cluesBefore = count("clue");
    byte[] xlsx = workbook(List.of(
        List.of("区局代码", "抽查日期", "平台", "直播间或主播", "账号", "商品或服务", "重点领域", "抽查结果", "违法类别", "情况描述", "是否抽检", "抽检结果"),
        List.of("310113", today, "抖音", "宝山好物直播间", "dy-3001", "婴幼儿辅食", "食品", "涉嫌违法", "食品安全", "标签生产日期晚于直播日期", "是", "不合格"),
        List.of("district-310115", earlier, "视频号", "浦东健康直播间", "", "血压计", "MEDICAL_DEVICE", "未发现问题", "", "", "否", ""),
        List.of("浦东新区市场监督管理局", today.toString(), "小红书", "某主播", "xhs-9", "祛斑霜", "化妆品", "涉嫌违法", "ADVERTISING", "宣称医用级祛斑", "", "")));

    ResponseEntity<String> answer = upload(monitor, "第三方监测结果.xlsx", xlsx);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("rowsStored").asInt()).isEqualTo(3);
    assertThat(body.get("cluesStarted").asInt()).isEqualTo(2);
    assertThat(monitoring.checksRecorded(baoshanAssignment)).isEqualTo(baoshanBefore + 1);
    assertThat(monitoring.checksRecorded(pudongAssignment)).isEqualTo(pudongBefore + 2);
    assertThat(count("clue")).isEqualTo(cluesBefore + 2);
    List<String> units = new ArrayList<>();
    for (JsonNode row : body.get("rows")) {
      if (!row.get("clueId").isNull()) {
        units.add(jdbc.queryForObject("SELECT handling_unit FROM clue WHERE id = ?", String.class,
            row.get("clueId").asLong()));
      }
    }
    assertThat(units).containsExactly(BAOSHAN, PUDONG);
    assertThat(jdbc.queryForObject("SELECT sampling_result FROM spot_check WHERE id = ?", String.class,
        body.get("rows").get(0).get("checkId").asLong())).isEqualTo("UNQUALIFIED");
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM spot_check WHERE id = ?", String.class,
        body.get("rows").get(2).get("checkId").asLong())).isEqualTo(monitor);
  }

  @Test
  void theDownloadedTemplateWithTodaysDateUploads() throws Exception {
    ResponseEntity<byte[]> csv = http.withBasicAuth(baoshanOfficer, TestUsers.PASSWORD)
        .getForEntity("/api/spot-checks/upload-template.csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(SpotCheckTemplate.CSV_NAME);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF区局代码,抽查日期,平台,直播间或主播,账号,商品或服务,重点领域,抽查结果,违法类别,情况描述,是否抽检,抽检结果\r\n");

    ResponseEntity<String> answer = upload(baoshanOfficer, "模板.csv",
        text.replace(SpotCheckColumn.CHECK_DATE.example(), today.toString()).getBytes(StandardCharsets.UTF_8));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(answer.getBody()).get("cluesStarted").asInt()).isEqualTo(1);

    ResponseEntity<byte[]> xlsx = http.withBasicAuth(monitor, TestUsers.PASSWORD)
        .getForEntity("/api/spot-checks/upload-template.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
    assertThat(SpotCheckSheet.read(SpotCheckTemplate.XLSX_NAME, xlsx.getBody()).rows()).hasSize(1);
    assertThat(http.getForEntity("/api/spot-checks/upload-template.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------- refused files

  @Test
  void aFileWithBadRowsIsRefusedWholeNamingEachBadLineAndNothingIsStored() throws Exception {
    String csv = "区局代码," + HEADER + "\n"
        + "," + today + ",抖音,好物直播间,,面霜,化妆品,未发现问题,,,,\n"                          // 2 good
        + "," + "2026-02-30" + ",抖音,好物直播间,,面霜,化妆品,未发现问题,,,,\n"                    // 3 bad date
        + "310113," + today + ",快手,\"直播间,带逗号\",,商品,食品,未发现问题,,\"多行\n说明\",,\n"        // 4-5 good
        + "," + today + ",抖音,好物直播间,,面霜,保健品,未发现问题,,,,\n"                          // 6 unknown focus area
        + "," + today + ",,好物直播间,,面霜,化妆品,未发现问题,,,,\n"                              // 7 missing platform
        + "," + today + ",抖音,好物直播间,,面霜,化妆品,涉嫌违法,,虚假宣传,,\n"                    // 8 category missing
        + "310115," + today + ",抖音,浦东直播间,,面霜,化妆品,未发现问题,,,,\n"                    // 9 not Baoshan's
        + "," + today + ",抖音,好物直播间,,面霜,化妆品,涉嫌违法,广告违法,虚假宣传,否,\n";          // 10 good
    Map<String, Long> before = stored();

    ResponseEntity<String> answer = upload(baoshanOfficer, "checks.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("code").asText()).isEqualTo("INVALID_ROWS");
    assertThat(body.get("message").asText()).contains("5行").contains("nothing was stored");
    List<String> found = new ArrayList<>();
    for (JsonNode error : body.get("errors")) {
      found.add(error.get("line").asInt() + " " + error.get("column").asText() + " " + error.get("field").asText());
      assertThat(error.get("message").asText()).contains(" / ");
    }
    assertThat(found).containsExactly(
        "3 抽查日期 checkDate",
        "6 重点领域 focusArea",
        "7 平台 platform",
        "8 违法类别 violationCategory",
        "9 区局代码 district");
    assertThat(body.get("errorCount").asInt()).isEqualTo(5);
    assertThat(body.get("errors").get(0).get("message").asText()).contains("2026-02-30");
    assertThat(body.get("errors").get(1).get("message").asText()).contains("保健品").contains("化妆品");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void rowsBreakingTheMonthRulesAreListedToo() throws Exception {
    String csv = HEADER + "\n"
        + today.plusDays(1) + ",抖音,A,,面霜,化妆品,未发现问题,,,,\n"
        + "2020-01-15,抖音,A,,面霜,化妆品,未发现问题,,,,\n"
        + today + ",抖音,A,,面霜,化妆品,未发现问题,,,是,\n"
        + today + ",抖音,A,,面霜,化妆品,未发现问题,价格违法,,,\n";
    Map<String, Long> before = stored();

    ResponseEntity<String> answer = upload(baoshanOfficer, "checks.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("errors");
    List<String> found = new ArrayList<>();
    errors.forEach(e -> found.add(e.get("line").asInt() + " " + e.get("field").asText()));
    // line 2 is tomorrow (in the month unless today is its last day: then there is no assignment)
    assertThat(found).containsExactly("2 checkDate", "3 checkDate", "4 samplingResult", "5 violationCategory");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void fileLevelProblemsAreRefusedWithTheirCode() throws Exception {
    assertThat(refusal(upload(baoshanOfficer, "empty.csv", new byte[0]))).isEqualTo("400 EMPTY_FILE");
    assertThat(refusal(upload(baoshanOfficer, "header.csv", bom(HEADER + "\r\n")))).isEqualTo("400 NO_ROWS");
    assertThat(refusal(upload(baoshanOfficer, "nohead.csv",
        (today + ",抖音,A,,面霜,化妆品,未发现问题,,,,\n").getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("400 UNKNOWN_HEADER");
    assertThat(refusal(upload(baoshanOfficer, "gbk.csv",
        (HEADER + "\n" + today + ",抖音,A,,面霜,化妆品,未发现问题,,,,\n").getBytes("GBK")))).isEqualTo("400 NOT_UTF8");
    assertThat(refusal(upload(baoshanOfficer, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0})))
        .isEqualTo("400 UNSUPPORTED_FILE_TYPE");

    StringBuilder many = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= SpotCheckSheet.MAX_ROWS; i++) {
      many.append(today).append(",抖音,A,,面霜,化妆品,未发现问题,,,,\n");
    }
    assertThat(refusal(upload(baoshanOfficer, "many.csv", many.toString().getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("400 TOO_MANY_ROWS");

    byte[] large = new byte[(int) SpotCheckSheet.MAX_FILE_BYTES + 1024];
    java.util.Arrays.fill(large, (byte) 'a');
    assertThat(refusal(upload(baoshanOfficer, "large.csv", large))).isEqualTo("413 FILE_TOO_LARGE");

    ResponseEntity<String> noFile = http.withBasicAuth(baoshanOfficer, TestUsers.PASSWORD).exchange(UPLOAD,
        HttpMethod.POST, new HttpEntity<>("{}", TestHttp.jsonHeaders()), String.class);
    assertThat(refusal(noFile)).isEqualTo("400 FILE_MISSING");
  }

  @Test
  void theSpringLimitIsJustAboveTheUploadLimit() {
    // a file a little over the upload's limit is read whole and refused by the controller with its reason
    assertThat(springFileLimit.toBytes()).isEqualTo(SpotCheckSheet.MAX_FILE_BYTES + DataSize.ofMegabytes(1).toBytes());
  }

  @Test
  void onlyDistrictOfficersAndTheMonitoringCentreMayUpload(TestUsers users) throws Exception {
    byte[] csv = (HEADER + "\n" + today + ",抖音,A,,面霜,化妆品,未发现问题,,,,\n").getBytes(StandardCharsets.UTF_8);
    Map<String, Long> before = stored();

    assertThat(upload(supervisor, "a.csv", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload(centreOfficer, "a.csv", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the monitoring centre must say which district
    ResponseEntity<String> noDistrict = upload(monitor, "a.csv", csv);
    assertThat(noDistrict.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noDistrict.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("district");
    assertThat(http.exchange(UPLOAD, HttpMethod.POST, TestHttp.multipartFile("a.csv", csv), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password locks the user for a few seconds (login throttling): a user of its own
    String locked = users.create("upload-wrong-password", BAOSHAN);
    assertThat(http.withBasicAuth(locked, "wrong").exchange(UPLOAD, HttpMethod.POST,
        TestHttp.multipartFile("a.csv", csv), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stored()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- helpers

  private ResponseEntity<String> upload(String user, String fileName, byte[] content) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange(UPLOAD, HttpMethod.POST,
        TestHttp.multipartFile(fileName, content), String.class);
  }

  private String refusal(ResponseEntity<String> answer) throws IOException {
    return answer.getStatusCode().value() + " " + json.readTree(answer.getBody()).get("code").asText();
  }

  private static byte[] bom(String text) {
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  /** Rows of the tables an upload writes, and the engine's executions. */
  private Map<String, Long> stored() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("spot_check", "clue", "clue_subject", "ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      counts.put(table, count(table));
    }
    return counts;
  }

  /** A workbook as a monitor would send it: dates as real date cells where given as LocalDate. */
  private static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("监测结果");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof LocalDate day) {
            row.createCell(c).setCellValue(day);
            row.getCell(c).setCellStyle(date);
          } else if (!value.toString().isEmpty()) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
