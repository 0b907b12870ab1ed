package cn.samr.livestream.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.TestHttp;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures;
import cn.samr.livestream.monitoring.MonitoringService;
import cn.samr.livestream.monitoring.SpotCheckAssignmentMapper;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SubjectType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts hundreds of malformed bodies to every write endpoint of /api (POST /api/complaints, /api/clues,
 * /api/escalations, /api/department-transfers, /api/interviews, /api/spot-checks, /api/credit-listings,
 * /api/campaigns, /api/typical-cases, and a published abnormal listing's …/objections and …/removal-applications),
 * each as a user who may write there, and a set of malformed files to
 * /api/spot-checks/upload. Each
 * endpoint starts from a valid body (proved valid at the end: it is stored) and derives, deterministically
 * from a seeded Random, variants that break a documented rule (docs/api.md, 输入校验): each field dropped,
 * null, blank, too long, of the wrong JSON type, an unknown enum value, a malformed, future or too old date,
 * a negative, too large or 3-decimal amount, control characters, too many or null list elements; 2-3 such
 * mutations at once; and bodies broken as a whole (truncated, deeply nested, trailing data, duplicate
 * keys, invalid UTF-8, not JSON at all, the wrong content type).
 *
 * <p>Every answer must be 400 (415 for a body that is not application/json) with a JSON error carrying a
 * code and a Chinese/English message and, when a field is at fault, a field error naming it; never 500 and
 * never 201. Nothing may be stored: the domain tables, the number counters and the engine's runtime and
 * history tables are the same after the run as before.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteEndpointFuzzTest {

  static final long SEED = 20261123L;
  /** Random combinations of 2-3 field mutations per endpoint. */
  static final int COMBINATIONS = 120;
  static final int TRUNCATIONS = 15;
  static final String TEN_THOUSAND = "长".repeat(10_000);
  /** Placeholders replaced in the serialised body: a lone surrogate escape, and raw JSON text. */
  static final String LONE_SURROGATE = "§LONE§";
  static final String RAW = "§RAW§";
  static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f",
      "\u001B", "\u007F", "\u0085", "\u009F");
  static final List<String> LINE_BREAKS = List.of("\n", "\r", "\t");

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired MonitoringService monitoring;
  @Autowired SpotCheckAssignmentMapper assignments;
  @Autowired SubjectRegistry subjects;
  @Autowired ClueIntakeService clueIntake;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  TestUsers users;
  /**
   * One user for every endpoint: a Baoshan district officer may register complaints and clues, report
   * problems to the coordination group and record the district's spot checks.
   */
  String officer;
  /** A Baoshan head: only heads and the coordination group request interviews; heads propose credit listings. */
  String head;
  /** The coordination group plans city campaigns. */
  String coordinator;
  TypicalCaseFixtures typicalCaseSources;
  long assignmentId;
  LocalDate today;
  LocalDateTime now;

  @BeforeAll
  void setUp() {
    users = new TestUsers(identityService);
    officer = users.create("fuzz-baoshan-officer", "district-310113");
    head = users.create("fuzz-baoshan-head", "district-310113-head");
    coordinator = users.create("fuzz-coordinator", "coordination-group");
    typicalCaseSources = new TypicalCaseFixtures(jdbc, clueIntake);
    now = LocalDateTime.now(Times.engineClock()).truncatedTo(ChronoUnit.SECONDS);
    today = now.toLocalDate();
    YearMonth month = YearMonth.from(today);
    monitoring.openMonth(month, null);
    assignmentId = assignments.findByUnitAndMonth("district-310113", month.toString()).orElseThrow().getId();
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  // ---------------------------------------------------------------- the endpoints and their rules

  @Test
  void complaints() throws Exception {
    ObjectNode base = json.valueToTree(ComplaintFixtures.baoshanMerchant(now.minusHours(1)));
    base.put("district", "310113");
    ((ObjectNode) base.at("/subjects/liveRoom")).put("platformName", "测试直播平台");
    // valid and kept: emoji (surrogate pairs), a no-break space in one line, line breaks and tabs in many
    ((ObjectNode) base.at("/subjects/liveRoom")).put("name", base.at("/subjects/liveRoom/name").asText() + "\u00A0🔥");
    base.put("description", base.get("description").asText() + "\r\n\t商家回复：“不退” 😡");
    List<Field> fields = List.of(
        Field.enumeration("source", true),
        Field.text("externalNo", false, 64),
        Field.of("receivedAt", Kind.DATETIME, true, 0),
        Field.of("complainant", Kind.OBJECT, true, 0),
        Field.text("complainant.name", true, 50),
        Field.of("complainant.phone", Kind.FORMAT, true, 20),
        Field.of("complainant.confidential", Kind.BOOLEAN, false, 0),
        Field.of("subjects", Kind.OBJECT, true, 0),
        Field.of("subjects.platform", Kind.OBJECT, false, 0),
        Field.text("subjects.platform.name", true, 200),
        Field.of("subjects.platform.district", Kind.LOOKUP, false, 16),
        Field.of("subjects.liveRoom", Kind.OBJECT, false, 0),
        Field.text("subjects.liveRoom.platformName", false, 100),
        Field.text("subjects.liveRoom.accountId", false, 100),
        Field.text("subjects.liveRoom.name", false, 200),
        Field.of("subjects.merchant", Kind.OBJECT, false, 0),
        Field.text("subjects.merchant.name", true, 200),
        Field.of("subjects.merchant.creditCode", Kind.FORMAT, false, 18),
        Field.of("subjects.merchant.district", Kind.LOOKUP, false, 16),
        Field.of("district", Kind.LOOKUP, false, 16),
        Field.text("product", true, 200),
        Field.text("orderNo", false, 64),
        Field.of("amountPaid", Kind.AMOUNT, false, 0),
        Field.of("claims", Kind.LIST, true, 0),
        Field.enumeration("claims[0]", true),
        Field.of("description", Kind.MULTILINE, true, 2000),
        Field.of("lifeHealthRisk", Kind.BOOLEAN, false, 0));
    List<Mutation> extra = List.of(
        new Mutation("subjects: none named", "subjects", b -> b.set("subjects", b.objectNode()
            .putNull("platform").putNull("liveRoom").putNull("merchant"))),
        new Mutation("liveRoom: neither account nor name", "subjects.liveRoom",
            b -> ((ObjectNode) b.at("/subjects/liveRoom")).putNull("accountId").putNull("name")));
    fuzz("/api/complaints", base, fields, extra);
  }

  @Test
  void clues() throws Exception {
    ObjectNode base = json.valueToTree(ClueFixtures.realNameReport(now.minusHours(1)));
    base.put("facts", base.get("facts").asText() + "\n\t直播间标题：“✨医用级✨”");
    List<Field> fields = List.of(
        Field.enumeration("source", true),
        Field.text("externalNo", false, 64),
        Field.of("receivedAt", Kind.DATETIME, true, 0),
        Field.enumeration("category", true),
        Field.of("district", Kind.LOOKUP, false, 16),
        Field.of("subjects", Kind.LIST, true, 10),
        Field.of("subjects[0]", Kind.OBJECT, true, 0),
        Field.enumeration("subjects[0].type", true),
        Field.text("subjects[0].name", true, 200),
        Field.of("subjects[0].creditCode", Kind.FORMAT, false, 18),
        Field.text("subjects[0].platformName", false, 100),
        Field.text("subjects[0].accountId", false, 100),
        Field.of("subjects[0].district", Kind.LOOKUP, false, 16),
        Field.of("facts", Kind.MULTILINE, true, 4000),
        Field.of("evidence", Kind.LIST, false, 20),
        Field.text("evidence[0]", true, 500),
        Field.of("reporter", Kind.OBJECT, false, 0),
        Field.text("reporter.name", true, 50),
        Field.of("reporter.phone", Kind.FORMAT, false, 20),
        Field.of("reporter.idNumber", Kind.FORMAT, false, 18),
        Field.text("reporter.address", false, 200));
    List<Mutation> extra = List.of(
        new Mutation("reporter on a monitoring finding", "source", List.of("reporter"),
            b -> b.put("source", "MONITORING")),
        new Mutation("evidence over 4000 characters in all", "evidence",
            b -> fill(b.putArray("evidence"), 9, TextNode.valueOf("证".repeat(500)))));
    fuzz("/api/clues", base, fields, extra);
  }

  @Test
  void escalations() throws Exception {
    ObjectNode base = json.createObjectNode();
    base.put("title", "多个区发现同一主播虚假宣传保健食品");
    base.put("description", "该主播在本区注册，直播间面向全国销售，\n宣称保健食品可替代药物治疗高血压。");
    base.put("category", "FOOD_SAFETY");
    base.putArray("suggestedDepartments").add("CYBERSPACE").add("PUBLIC_SECURITY");
    base.put("reportingUnit", "district-310113");
    List<Field> fields = List.of(
        Field.text("title", true, 200),
        Field.of("description", Kind.MULTILINE, true, 2000),
        Field.enumeration("category", true),
        Field.of("suggestedDepartments", Kind.LIST, false, 9),
        Field.enumeration("suggestedDepartments[0]", true),
        Field.of("reportingUnit", Kind.LOOKUP, false, 64));
    List<Mutation> extra = List.of(
        Mutation.at("reportingUnit", "another district's unit", TextNode.valueOf("district-310115")),
        Mutation.at("reportingUnit", "a unit that does not report", TextNode.valueOf("supervision")));
    fuzz("/api/escalations", base, fields, extra);
  }

  @Test
  void departmentTransfers() throws Exception {
    ObjectNode base = json.createObjectNode();
    base.put("department", "PUBLIC_SECURITY");
    base.put("recipientName", "上海市公安局宝山分局");
    base.put("reason", "OTHER_DEPARTMENT_ACTION");
    base.put("facts", "某直播间组织刷单炒信，\n金额较小，不涉嫌犯罪，需公安机关依治安管理职责处理。");
    base.put("materials", "直播回放截图12张");
    base.put("basis", "《网络直播营销管理办法（试行）》");
    base.put("feedbackWorkingDays", 20);
    base.put("notCriminal", true);
    base.put("senderUnit", "district-310113");
    List<Field> fields = List.of(
        Field.enumeration("department", true),
        Field.text("recipientName", false, 200),
        Field.enumeration("reason", true),
        Field.of("facts", Kind.MULTILINE, true, 2000),
        Field.of("materials", Kind.MULTILINE, false, 1000),
        Field.of("basis", Kind.MULTILINE, false, 500),
        Field.of("feedbackWorkingDays", Kind.ID, false, 0),
        Field.of("senderUnit", Kind.LOOKUP, false, 64));
    List<Mutation> extra = List.of(
        Mutation.at("notCriminal", "the police without 不涉嫌犯罪", BooleanNode.FALSE),
        Mutation.at("senderUnit", "another district's unit", TextNode.valueOf("district-310115")),
        Mutation.at("senderUnit", "a unit that does not transfer", TextNode.valueOf("supervisors")),
        Mutation.at("clueNo", "a clue that does not exist", TextNode.valueOf("XS-19990101-00001")),
        Mutation.at("feedbackWorkingDays", "61 working days", IntNode.valueOf(61)));
    fuzz("/api/department-transfers", base, fields, extra);
  }

  @Test
  void interviews() throws Exception {
    ObjectNode base = json.createObjectNode();
    base.putArray("subjectIds").add(subjects.resolve(SubjectType.PLATFORM, "模糊测试约谈平台" + System.nanoTime(), null,
        null, null, "310113").getId());
    base.put("kind", "INTERVIEW");
    base.put("issues", "平台内商家销售“三无产品”，\n商品标签标识不规范");
    base.put("basis", "电子商务法第三十八条");
    base.put("category", "PRODUCT_QUALITY");
    base.putArray("jointDepartments").add("CYBERSPACE");
    base.put("hostUnit", "district-310113");
    List<Field> fields = List.of(
        Field.enumeration("kind", false),
        Field.of("subjectIds", Kind.LIST, true, 50),
        Field.of("subjectIds[0]", Kind.ID, true, 0),
        Field.of("issues", Kind.MULTILINE, true, 2000),
        Field.of("basis", Kind.MULTILINE, false, 500),
        Field.enumeration("category", false),
        Field.of("jointDepartments", Kind.LIST, false, 9),
        Field.enumeration("jointDepartments[0]", true),
        Field.of("hostUnit", Kind.LOOKUP, false, 64));
    List<Mutation> extra = List.of(
        Mutation.at("hostUnit", "another district's unit", TextNode.valueOf("district-310115")),
        Mutation.at("plannedDate", "planned in the past", TextNode.valueOf(today.minusDays(1).toString())));
    fuzz("/api/interviews", base, fields, extra);
  }

  @Test
  void spotChecks() throws Exception {
    ObjectNode base = json.createObjectNode();
    base.put("assignmentId", assignmentId).put("checkDate", today.toString()).put("platform", "抖音")
        .put("liveRoom", "某某美妆直播间").put("accountId", "dy-100200").put("productOrService", "美白面霜")
        .put("focusArea", "COSMETICS").put("result", "SUSPECTED_VIOLATION").put("violationCategory", "ADVERTISING")
        .put("description", "宣称“医用级美白”，\n七天见效").put("samplingDone", true).put("samplingResult", "PENDING");
    // the base is a suspected violation, sampled: category, description and sampling result are required
    List<Field> fields = List.of(
        Field.of("assignmentId", Kind.ID, true, 0),
        Field.of("checkDate", Kind.DATE, true, 0),
        Field.text("platform", true, 100),
        Field.text("liveRoom", true, 200),
        Field.text("accountId", false, 100),
        Field.text("productOrService", true, 200),
        Field.enumeration("focusArea", true),
        Field.enumeration("result", true),
        Field.enumeration("violationCategory", true),
        Field.of("description", Kind.MULTILINE, true, 2000),
        Field.of("samplingDone", Kind.BOOLEAN, false, 0),
        Field.enumeration("samplingResult", true));
    List<Mutation> extra = List.of(
        new Mutation("a category on a normal check", "result", List.of("violationCategory"),
            b -> b.put("result", "NORMAL")),
        new Mutation("a sampling result without sampling", "samplingDone", List.of("samplingResult"),
            b -> b.put("samplingDone", false)),
        new Mutation("a sampling result, sampling not said", "samplingDone", List.of("samplingResult"),
            b -> b.putNull("samplingDone")),
        Mutation.at("checkDate", "last month", TextNode.valueOf(today.minusMonths(1).toString())),
        Mutation.at("checkDate", "next month", TextNode.valueOf(today.plusMonths(1).withDayOfMonth(1).toString())));
    fuzz("/api/spot-checks", base, fields, extra);
  }

  @Test
  void creditListings() throws Exception {
    // ABNORMAL: a company registered in the head's district, found unreachable today
    long subjectId = subjects.resolve(SubjectType.MERCHANT, "模糊测试异常名录公司" + System.nanoTime(),
        ComplaintFixtures.uniqueCreditCode("310113"), null, null, "310113").getId();
    ObjectNode base = json.createObjectNode();
    base.put("kind", "ABNORMAL").put("subjectId", subjectId).put("ground", "UNREACHABLE")
        .put("foundOn", today.toString()).put("reason", "通过登记的住所无法联系，\n实地核查两次")
        .put("listingUnit", "district-310113");
    List<Field> fields = List.of(
        Field.enumeration("kind", true),
        Field.of("subjectId", Kind.ID, true, 0),
        Field.enumeration("ground", true),
        Field.of("reason", Kind.MULTILINE, true, 2000),
        Field.of("listingUnit", Kind.LOOKUP, false, 64));
    List<Mutation> extra = new ArrayList<>(List.of(
        Mutation.at("listingUnit", "another district's unit", TextNode.valueOf("district-310115")),
        Mutation.at("ground", "the serious list's ground", TextNode.valueOf("SERIOUS_PENALTY")),
        new Mutation("SERIOUS_ILLEGAL without a case", "kind", List.of("caseNo", "ground"),
            b -> b.put("kind", "SERIOUS_ILLEGAL"))));
    // the day found: not after today, at most three years back
    for (String text : List.of("", "   ", "yesterday", today.toString().replace('-', '/'), "23.11.2026",
        today + "T10:00:00", "2026-13-01", "2026-02-30", today.plusDays(1).toString(), "+10000-01-01", "-0001-01-01",
        "1900-01-01", today.minusYears(3).minusDays(1).toString())) {
      extra.add(Mutation.at("foundOn", "\"" + text + "\"", TextNode.valueOf(text)));
    }
    extra.add(new Mutation("foundOn: missing", "foundOn", b -> b.remove("foundOn")));
    extra.add(Mutation.at("foundOn", "null", NullNode.getInstance()));
    extra.add(Mutation.at("foundOn", "number", IntNode.valueOf((int) today.toEpochDay())));
    extra.add(Mutation.at("foundOn", "object", json.createObjectNode().put("x", 1)));
    fuzz("/api/credit-listings", base, fields, extra);
  }

  @Test
  void creditListingObjections() throws Exception {
    partyRequests(publishedAbnormalListing() + "/objections");
  }

  @Test
  void creditListingRemovalApplications() throws Exception {
    partyRequests(publishedAbnormalListing() + "/removal-applications");
  }

  /** What the party filed, recorded by the listing unit's officer: the day received and the grounds. */
  private void partyRequests(String path) throws Exception {
    ObjectNode base = json.createObjectNode();
    base.put("receivedOn", today.toString()).put("grounds", "住所已可以联系，\n附租赁合同");
    List<Field> fields = List.of(
        Field.of("receivedOn", Kind.DATE, true, 0),
        Field.of("grounds", Kind.MULTILINE, true, 2000));
    fuzz(path, base, fields, List.of());
  }

  /** An abnormal listing of 宝山, decided and published today, waiting for what the party files: its URL. */
  private String publishedAbnormalListing() throws Exception {
    long subjectId = subjects.resolve(SubjectType.MERCHANT, "模糊测试已列入异常名录公司" + System.nanoTime(),
        ComplaintFixtures.uniqueCreditCode("310113"), null, null, "310113").getId();
    ObjectNode proposal = json.createObjectNode();
    proposal.put("kind", "ABNORMAL").put("subjectId", subjectId).put("ground", "UNREACHABLE")
        .put("foundOn", today.toString()).put("reason", "通过登记的住所无法联系");
    ResponseEntity<String> proposed = post("/api/credit-listings", utf8(body(proposal)), MediaType.APPLICATION_JSON);
    assertThat(proposed.getStatusCode().value()).as(proposed.getBody()).isEqualTo(201);
    JsonNode listing = json.readTree(proposed.getBody());
    String pi = listing.get("processInstanceId").asText();
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ApproveListing")
        .singleResult().getId(), Map.of("listingApproved", true));
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_RecordPublication")
        .singleResult().getId(), Map.of("publishedOn", today.toString()));
    return "/api/credit-listings/" + listing.get("listingNo").asText();
  }

  @Test
  void campaigns() throws Exception {
    LocalDate from = today.plusDays(20);
    ObjectNode base = json.createObjectNode();
    base.put("name", "模糊测试专项“网剑行动”").put("level", "CITY").put("periodFrom", from.toString())
        .put("periodTo", from.plusDays(30).toString()).put("description", "集中整治直播带货虚假宣传，\n分三个阶段")
        .put("jointDepartments", "网信、公安");
    base.putArray("focusCategories").add("ECOMMERCE");
    base.putArray("productAreas").add("FOOD");
    base.putArray("units").add("district-310113").add("district-310115");
    base.putArray("quotas").addObject().put("unit", "district-310113").put("metric", "SPOT_CHECKS").put("target", 20);
    List<Field> fields = List.of(
        Field.text("name", true, 200),
        // level: none is a city campaign
        Field.enumeration("level", false),
        Field.of("description", Kind.MULTILINE, false, 2000),
        Field.text("jointDepartments", false, 400),
        Field.of("focusCategories", Kind.LIST, false, 0),
        Field.enumeration("focusCategories[0]", true),
        Field.of("productAreas", Kind.LIST, false, 0),
        Field.enumeration("productAreas[0]", true),
        Field.of("units", Kind.LIST, true, 0),
        Field.of("units[0]", Kind.LOOKUP, true, 64),
        Field.of("quotas", Kind.LIST, false, 0),
        Field.of("quotas[0]", Kind.OBJECT, true, 0),
        Field.of("quotas[0].unit", Kind.LOOKUP, true, 64),
        Field.enumeration("quotas[0].metric", true),
        Field.of("quotas[0].target", Kind.ID, true, 0));
    List<Mutation> extra = new ArrayList<>(List.of(
        Mutation.at("quotas[0].target", "above 100,000", IntNode.valueOf(100_001)),
        Mutation.at("quotas[0].unit", "not a participating unit", TextNode.valueOf("district-310101")),
        new Mutation("level: a district campaign planned by the coordination group", "level",
            List.of("level", "ownerUnit"), b -> b.put("level", "DISTRICT")),
        Mutation.at("periodTo", "before the first day", TextNode.valueOf(from.minusDays(1).toString())),
        Mutation.at("periodTo", "more than two years", TextNode.valueOf(from.plusYears(2).plusDays(1).toString())),
        Mutation.at("periodFrom", "yesterday's date", TextNode.valueOf(today.minusDays(1).toString()))));
    for (String field : List.of("periodFrom", "periodTo")) {
      for (String text : List.of("", "   ", "yesterday", from.toString().replace('-', '/'), "23.11.2026",
          from + "T10:00:00", "2026-13-01", "2026-02-30", "+10000-01-01", "1900-01-01", "-0001-01-01")) {
        // an impossible first day may be reported as the last day before it: either field answers
        extra.add(new Mutation(field + ": \"" + text + "\"", field, List.of("periodFrom", "periodTo"),
            b -> b.put(field, text)));
      }
      extra.add(new Mutation(field + ": missing", field, b -> b.remove(field)));
      extra.add(Mutation.at(field, "null", NullNode.getInstance()));
      extra.add(Mutation.at(field, "number", IntNode.valueOf((int) from.toEpochDay())));
      extra.add(Mutation.at(field, "array", json.createArrayNode().add("x")));
    }
    fuzz("/api/campaigns", base, fields, extra);
  }

  @Test
  void typicalCases() throws Exception {
    ObjectNode base = json.createObjectNode();
    base.put("sourceNo", typicalCaseSources.publishedCase(officer).sourceNo());
    List<Field> fields = List.of(Field.text("sourceNo", true, 64));
    // a well-formed number of no case answers 404, as one of a case the caller may not read (docs/typical-cases.md)
    List<Mutation> extra = List.of(
        Mutation.at("sourceNo", "a case not yet published",
            TextNode.valueOf(typicalCaseSources.unpublishedCase(officer).sourceNo())));
    fuzz("/api/typical-cases", base, fields, extra);
  }

  @Test
  void spotCheckUploads() throws Exception {
    String header = "抽查日期,平台,直播间或主播,账号,商品或服务,重点领域,抽查结果,违法类别,情况描述,是否抽检,抽检结果";
    String good = today + ",抖音,某某美妆直播间,dy-1001,美白面霜,化妆品,未发现问题,,,否,";
    Random random = new Random(SEED);
    byte[] workbook = workbook(header, good);
    List<Upload> files = new ArrayList<>();
    files.add(new Upload("empty.csv", new byte[0], "EMPTY_FILE"));
    files.add(new Upload("random.csv", randomBytes(random, 4096), "NOT_UTF8"));
    files.add(new Upload("random.xlsx", randomBytes(random, 4096), "UNREADABLE_FILE"));
    files.add(new Upload("zip-garbage.xlsx", concat(new byte[] {'P', 'K', 3, 4}, randomBytes(random, 2048)),
        "UNREADABLE_FILE"));
    files.add(new Upload("truncated.xlsx", Arrays.copyOf(workbook, workbook.length / 2), "UNREADABLE_FILE"));
    files.add(new Upload("zip-bomb.xlsx", zipBomb(workbook), "UNREADABLE_FILE"));
    files.add(new Upload("program.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
        "UNSUPPORTED_FILE_TYPE"));
    files.add(new Upload("utf16.csv", (header + "\n" + good + "\n").getBytes(StandardCharsets.UTF_16LE), "NOT_UTF8"));
    files.add(new Upload("json.csv", utf8("{\"checkDate\": \"" + today + "\"}"), "UNKNOWN_HEADER"));
    files.add(new Upload("only-header.csv", utf8(header + "\n"), "NO_ROWS"));
    files.add(new Upload("no-header.csv", utf8(good + "\n"), "UNKNOWN_HEADER"));
    // rows breaking the rules of POST /api/spot-checks
    for (String[] row : new String[][] {
        {"unclosed-quote.csv", today + ",抖音,\"某某直播间,dy-1,面霜,化妆品,未发现问题,,,否,"},
        {"control-character.csv", good.replace("美白面霜", "美白\u0007面霜")},
        {"nul-byte.csv", good.replace("抖音", "抖\u0000音")},
        {"ten-thousand.csv", good.replace("美白面霜", TEN_THOUSAND)},
        {"ideographic-spaces.csv", good.replace("某某美妆直播间", "\u3000\u3000")},
        {"unknown-enum.csv", good.replace("化妆品", "赌博")},
        {"future.csv", good.replace(today.toString(), today.plusYears(1).toString())},
        {"bad-date.csv", good.replace(today.toString(), "2026/13/45")},
        {"extra-column.csv", good + ",多余"}}) {
      files.add(new Upload(row[0], utf8(header + "\n" + row[1] + "\n"), "INVALID_ROWS"));
    }
    Map<String, Object> before = stored();
    List<String> failures = new ArrayList<>();

    for (Upload file : files) {
      ResponseEntity<String> answer = upload(file.name(), file.content());
      String problem = uploadProblem(answer, file.code());
      if (problem != null) {
        failures.add(file.name() + ": " + answer.getStatusCode().value() + " " + problem + " " + excerpt(answer.getBody()));
      }
    }

    System.out.printf("WriteEndpointFuzzTest: POST /api/spot-checks/upload: %d malformed files%n", files.size());
    assertThat(failures).as("answers that are not a 400 with the upload error expected").isEmpty();
    assertThat(stored()).isEqualTo(before);
    ResponseEntity<String> valid = upload("good.xlsx", workbook);
    assertThat(valid.getStatusCode().value()).as(valid.getBody()).isEqualTo(201);
  }

  // ---------------------------------------------------------------- the run

  private void fuzz(String path, ObjectNode base, List<Field> fields, List<Mutation> extra) throws Exception {
    Random random = new Random(SEED ^ path.hashCode());
    List<Mutation> singles = new ArrayList<>();
    for (Field field : fields) {
      assertThat(get(base, field.path())).as("the base body has " + field.path()).isNotNull();
      singles.addAll(mutations(field, base, random));
    }
    singles.addAll(extra);
    singles.add(Mutation.at("nickname", "unknown property", TextNode.valueOf("x")));
    for (Field field : fields) {
      if (field.kind() == Kind.OBJECT && get(base, field.path()).isObject()) {
        singles.add(Mutation.at(field.path() + ".nickname", "unknown property", TextNode.valueOf("x")));
      }
    }
    List<String> required = fields.stream().filter(f -> f.required() && !f.path().contains(".")
        && !f.path().contains("[")).map(Field::path).toList();
    singles.add(new Mutation("{}", "", required, b -> b.removeAll()));

    List<Case> cases = new ArrayList<>();
    for (Mutation m : singles) {
      cases.add(Case.json(m.name(), m.blame(), utf8(body(apply(base, List.of(m))))));
    }
    // combinations need mutations of three unrelated fields (a one-field body, POST /api/typical-cases, has none)
    long fieldsMutated = singles.stream().map(Mutation::path).filter(p -> !p.isEmpty())
        .filter(p -> singles.stream().map(Mutation::path).filter(q -> !q.isEmpty() && !q.equals(p))
            .noneMatch(q -> related(p, q) && q.length() < p.length()))
        .distinct().count();
    int combinations = fieldsMutated >= 3 ? COMBINATIONS : 0;
    for (int i = 0; i < combinations; i++) {
      List<Mutation> chosen = combination(singles, random);
      List<String> blame = chosen.stream().anyMatch(m -> m.blame() == null) ? null
          : chosen.stream().flatMap(m -> m.blame().stream()).toList();
      cases.add(Case.json(chosen.stream().map(Mutation::name).reduce((a, b) -> a + " + " + b).orElseThrow(), blame,
          utf8(body(apply(base, chosen)))));
    }
    cases.addAll(wholeBodyCases(base, random));

    Map<String, Object> before = stored();
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (Case c : cases) {
      ResponseEntity<String> answer = post(path, c.body(), c.type());
      String problem = problem(c, answer);
      if (problem != null) {
        failures.add(c.name() + " → " + answer.getStatusCode().value() + " " + problem + ": " + excerpt(answer.getBody()));
      }
    }
    System.out.printf("WriteEndpointFuzzTest: POST %s: %d malformed bodies (%d single mutations, %d combinations,"
            + " %d whole-body) in %d ms%n", path, cases.size(), singles.size(), combinations,
        cases.size() - singles.size() - combinations, (System.nanoTime() - started) / 1_000_000);

    assertThat(failures).as("answers breaking the rules, of " + cases.size()).isEmpty();
    assertThat(stored()).as("nothing stored").isEqualTo(before);
    // the generator started from a valid body
    ResponseEntity<String> valid = post(path, utf8(body(base)), MediaType.APPLICATION_JSON);
    assertThat(valid.getStatusCode().value()).as(valid.getBody()).isEqualTo(201);
  }

  /** Why the answer is wrong, or null. */
  private String problem(Case c, ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    if (status != c.expected()) {
      return "expected " + c.expected();
    }
    JsonNode error;
    try {
      error = json.readTree(answer.getBody());
    } catch (IOException | IllegalArgumentException e) {
      return "the body is not JSON";
    }
    if (error == null || !error.path("code").isTextual() || !bilingual(error.path("message").asText())) {
      return "no code and Chinese/English message";
    }
    if (c.blame() == null) {
      return null;
    }
    JsonNode fieldErrors = error.path("fieldErrors");
    if (!fieldErrors.isArray() || fieldErrors.isEmpty()) {
      return "no field errors";
    }
    for (JsonNode fieldError : fieldErrors) {
      if (!fieldError.path("field").isTextual() || !bilingual(fieldError.path("message").asText())) {
        return "a field error without field or Chinese/English message";
      }
    }
    for (JsonNode fieldError : fieldErrors) {
      String field = fieldError.get("field").asText();
      if (c.blame().stream().anyMatch(b -> related(field, b))) {
        return null;
      }
    }
    return "no field error names " + c.blame();
  }

  private static boolean related(String field, String blamed) {
    return field.equals(blamed) || blamed.startsWith(field + ".") || blamed.startsWith(field + "[")
        || field.startsWith(blamed + ".") || field.startsWith(blamed + "[");
  }

  private static boolean bilingual(String message) {
    return message.contains(" / ") && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
  }

  /** A malformed file and the code of its refusal. */
  record Upload(String name, byte[] content, String code) {
  }

  /** Why the answer to an upload is wrong, or null: it must be 400 with the code and a Chinese/English message. */
  private String uploadProblem(ResponseEntity<String> answer, String code) {
    if (answer.getStatusCode().value() != 400) {
      return "expected 400";
    }
    try {
      JsonNode error = json.readTree(answer.getBody());
      return !error.path("code").asText().equals(code) ? "expected " + code
          : bilingual(error.path("message").asText()) ? null : "no Chinese/English message";
    } catch (IOException e) {
      return "the body is not JSON";
    }
  }

  // ---------------------------------------------------------------- mutations of one field

  enum Kind { TEXT, MULTILINE, FORMAT, LOOKUP, ENUM, DATETIME, DATE, AMOUNT, ID, BOOLEAN, OBJECT, LIST }

  /**
   * A field of the body and its rule: required (in the base body's context), and for text its maximum
   * length, for a list its maximum number of elements (0: bounded otherwise, as a set of enum values).
   * FORMAT is optional text with a pattern (credit code, phone, ID number): blank is not allowed either.
   * LOOKUP is an optional code looked up (district, unit): blank means none.
   */
  record Field(String path, Kind kind, boolean required, int max) {
    static Field of(String path, Kind kind, boolean required, int max) {
      return new Field(path, kind, required, max);
    }

    static Field text(String path, boolean required, int max) {
      return new Field(path, Kind.TEXT, required, max);
    }

    static Field enumeration(String path, boolean required) {
      return new Field(path, Kind.ENUM, required, 0);
    }
  }

  /** A change of the body at a path; the answer must name one of the blamed fields. */
  record Mutation(String name, String path, List<String> blame, Consumer<ObjectNode> apply) {
    Mutation(String name, String path, Consumer<ObjectNode> apply) {
      this(name, path, List.of(path), apply);
    }

    static Mutation at(String path, String what, JsonNode value) {
      return new Mutation(path + ": " + what, path, b -> set(b, path, value));
    }

    /** Raw text that is not JSON at all: the parser stops, it need not name the field. */
    static Mutation syntax(String path, String what, String text) {
      return new Mutation(path + ": " + what, path, null, b -> set(b, path, raw(text)));
    }
  }

  private List<Mutation> mutations(Field f, ObjectNode base, Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode current = get(base, f.path());
    List<Mutation> list = new ArrayList<>();
    if (f.required() && !f.path().endsWith("]")) {
      list.add(new Mutation(f.path() + ": missing", f.path(), b -> remove(b, f.path())));
      list.add(Mutation.at(f.path(), "null", NullNode.getInstance()));
    }
    // the wrong JSON type
    if (f.kind() != Kind.AMOUNT && f.kind() != Kind.ID) {
      list.add(Mutation.at(f.path(), "number", IntNode.valueOf(12345)));
      list.add(Mutation.at(f.path(), "decimal number", DoubleNode.valueOf(1.5)));
    }
    if (f.kind() != Kind.BOOLEAN) {
      list.add(Mutation.at(f.path(), "boolean", BooleanNode.TRUE));
    }
    if (f.kind() != Kind.LIST) {
      list.add(Mutation.at(f.path(), "array", nodes.arrayNode().add("x")));
      list.add(Mutation.at(f.path(), "empty array", nodes.arrayNode()));
    }
    if (f.kind() != Kind.OBJECT) {
      list.add(Mutation.at(f.path(), "object", nodes.objectNode().put("x", 1)));
    }
    list.add(Mutation.at(f.path(), "nested arrays 50 deep", raw("[".repeat(50) + "]".repeat(50))));
    list.add(Mutation.at(f.path(), "10,000 characters", TextNode.valueOf(TEN_THOUSAND)));
    switch (f.kind()) {
      case TEXT, MULTILINE -> {
        if (f.required()) {
          list.add(Mutation.at(f.path(), "empty", TextNode.valueOf("")));
          list.add(Mutation.at(f.path(), "whitespace", TextNode.valueOf("   ")));
          list.add(Mutation.at(f.path(), "ideographic spaces", TextNode.valueOf("\u3000\u3000")));
          list.add(Mutation.at(f.path(), "line breaks", TextNode.valueOf(" \r\n\t ")));
        }
        list.add(Mutation.at(f.path(), (f.max() + 1) + " characters", TextNode.valueOf("字".repeat(f.max() + 1))));
        List<String> controls = new ArrayList<>(CONTROL_CHARACTERS);
        if (f.kind() == Kind.TEXT) {
          controls.addAll(LINE_BREAKS);
        }
        for (int i = 0; i < 3; i++) {
          String c = controls.remove(random.nextInt(controls.size()));
          list.add(Mutation.at(f.path(), String.format("control character U+%04X", (int) c.charAt(0)),
              TextNode.valueOf(insert(current.asText(), c, random))));
        }
        list.add(Mutation.at(f.path(), "lone surrogate", TextNode.valueOf(insert(current.asText(), LONE_SURROGATE,
            random))));
      }
      case FORMAT -> {
        list.add(Mutation.at(f.path(), "empty", TextNode.valueOf("")));
        list.add(Mutation.at(f.path(), "whitespace", TextNode.valueOf("   ")));
        list.add(Mutation.at(f.path(), "letters", TextNode.valueOf("call me maybe")));
        list.add(Mutation.at(f.path(), (f.max() + 1) + " characters",
            TextNode.valueOf(current.asText() + "1".repeat(f.max() + 1 - current.asText().length()))));
        list.add(Mutation.at(f.path(), "full-width digits", TextNode.valueOf(fullWidth(current.asText()))));
        list.add(Mutation.at(f.path(), "control character", TextNode.valueOf(insert(current.asText(), "\u0000",
            random))));
      }
      case LOOKUP -> {
        list.add(Mutation.at(f.path(), "unknown code", TextNode.valueOf("999999")));
        list.add(Mutation.at(f.path(), (f.max() + 1) + " characters", TextNode.valueOf("1".repeat(f.max() + 1))));
        list.add(Mutation.at(f.path(), "control character", TextNode.valueOf(insert(current.asText(), "\u001B",
            random))));
      }
      case ENUM -> {
        String value = current.asText();
        list.add(Mutation.at(f.path(), "unknown value", TextNode.valueOf("WECHAT")));
        list.add(Mutation.at(f.path(), "lower case", TextNode.valueOf(value.toLowerCase(Locale.ROOT))));
        list.add(Mutation.at(f.path(), "empty", TextNode.valueOf("")));
        list.add(Mutation.at(f.path(), "ordinal 0", IntNode.valueOf(0)));
        list.add(Mutation.at(f.path(), "ordinal 1", IntNode.valueOf(1)));
        // Jackson trims enum values (so does the Tasklist): the character goes inside
        list.add(Mutation.at(f.path(), "control character", TextNode.valueOf(value.substring(0, value.length() / 2)
            + "\u0007" + value.substring(value.length() / 2))));
      }
      case DATETIME -> {
        for (String text : List.of("", "   ", "yesterday", today.toString(), "2026/11/23 09:30:00", "23.11.2026 09:30",
            now.minusHours(1).toString().replace('T', ' '), "2026-13-01T09:30:00", "2026-02-30T09:30:00",
            "2026-11-23T24:00:00", now.minusHours(1) + "Z", now.minusHours(1) + "+08:00", "+10000-01-01T00:00:00",
            "-0001-01-01T00:00:00", "0001-01-01T00:00:00", "1900-01-01T00:00:00", now.minusYears(3).minusDays(1).toString(),
            now.plusDays(1).toString(), now.plusYears(10).toString(), "9999-12-31T23:59:59")) {
          list.add(Mutation.at(f.path(), "\"" + text + "\"", TextNode.valueOf(text)));
        }
        list.add(Mutation.at(f.path(), "epoch milliseconds", raw("1763861400000")));
      }
      case DATE -> {
        for (String text : List.of("", "   ", "yesterday", today.toString().replace('-', '/'), "23.11.2026",
            today.toString().replace("-", ""), today + "T10:00:00", "2026-13-01", "2026-02-30",
            today.plusDays(1).toString(), today.plusYears(1).toString(), "+10000-01-01", "1900-01-01",
            "-0001-01-01")) {
          list.add(Mutation.at(f.path(), "\"" + text + "\"", TextNode.valueOf(text)));
        }
        list.add(Mutation.at(f.path(), "epoch day", IntNode.valueOf((int) today.toEpochDay())));
      }
      case AMOUNT -> {
        for (String number : List.of("-0.01", "-1", "-1E+10", "1.001", "0.125", "299.999", "12345678901",
            "1E+13", "1E+400", "1E-400")) {
          list.add(Mutation.at(f.path(), number, nodes.numberNode(new BigDecimal(number))));
        }
        list.add(Mutation.at(f.path(), "text number", TextNode.valueOf("299.00")));
        list.add(Mutation.at(f.path(), "text", TextNode.valueOf("二百九十九元")));
        list.add(Mutation.syntax(f.path(), "NaN", "NaN"));
        list.add(Mutation.syntax(f.path(), "-Infinity", "-Infinity"));
        list.add(Mutation.syntax(f.path(), "leading zero", "0299"));
        list.add(Mutation.syntax(f.path(), "1,500 digits", "1" + "0".repeat(1499)));
        list.add(Mutation.at(f.path(), "boolean", BooleanNode.FALSE));
      }
      case ID -> {
        list.add(Mutation.at(f.path(), "-1", IntNode.valueOf(-1)));
        list.add(Mutation.at(f.path(), "0", IntNode.valueOf(0)));
        list.add(Mutation.at(f.path(), "unknown", nodes.numberNode(987_654_321_987L)));
        list.add(Mutation.at(f.path(), "fraction", raw(current.asText() + ".5")));
        list.add(Mutation.at(f.path(), "exponent", raw("1e30")));
        list.add(Mutation.at(f.path(), "beyond a long", raw("9223372036854775808")));
        list.add(Mutation.at(f.path(), "text number", TextNode.valueOf(current.asText())));
        list.add(Mutation.at(f.path(), "text", TextNode.valueOf("x")));
      }
      case BOOLEAN -> {
        list.add(Mutation.at(f.path(), "text true", TextNode.valueOf("true")));
        list.add(Mutation.at(f.path(), "yes", TextNode.valueOf("是")));
        list.add(Mutation.at(f.path(), "1", IntNode.valueOf(1)));
        list.add(Mutation.at(f.path(), "0", IntNode.valueOf(0)));
        list.add(Mutation.at(f.path(), "empty", TextNode.valueOf("")));
      }
      case OBJECT -> {
        list.add(Mutation.at(f.path(), "empty object", nodes.objectNode()));
        list.add(Mutation.at(f.path(), "text", TextNode.valueOf("x")));
        list.add(Mutation.at(f.path(), "empty text", TextNode.valueOf("")));
      }
      case LIST -> {
        JsonNode first = current.get(0);
        if (f.required()) {
          list.add(Mutation.at(f.path(), "empty", nodes.arrayNode()));
        }
        if (f.max() > 0) {
          list.add(Mutation.at(f.path(), (f.max() + 1) + " elements", fill(nodes.arrayNode(), f.max() + 1, first)));
        }
        list.add(Mutation.at(f.path(), "a null element", nodes.arrayNode().addNull()));
        list.add(Mutation.at(f.path(), "a null element after a good one", nodes.arrayNode().add(first.deepCopy()).addNull()));
        list.add(Mutation.at(f.path(), "nested array", nodes.arrayNode().add(nodes.arrayNode().add(first.deepCopy()))));
        list.add(Mutation.at(f.path(), "single value", first.deepCopy()));
        list.add(Mutation.at(f.path(), "text", TextNode.valueOf("x")));
        list.add(Mutation.at(f.path(), "object", nodes.objectNode().set("0", first.deepCopy())));
      }
      default -> throw new IllegalStateException(f.kind().name());
    }
    return list;
  }

  /** 2 or 3 mutations of different fields, none inside another. */
  private static List<Mutation> combination(List<Mutation> singles, Random random) {
    int size = 2 + random.nextInt(2);
    List<Mutation> chosen = new ArrayList<>();
    while (chosen.size() < size) {
      Mutation candidate = singles.get(random.nextInt(singles.size()));
      if (!candidate.path().isEmpty() && chosen.stream().noneMatch(m -> related(m.path(), candidate.path()))) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  // ---------------------------------------------------------------- the body as a whole

  private List<Case> wholeBodyCases(ObjectNode base, Random random) {
    String valid = body(base);
    List<Case> cases = new ArrayList<>();
    for (String text : List.of("", "   ", "null", "[]", "[" + valid + "]", "\"text\"", "123", "true",
        "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
        valid + " {}", valid + "]", valid + " x", valid + valid, "/* comment */ " + valid, "// comment\n" + valid,
        valid.replace('"', '\''), "\u0000" + valid, valid.replaceFirst(":", "=") )) {
      cases.add(Case.json("whole body: " + abbreviate(text), null, utf8(text)));
    }
    // the first member twice: ambiguous, whichever a reader keeps
    int firstComma = valid.indexOf(",\"") < 0 ? valid.length() - 1 : valid.indexOf(",\"");
    cases.add(Case.json("whole body: duplicate key", null,
        utf8("{" + valid.substring(1, firstComma) + "," + valid.substring(1))));
    for (int i = 0; i < TRUNCATIONS; i++) {
      int cut = 1 + random.nextInt(valid.length() - 1);
      cases.add(Case.json("whole body: truncated at " + cut, null, utf8(valid.substring(0, cut))));
    }
    byte[] bytes = utf8(valid);
    int inString = valid.indexOf(":\"") + 2;
    byte[] invalidUtf8 = concat(concat(Arrays.copyOf(bytes, utf8(valid.substring(0, inString)).length),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}), Arrays.copyOfRange(bytes,
        utf8(valid.substring(0, inString)).length, bytes.length));
    cases.add(Case.json("whole body: invalid UTF-8", null, invalidUtf8));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/octet-stream", "text/html", "multipart/form-data; boundary=fuzz")) {
      cases.add(new Case("content type " + type, null, bytes, MediaType.parseMediaType(type), 415));
    }
    return cases;
  }

  /** One body posted: what was done, the fields the answer must name (null: the body as a whole). */
  record Case(String name, List<String> blame, byte[] body, MediaType type, int expected) {
    static Case json(String name, List<String> blame, byte[] body) {
      return new Case(name, blame, body, MediaType.APPLICATION_JSON, 400);
    }
  }

  // ---------------------------------------------------------------- what is stored

  /** Row counts of the tables a write endpoint fills, the number counters and the engine's instances. */
  private Map<String, Object> stored() {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String table : List.of("complaint", "complainant", "complaint_subject", "complaint_event", "clue",
        "clue_subject", "clue_reporter", "clue_event", "escalation", "escalation_event", "spot_check",
        "department_transfer", "department_transfer_subject", "interview", "interview_subject", "governance_event",
        "spot_check_assignment", "supervised_subject", "credit_listing", "credit_notice", "campaign", "campaign_unit",
        "campaign_quota", "typical_case", "credit_listing_request",
        "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
        "ACT_HI_PROCINST")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put("number_sequence", jdbc.queryForList("SELECT seq_key, last_value FROM number_sequence ORDER BY seq_key"));
    return counts;
  }

  // ---------------------------------------------------------------- HTTP

  private ResponseEntity<String> post(String path, byte[] body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    String user = switch (path) {
      case "/api/interviews", "/api/credit-listings" -> head;
      case "/api/campaigns" -> coordinator;
      default -> officer;
    };
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private ResponseEntity<String> upload(String fileName, byte[] content) {
    return http.withBasicAuth(officer, TestUsers.PASSWORD).exchange("/api/spot-checks/upload", HttpMethod.POST,
        TestHttp.multipartFile(fileName, content), String.class);
  }

  // ---------------------------------------------------------------- JSON paths and text

  private String body(ObjectNode node) {
    try {
      String text = json.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800");
      Matcher raw = java.util.regex.Pattern.compile("\"" + RAW + "(.*?)" + RAW + "\"").matcher(text);
      return raw.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode raw(String text) {
    return TextNode.valueOf(RAW + text + RAW);
  }

  private static ObjectNode apply(ObjectNode base, List<Mutation> mutations) {
    ObjectNode copy = base.deepCopy();
    mutations.forEach(m -> m.apply().accept(copy));
    return copy;
  }

  /** "subjects[0].name" → subjects, 0, name. */
  private static List<Object> tokens(String path) {
    List<Object> tokens = new ArrayList<>();
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      tokens.add(bracket < 0 ? part : part.substring(0, bracket));
      if (bracket >= 0) {
        tokens.add(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))));
      }
    }
    return tokens;
  }

  private static JsonNode get(JsonNode root, String path) {
    JsonNode node = root;
    for (Object token : tokens(path)) {
      node = node == null ? null : token instanceof Integer i ? node.get(i) : node.get((String) token);
    }
    return node;
  }

  private static ContainerNode<?> parent(ObjectNode root, List<Object> tokens) {
    JsonNode node = root;
    for (Object token : tokens.subList(0, tokens.size() - 1)) {
      node = token instanceof Integer i ? node.get(i) : node.get((String) token);
    }
    return (ContainerNode<?>) node;
  }

  static void set(ObjectNode root, String path, JsonNode value) {
    List<Object> tokens = tokens(path);
    Object last = tokens.get(tokens.size() - 1);
    ContainerNode<?> parent = parent(root, tokens);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, value.deepCopy());
    } else {
      ((ObjectNode) parent).set((String) last, value.deepCopy());
    }
  }

  static void remove(ObjectNode root, String path) {
    List<Object> tokens = tokens(path);
    Object last = tokens.get(tokens.size() - 1);
    ContainerNode<?> parent = parent(root, tokens);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).remove((int) i);
    } else {
      ((ObjectNode) parent).remove((String) last);
    }
  }

  private static ArrayNode fill(ArrayNode array, int count, JsonNode element) {
    for (int i = 0; i < count; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }

  private static String insert(String text, String inserted, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return out.toString();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\p{Cc}", "·");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…(" + text.length() + ")";
  }

  private static String excerpt(String body) {
    return body == null ? "(no body)" : abbreviate(body.length() > 300 ? body.substring(0, 300) : body);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] randomBytes(Random random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] workbook(String header, String row) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("抽查记录");
      String[][] lines = {header.split(",", -1), row.split(",", -1)};
      for (int r = 0; r < lines.length; r++) {
        Row sheetRow = sheet.createRow(r);
        for (int c = 0; c < lines[r].length; c++) {
          sheetRow.createCell(c).setCellValue(lines[r][c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook with its sheet swapped for one that inflates to 100 MB of spaces from some 100 KB. */
  private static byte[] zipBomb(byte[] workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
          byte[] spaces = new byte[1024 * 1024];
          Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 100; i++) {
            zip.write(spaces);
          }
          zip.write(utf8("</sheetData></worksheet>"));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
