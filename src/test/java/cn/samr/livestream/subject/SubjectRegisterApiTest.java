package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.ConcurrentRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** /api/subjects over real HTTP with real logins: the register as officers search, add and correct it. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectRegisterApiTest {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired SubjectRegistry registry;

  String baoshan;
  String pudong;
  String corps;
  String supervisor;
  String admin;

  @BeforeAll
  void setUp(TestUsers users) {
    baoshan = users.create("register-baoshan-officer", "district-310113");
    pudong = users.create("register-pudong-officer", "district-310115");
    corps = users.create("register-corps-officer", "enforcement-corps");
    supervisor = users.create("register-supervisor", "supervisors");
    admin = users.create("register-admin", "camunda-admin");
  }

  @Test
  void aDistrictOfficerAddsAKeyMerchantOfTheDistrictAndFindsItWithItsAuditedCreation() throws Exception {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    String name = "宝山名录食品有限公司" + SEQUENCE.incrementAndGet();

    ResponseEntity<String> created = send(baoshan, HttpMethod.POST, "/api/subjects",
        merchant(name, code, "310113", "FOOD"));

    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(created.getBody()).get("id").asLong();
    JsonNode detail = json.readTree(send(baoshan, HttpMethod.GET, "/api/subjects/" + id, null).getBody());
    assertThat(detail.at("/subject/roles/0").asText()).isEqualTo("MERCHANT");
    assertThat(detail.at("/subject/keyArea").asText()).isEqualTo("FOOD");
    assertThat(detail.at("/changes/0/field").asText()).isEqualTo(SubjectChange.CREATED);
    assertThat(detail.at("/changes/0/changedBy").asText()).isEqualTo(baoshan);
    assertThat(detail.at("/history/complaints").isArray()).isTrue();

    JsonNode page = json.readTree(send(baoshan, HttpMethod.GET,
        "/api/subjects?list=KEY_MERCHANTS&q=" + name.substring(2), null).getBody());
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.at("/items/0/id").asLong()).isEqualTo(id);
    assertThat(json.readTree(send(baoshan, HttpMethod.GET, "/api/subjects?creditCode=" + code, null).getBody())
        .get("total").asLong()).isEqualTo(1);

    assertThat(send(pudong, HttpMethod.GET, "/api/subjects/" + id, null).getStatusCode())
        .as("another district's officer").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(send(pudong, HttpMethod.GET, "/api/subjects?creditCode=" + code, null).getBody())
        .get("total").asLong()).isZero();
    assertThat(send(supervisor, HttpMethod.GET, "/api/subjects/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void badInputIsRejectedWithFieldErrorsInChineseAndEnglishAndNothingIsStored() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class);
    Map<String, Object> body = merchant("", "NOT-A-CODE", "999999", "FOOD");
    body.put("roles", List.of("STREAMER"));
    body.put("followers", -1);

    ResponseEntity<String> answer = send(baoshan, HttpMethod.POST, "/api/subjects", body);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("fieldErrors");
    List<String> fields = errors.findValuesAsText("field");
    assertThat(fields).contains("name", "creditCode", "accountId", "districtCode", "keyArea", "followers");
    assertThat(errors.findValuesAsText("message")).allSatisfy(m -> assertThat(m).contains(" / "));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class)).isEqualTo(before);
  }

  @Test
  void onlyOfficersOfTheSubjectsDistrictAndTheCityEditorsCorrectItAndEveryChangeIsAudited() throws Exception {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    String n = String.valueOf(SEQUENCE.incrementAndGet());
    long id = registry.resolve(SubjectType.MERCHANT, "宝山更名前有限公司" + n, code, null, null, "310113").getId();
    Map<String, Object> corrected = merchant("宝山更名后有限公司" + n, code, "310113", "HEALTH");
    corrected.put("riskLevel", "HIGH");

    assertThat(send(pudong, HttpMethod.PUT, "/api/subjects/" + id, corrected).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(supervisor, HttpMethod.PUT, "/api/subjects/" + id, corrected).getStatusCode())
        .as("supervisors read only").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> answer = send(baoshan, HttpMethod.PUT, "/api/subjects/" + id, corrected);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);

    List<Map<String, Object>> changes = jdbc.queryForList(
        "SELECT field, old_value, new_value, changed_by FROM subject_change WHERE subject_id = ? ORDER BY field", id);
    assertThat(changes).extracting(c -> c.get("field")).containsExactly("keyArea", "name", "riskLevel");
    assertThat(changes.get(1)).containsEntry("old_value", "宝山更名前有限公司" + n)
        .containsEntry("new_value", "宝山更名后有限公司" + n).containsEntry("changed_by", baoshan);
    assertThat(jdbc.queryForList("SELECT name FROM subject_name_history WHERE subject_id = ? ORDER BY id",
        String.class, id)).containsExactly("宝山更名前有限公司" + n, "宝山更名后有限公司" + n);
    assertThat(json.readTree(send(baoshan, HttpMethod.GET, "/api/subjects?q=更名前有限公司" + n + "&district=310113", null)
        .getBody()).get("total").asLong()).as("found by its former name").isEqualTo(1);

    corrected.put("districtCode", "310115");
    assertThat(send(baoshan, HttpMethod.PUT, "/api/subjects/" + id, corrected).getStatusCode())
        .as("moving it to a district the officer does not edit").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(corps, HttpMethod.PUT, "/api/subjects/" + id, corrected).getStatusCode())
        .as("the enforcement corps edits everywhere").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theSameNewSubjectSentByManyAtOnceIsStoredOnceTheOthersGet409() throws Exception {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    String body = json.writeValueAsString(merchant("并发登记有限公司", code, "310113", null));

    List<ConcurrentRequests.Answer> answers = ConcurrentRequests.post(port, "/api/subjects", corps, body, 10);

    assertThat(answers).extracting(ConcurrentRequests.Answer::status).containsOnly(201, 409);
    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() == 409)
        .allSatisfy(a -> assertThat(a.body()).contains("DUPLICATE").contains("subjectId"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject WHERE credit_code = ?", Long.class, code))
        .isEqualTo(1L);
  }

  @Test
  void influentialStreamersAreThoseAtTheThresholdAdministratorsSetAndCountedPerDistrict() throws Exception {
    String account = "big-" + SEQUENCE.incrementAndGet();
    Map<String, Object> streamer = new LinkedHashMap<>();
    streamer.put("roles", List.of("STREAMER"));
    streamer.put("name", "头部主播" + account);
    streamer.put("platformName", "名录测试平台");
    streamer.put("accountId", account);
    streamer.put("districtCode", "310115");
    streamer.put("followers", 5_000_000);
    assertThat(send(pudong, HttpMethod.POST, "/api/subjects", streamer).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String list = "/api/subjects?list=INFLUENTIAL_STREAMERS&account=" + account;

    Map<String, Object> higher = Map.of("followers", 10_000_000, "annualTurnover", 100_000_000);
    assertThat(send(pudong, HttpMethod.PUT, "/api/subjects/settings", higher).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    long countedBefore = pudongInfluential();
    try {
      assertThat(json.readTree(send(pudong, HttpMethod.GET, list, null).getBody()).get("total").asLong()).isEqualTo(1);
      assertThat(send(admin, HttpMethod.PUT, "/api/subjects/settings", higher).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(send(pudong, HttpMethod.GET, list, null).getBody()).get("total").asLong()).isZero();
      // the database may hold other runs' Pudong streamers: the count is the register's at the new thresholds
      assertThat(pudongInfluential()).isLessThan(countedBefore).isEqualTo(jdbc.queryForObject(
          "SELECT COUNT(*) FROM supervised_subject s WHERE s.district_code = '310115' AND s.merged_into IS NULL"
              + " AND (s.followers >= 10000000 OR s.annual_turnover >= 100000000) AND EXISTS (SELECT 1 FROM"
              + " subject_role r WHERE r.subject_id = s.id AND r.role = 'STREAMER' AND r.removed_at IS NULL)",
          Long.class));
    } finally {
      send(admin, HttpMethod.PUT, "/api/subjects/settings", Map.of("followers", 1_000_000,
          "annualTurnover", 100_000_000));
    }
    JsonNode counts = json.readTree(send(pudong, HttpMethod.GET, "/api/subjects/counts", null).getBody());
    assertThat(counts).hasSize(1);
    assertThat(counts.at("/0/districtCode").asText()).isEqualTo("310115");
    assertThat(counts.at("/0/streamers").asLong()).isPositive();
  }

  @Test
  void aMergedIdGivesItsSurvivorAndBadQueryParametersAre400() throws Exception {
    assertThat(send(baoshan, HttpMethod.GET, "/api/subjects?role=NOPE&size=0", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    long survivor = registry.resolve(SubjectType.MERCHANT, "合并后公司", code, null, null, "310113").getId();
    long merged = registry.resolve(SubjectType.MERCHANT, "合并前公司", ComplaintFixtures.uniqueCreditCode("310113"),
        null, null, "310113").getId();
    jdbc.update("UPDATE supervised_subject SET merged_into = ?, credit_code = NULL WHERE id = ?", survivor, merged);
    jdbc.update("INSERT INTO subject_merge (merged_id, survivor_id, reason, merged_type, merged_name, merged_at,"
        + " merged_by) VALUES (?, ?, 'CREDIT_CODE', 'MERCHANT', '合并前公司', CURRENT_TIMESTAMP, 'test')", merged, survivor);

    JsonNode detail = json.readTree(send(baoshan, HttpMethod.GET, "/api/subjects/" + merged, null).getBody());

    assertThat(detail.at("/subject/id").asLong()).isEqualTo(survivor);
    assertThat(detail.get("requestedId").asLong()).isEqualTo(merged);
    assertThat(detail.at("/merges/0/mergedName").asText()).isEqualTo("合并前公司");
  }

  @Test
  void aStreamerIsRelatedToItsAgencyWithDatesAndBadRelationsAre400() throws Exception {
    long agency = registry.resolve(SubjectType.AGENCY, "名录MCN机构", ComplaintFixtures.uniqueCreditCode("310113"),
        null, null, "310113").getId();
    long streamer = registry.resolve(SubjectType.STREAMER, "签约主播", null, "名录测试平台",
        "signed-" + SEQUENCE.incrementAndGet(), "310113").getId();

    ResponseEntity<String> bad = send(baoshan, HttpMethod.POST, "/api/subjects/" + streamer + "/relations",
        Map.of("type", "SIGNED_WITH", "toSubjectId", streamer, "validFrom", "2026-03-01", "validTo", "2026-01-01"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(bad.getBody()).get("fieldErrors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("toSubjectId", "validTo");
    ResponseEntity<String> ok = send(baoshan, HttpMethod.POST, "/api/subjects/" + streamer + "/relations",
        Map.of("type", "SIGNED_WITH", "toSubjectId", agency, "validFrom", "2026-01-01"));
    assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.CREATED);

    JsonNode detail = json.readTree(send(baoshan, HttpMethod.GET, "/api/subjects/" + agency, null).getBody());
    assertThat(detail.at("/relations/0/relationType").asText()).isEqualTo("SIGNED_WITH");
    assertThat(detail.at("/relations/0/fromName").asText()).isEqualTo("签约主播");
    assertThat(detail.at("/relations/0/validFrom").asText()).isEqualTo("2026-01-01");
  }

  private long pudongInfluential() throws Exception {
    return json.readTree(send(pudong, HttpMethod.GET, "/api/subjects/counts", null).getBody())
        .at("/0/influentialStreamers").asLong();
  }

  private static Map<String, Object> merchant(String name, String code, String district, String keyArea) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("roles", List.of("MERCHANT"));
    body.put("name", name);
    body.put("creditCode", code);
    body.put("districtCode", district);
    body.put("keyArea", keyArea);
    return body;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) throws Exception {
    return TestHttp.send(http, user, method, path, body == null ? null : json.writeValueAsString(body));
  }
}
