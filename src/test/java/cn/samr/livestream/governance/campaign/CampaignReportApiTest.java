package cn.samr.livestream.governance.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/campaigns over real HTTP: a plan refused with the field and reason and nothing stored; the list and one
 * campaign for every working unit; the report's scope (the coordination group and supervisors every unit and the
 * total, a participating unit its own row, anyone else 403, anonymous 401); the xlsx read back with POI.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignReportApiTest {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_HEAD = "district-310113-head";
  static final String PUDONG = "district-310115";
  static final String JINGAN = "district-310106";

  @Autowired CampaignMapper campaigns;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  TestUsers users;
  String coordinator;
  String supervisor;
  String baoshanOfficer;
  String baoshanHead;
  String jinganOfficer;
  Campaign campaign;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    coordinator = users.create("zxa-coordinator", CityGroups.COORDINATION);
    supervisor = users.create("zxa-supervisor", CityGroups.SUPERVISORS);
    baoshanOfficer = users.create("zxa-baoshan-officer", BAOSHAN);
    baoshanHead = users.create("zxa-baoshan-head", BAOSHAN_HEAD);
    jinganOfficer = users.create("zxa-jingan-officer", JINGAN);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @BeforeEach
  void data() {
    ClockUtil.setCurrentTime(Times.toDate(LocalDateTime.of(2026, 7, 15, 10, 0)));
    campaign = CampaignTestData.campaign(campaigns, CampaignStatus.ACTIVE, LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 7, 31), BAOSHAN, PUDONG);
    campaigns.insertQuota(campaign.getId(), new CampaignQuota(BAOSHAN, QuotaMetric.CLUES, 4));
    LocalDateTime july = LocalDateTime.of(2026, 7, 3, 9, 0);
    long clue = CampaignTestData.clue(jdbc, "XS-A1-" + campaign.getCode(), BAOSHAN, july, true, "CASE");
    CampaignTestData.tag(jdbc, campaign.getId(), "CLUE", clue, BAOSHAN);
    CampaignTestData.caseFile(jdbc, "FA1-" + campaign.getCode(), clue, BAOSHAN, july, july.plusDays(2),
        new BigDecimal("12345.60"), null);
    long pudong = CampaignTestData.clue(jdbc, "XS-A2-" + campaign.getCode(), PUDONG, july, false, "NONE");
    CampaignTestData.tag(jdbc, campaign.getId(), "CLUE", pudong, PUDONG);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPlanWithBadFieldsIs400NamingEachAndNothingIsStored() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Long.class);
    ResponseEntity<String> bad = send(coordinator, HttpMethod.POST, "/api/campaigns",
        "{\"name\":\" \",\"level\":\"CITY\",\"periodFrom\":\"2026-08-10\",\"periodTo\":\"2026-08-01\","
            + "\"focusCategories\":[\"NO_SUCH\"],\"units\":[\"" + BAOSHAN + "\",\"no-such-unit\"],"
            + "\"quotas\":[{\"unit\":\"" + PUDONG + "\",\"metric\":\"CLUES\",\"target\":0}]}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fields = json.readTree(bad.getBody()).get("fieldErrors");
    assertThat(fields.findValuesAsText("field")).contains("name", "periodTo", "focusCategories", "units", "quotas");
    assertThat(bad.getBody()).contains("请填写专项名称", "the name is required", "结束日期不能早于开始日期");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Long.class)).isEqualTo(before);
    // a district's officer may not plan a city campaign
    assertThat(send(baoshanOfficer, HttpMethod.POST, "/api/campaigns", "{\"name\":\"x\",\"level\":\"CITY\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/campaigns", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void campaignsAreReadByEveryWorkingUnit() throws Exception {
    ResponseEntity<String> list = send(jinganOfficer, HttpMethod.GET, "/api/campaigns?status=ACTIVE", null);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(list.getBody()).findValuesAsText("code")).contains(campaign.getCode());
    JsonNode one = json.readTree(send(supervisor, HttpMethod.GET, "/api/campaigns/" + campaign.getCode(), null)
        .getBody());
    assertThat(one.get("statusLabel").asText()).isEqualTo("进行中");
    assertThat(one.get("units").findValuesAsText("unit")).containsExactly(BAOSHAN, PUDONG);
    assertThat(send(jinganOfficer, HttpMethod.GET, "/api/campaigns?status=NO", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(send(jinganOfficer, HttpMethod.GET, "/api/campaigns/ZX-1999-99", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/campaigns", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theReportsRowsFollowTheReader() throws Exception {
    String path = "/api/campaigns/" + campaign.getCode() + "/report";
    for (String reader : new String[] {coordinator, supervisor}) {
      JsonNode all = json.readTree(send(reader, HttpMethod.GET, path, null).getBody());
      assertThat(all.get("units").findValuesAsText("unit")).containsExactly(BAOSHAN, PUDONG);
      assertThat(all.get("total").get("values").get("clues").asInt()).isEqualTo(2);
      assertThat(all.get("total").get("values").get("fines").decimalValue()).isEqualByComparingTo("12345.60");
    }
    for (String reader : new String[] {baoshanOfficer, baoshanHead}) {
      JsonNode own = json.readTree(send(reader, HttpMethod.GET, path, null).getBody());
      assertThat(own.get("units").findValuesAsText("unit")).containsExactly(BAOSHAN);
      assertThat(own.get("total").isNull()).isTrue();
      assertThat(own.get("units").get(0).get("values").get("quotaRateCLUES").decimalValue())
          .isEqualByComparingTo("0.25");
    }
    assertThat(send(jinganOfficer, HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(jinganOfficer, HttpMethod.GET, path + ".xlsx", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(coordinator, HttpMethod.GET, "/api/campaigns/ZX-1999-99/report", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWorkbookReadsBackWithTheFiguresOfTheJson() throws Exception {
    ResponseEntity<byte[]> file = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .exchange("/api/campaigns/" + campaign.getCode() + "/report.xlsx", HttpMethod.GET, null, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
    assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''%E4%B8%93%E9%A1%B9%E6%95%B4%E6%B2%BB-" + campaign.getCode() + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
      Sheet sheet = workbook.getSheet(CampaignWorkbook.SHEET_NAME);
      assertThat(sheet.getRow(CampaignWorkbook.TITLE_ROW).getCell(0).getStringCellValue())
          .isEqualTo(campaign.getName() + "（" + campaign.getCode() + "，2026-07-01 至 2026-07-31）统计表");
      assertThat(sheet.getRow(CampaignWorkbook.STATUS_ROW).getCell(0).getStringCellValue()).startsWith("未定稿");
      Row groups = sheet.getRow(CampaignWorkbook.GROUP_HEADER_ROW);
      Row headers = sheet.getRow(CampaignWorkbook.HEADER_ROW);
      assertThat(groups.getCell(1).getStringCellValue()).isEqualTo("抽查监测");
      int clues = column(headers, "线索数");
      int fines = column(headers, "罚款金额（元）");
      int rate = column(headers, "线索完成率");
      Row baoshan = sheet.getRow(CampaignWorkbook.FIRST_DATA_ROW);
      assertThat(baoshan.getCell(0).getStringCellValue()).isEqualTo("宝山区市场监督管理局");
      assertThat(baoshan.getCell(clues).getNumericCellValue()).isEqualTo(1.0);
      assertThat(baoshan.getCell(fines).getNumericCellValue()).isEqualTo(12345.60);
      assertThat(baoshan.getCell(fines).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(baoshan.getCell(rate).getNumericCellValue()).isEqualTo(0.25);
      assertThat(baoshan.getCell(rate).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Row total = sheet.getRow(CampaignWorkbook.FIRST_DATA_ROW + 2);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(total.getCell(clues).getNumericCellValue()).isEqualTo(2.0);
      assertThat(workbook.getFontAt(total.getCell(clues).getCellStyle().getFontIndex()).getBold()).isTrue();
    }
    // a participating unit's file: its own row, no total
    ResponseEntity<byte[]> own = http.withBasicAuth(baoshanOfficer, TestUsers.PASSWORD)
        .exchange("/api/campaigns/" + campaign.getCode() + "/report.xlsx", HttpMethod.GET, null, byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.getBody()))) {
      Sheet sheet = workbook.getSheet(CampaignWorkbook.SHEET_NAME);
      assertThat(sheet.getLastRowNum()).isEqualTo(CampaignWorkbook.FIRST_DATA_ROW);
    }
  }

  private static int column(Row headers, String label) {
    for (int i = 0; i < headers.getLastCellNum(); i++) {
      if (label.equals(headers.getCell(i).getStringCellValue())) {
        return i;
      }
    }
    throw new AssertionError("no column " + label);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }
}
