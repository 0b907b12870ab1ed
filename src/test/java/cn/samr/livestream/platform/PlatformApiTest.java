package cn.samr.livestream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * The platforms' channel over real HTTP on the real engine and database: administrators register clients; a platform
 * reports subjects in batches, submits clues and follows one to its outcome, submits a self-inspection report; it sees
 * only its own data; its credentials open nothing else and officers' logins do not open its door; limits and audit.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformApiTest extends PlatformChannelTest {

  static final String BAOSHAN = "310113";


  String supervisor;
  String baoshanOfficer;
  String pudongOfficer;
  Client alpha;
  Client beta;

  @BeforeAll
  void setUp(TestUsers users) throws Exception {
    supervisor = users.create("pf-supervisor-" + RUN, CityGroups.SUPERVISORS);
    baoshanOfficer = users.create("pf-baoshan-" + RUN, "district-310113");
    pudongOfficer = users.create("pf-pudong-" + RUN, "district-310115");
    alpha = register("pa" + RUN, "测试甲平台" + RUN, BAOSHAN, List.of("CLUES", "SUBJECTS", "REPORTS"), null);
    beta = register("pb" + RUN, "测试乙平台" + RUN, null, List.of("CLUES", "SUBJECTS"), null);
  }

  @Test
  void administratorsRegisterClientsWhoseSecretIsShownOnceAndStoredAsAHash() throws Exception {
    Answer list = officer(TestAdministrator.ID, "GET", "/api/platform-clients", null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.raw().body()).contains(alpha.id()).doesNotContain(alpha.secret()).doesNotContain("pbkdf2");
    String stored = jdbc.queryForObject("SELECT secret_hash FROM platform_client WHERE client_id = ?", String.class,
        alpha.id());
    assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain(alpha.secret());
    // clients are never Camunda users
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = ?", Long.class, alpha.id())).isZero();

    // only administrators
    ObjectNode request = clientRequest("px" + RUN, "测试丙平台" + RUN, null, List.of("CLUES"), null);
    assertThat(officer(supervisor, "POST", "/api/platform-clients", request.toString()).status()).isEqualTo(403);
    assertThat(officer(supervisor, "GET", "/api/platform-clients", null).status()).isEqualTo(403);
    // bad input: field errors, nothing stored
    request.put("clientId", "Bad Id");
    request.put("districtCode", "999999");
    Answer bad = officer(TestAdministrator.ID, "POST", "/api/platform-clients", request.toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().at("/fieldErrors").findValuesAsText("field")).contains("clientId");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM platform_client WHERE platform_name = ?", Long.class,
        "测试丙平台" + RUN)).isZero();

    // disable, enable, rotate
    Client gamma = register("pg" + RUN, "测试丁平台" + RUN, null, List.of("CLUES"), null);
    assertThat(platform(gamma, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(200);
    assertThat(officer(TestAdministrator.ID, "PUT", "/api/platform-clients/" + gamma.id() + "/enabled",
        "{\"enabled\":false}").status()).isEqualTo(200);
    assertThat(platform(gamma, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(401);
    officer(TestAdministrator.ID, "PUT", "/api/platform-clients/" + gamma.id() + "/enabled", "{\"enabled\":true}");
    Answer rotated = officer(TestAdministrator.ID, "POST", "/api/platform-clients/" + gamma.id() + "/secret", null);
    assertThat(rotated.status()).isEqualTo(200);
    String newSecret = rotated.body().get("secret").asText();
    assertThat(platform(gamma, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(401);
    assertThat(platform(new Client(gamma.id(), newSecret, gamma.platformName()), "GET", "/platform-api/v1/clues",
        null).status()).isEqualTo(200);
  }

  @Test
  void aPlatformReportsAThousandSubjectsInBatchesAndAResentBatchAddsNothing() throws Exception {
    long before = subjects();
    long started = System.nanoTime();
    List<ObjectNode> batches = List.of(subjectBatch("b1-" + RUN, 0, 500), subjectBatch("b2-" + RUN, 500, 500));
    for (ObjectNode batch : batches) {
      Answer answer = platform(alpha, "POST", "/platform-api/v1/subject-batches", batch.toString());
      assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
      assertThat(answer.body().get("rows").asInt()).isEqualTo(500);
      assertThat(answer.body().get("added").asInt()).isEqualTo(500);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("平台报送1000个主体（2批）用时 / 1000 subjects in 2 batches took " + millis + " ms");
    assertThat(subjects()).isEqualTo(before + 1000);

    // the same batch again: the first answer, nothing added
    Answer again = platform(alpha, "POST", "/platform-api/v1/subject-batches", batches.get(0).toString());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("added").asInt()).isEqualTo(500);
    assertThat(subjects()).isEqualTo(before + 1000);
    // the same batch id with other rows: a conflict, nothing added
    ObjectNode changed = subjectBatch("b1-" + RUN, 1000, 2);
    Answer conflict = platform(alpha, "POST", "/platform-api/v1/subject-batches", changed.toString());
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().get("code").asText()).isEqualTo("CONFLICT");
    assertThat(subjects()).isEqualTo(before + 1000);
    // subjects already in the register are matched, not duplicated; streamers and rooms carry the platform's name
    Answer overlap = platform(alpha, "POST", "/platform-api/v1/subject-batches",
        subjectBatch("b3-" + RUN, 998, 4).toString());
    assertThat(overlap.body().get("added").asInt()).isEqualTo(2);
    assertThat(overlap.body().get("matched").asInt()).isEqualTo(2);
    assertThat(subjects()).isEqualTo(before + 1002);
    // the platform reads its batches back; another platform cannot
    Answer stored = platform(alpha, "GET", "/platform-api/v1/subject-batches/b1-" + RUN, null);
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.body().get("rows").asInt()).isEqualTo(500);
    assertThat(platform(alpha, "GET", "/platform-api/v1/subject-batches?size=100", null).body()
        .findValuesAsText("batchId")).contains("b1-" + RUN, "b2-" + RUN, "b3-" + RUN);
    assertThat(platform(beta, "GET", "/platform-api/v1/subject-batches/b1-" + RUN, null).status()).isEqualTo(404);
    assertThat(platform(beta, "GET", "/platform-api/v1/subject-batches?size=100", null).raw().body())
        .doesNotContain("b1-" + RUN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject WHERE platform_name = ? "
        + "AND subject_type = 'STREAMER'", Long.class, alpha.platformName())).isEqualTo(501);
    // the audit names the batch
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM platform_call_log WHERE client_id = ? AND batch_id = ? "
        + "AND path = '/platform-api/v1/subject-batches' AND method = 'POST'", Long.class, alpha.id(), "b1-" + RUN))
        .isEqualTo(3);
  }

  @Test
  void aBadBatchChangesNothingAndNamesEveryRowInError() throws Exception {
    long subjectsBefore = subjects();
    long batchesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM platform_subject_batch", Long.class);
    ObjectNode batch = subjectBatch("bad-" + RUN, 2000, 4);
    ((ObjectNode) batch.get("subjects").get(0)).remove("creditCode");
    ((ObjectNode) batch.get("subjects").get(1)).put("district", "999999");
    ((ObjectNode) batch.get("subjects").get(2)).put("type", "PLATFORM");
    Answer bad = platform(alpha, "POST", "/platform-api/v1/subject-batches", batch.toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(bad.body().get("fieldErrors").findValuesAsText("field"))
        .contains("subjects[0].creditCode", "subjects[1].district", "subjects[2].type");
    assertThat(subjects()).isEqualTo(subjectsBefore);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM platform_subject_batch", Long.class)).isEqualTo(batchesBefore);

    // over the row limit (500), and a malformed body: 400, nothing stored
    Answer tooMany = platform(alpha, "POST", "/platform-api/v1/subject-batches",
        subjectBatch("big-" + RUN, 3000, 501).toString());
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body().get("fieldErrors").findValuesAsText("field")).contains("subjects");
    assertThat(platform(alpha, "POST", "/platform-api/v1/subject-batches", "{\"batchId\": \"x\", \"subjects\": [}")
        .body().get("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(platform(alpha, "POST", "/platform-api/v1/subject-batches", "{\"batchId\": \"x\", \"extra\": 1}")
        .status()).isEqualTo(400);
    assertThat(subjects()).isEqualTo(subjectsBefore);
  }

  @Test
  void aPlatformSubmitsCluesAndFollowsOneToItsOutcome() throws Exception {
    ObjectNode clue = clue("C-" + RUN + "-1");
    Answer first = platform(alpha, "POST", "/platform-api/v1/clues", clue.toString());
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    String clueNo = first.body().get("clueNo").asText();
    assertThat(first.body().get("status").asText()).isEqualTo("UNDER_VERIFICATION");
    assertThat(first.body().get("statusLabel").asText()).isEqualTo("核查中");
    Map<String, Object> stored = jdbc.queryForMap(
        "SELECT source, external_no, registered_by, handling_unit, process_instance_id FROM clue WHERE clue_no = ?",
        clueNo);
    assertThat(stored.get("SOURCE") != null ? stored.get("SOURCE") : stored.get("source")).isEqualTo("PLATFORM");
    assertThat(value(stored, "external_no")).isEqualTo(alpha.id() + ":C-" + RUN + "-1");
    assertThat(value(stored, "registered_by")).isEqualTo("platform:" + alpha.id());
    assertThat(value(stored, "handling_unit")).isEqualTo("district-310113");
    String pi = (String) value(stored, "process_instance_id");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();

    // a retry: the same clue, not a second one; other content under the same number: 409
    Answer retry = platform(alpha, "POST", "/platform-api/v1/clues", clue.toString());
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body().get("clueNo").asText()).isEqualTo(clueNo);
    clue.put("facts", "另一条线索的内容");
    assertThat(platform(alpha, "POST", "/platform-api/v1/clues", clue.toString()).status()).isEqualTo(409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue WHERE external_no LIKE ?", Long.class,
        alpha.id() + ":C-" + RUN + "-%")).isOne();
    // another platform may use the same number for its own clue
    Answer betaClue = platform(beta, "POST", "/platform-api/v1/clues", clue("C-" + RUN + "-1").toString());
    assertThat(betaClue.status()).isEqualTo(201);
    assertThat(betaClue.body().get("clueNo").asText()).isNotEqualTo(clueNo);

    ClueFixtures.runToAdmonition(runtimeService, taskService, pi);
    Answer closed = platform(alpha, "GET", "/platform-api/v1/clues/C-" + RUN + "-1", null);
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.body().get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.body().get("outcome").asText()).isEqualTo("行政告诫");
    assertThat(closed.body().get("closedAt").asText()).isNotBlank();
    // the public part only: not the findings, the admonition's text or number, officers or the unit
    assertThat(closed.raw().body()).doesNotContain("经调取回放").doesNotContain("告诫你单位").doesNotContain("市监告")
        .doesNotContain("宝山").doesNotContain("district-").doesNotContain("facts");
    Answer list = platform(alpha, "GET", "/platform-api/v1/clues?size=10", null);
    assertThat(list.body().findValuesAsText("clueNo")).contains(clueNo).doesNotContain(betaClue.body()
        .get("clueNo").asText());
  }

  @Test
  void aPlatformCannotReadAnotherPlatformsData() throws Exception {
    String number = "C-" + RUN + "-own";
    assertThat(platform(alpha, "POST", "/platform-api/v1/clues", clue(number).toString()).status()).isEqualTo(201);
    Answer foreign = platform(beta, "GET", "/platform-api/v1/clues/" + number, null);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body().get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(platform(beta, "GET", "/platform-api/v1/clues?size=100", null).raw().body()).doesNotContain(number);
    // without the scope: 403
    assertThat(platform(beta, "POST", "/platform-api/v1/self-inspection-reports", report("R1").toString()).status())
        .isEqualTo(403);
  }

  @Test
  void clientCredentialsOpenNothingElseAndOfficersLoginsDoNotOpenThePlatformApi() throws Exception {
    String basic = basic(alpha.id(), alpha.secret());
    assertThat(raw("GET", "/api/clues/XS-1", null, basic).statusCode()).isEqualTo(401);
    assertThat(raw("GET", "/api/platform-reports", null, basic).statusCode()).isEqualTo(401);
    assertThat(raw("GET", "/engine-rest/task", null, basic).statusCode()).isEqualTo(401);
    assertThat(raw("GET", "/engine-rest/process-definition", null, basic).statusCode()).isEqualTo(401);
    assertThat(raw("GET", "/camunda/api/engine/engine/default/task/count", null, basic).statusCode())
        .isIn(401, 403);

    String officer = basic(TestAdministrator.ID, TestUsers.PASSWORD);
    HttpResponse<String> refused = raw("GET", "/platform-api/v1/clues", null, officer);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
        .contains("platform-api"));
    assertThat(json.readTree(refused.body()).get("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(raw("POST", "/platform-api/v1/clues", clue("C-" + RUN + "-x").toString(), officer).statusCode())
        .isEqualTo(401);
    assertThat(raw("GET", "/platform-api/v1/clues", null, null).statusCode()).isEqualTo(401);
    assertThat(raw("GET", "/platform-api/v1/clues", null, basic(alpha.id(), alpha.secret() + "x")).statusCode())
        .isEqualTo(401);
    // the refused calls are audited too, without a client
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM platform_call_log WHERE client_id IS NULL AND status = 401",
        Long.class)).isGreaterThanOrEqualTo(4);
  }

  @Test
  void callsOverTheClientsLimitAreRefusedWith429AndRetryAfter() throws Exception {
    Client limited = register("pl" + RUN, "测试限流平台" + RUN, null, List.of("CLUES"), 3);
    for (int i = 0; i < 3; i++) {
      assertThat(platform(limited, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(200);
    }
    Answer refused = platform(limited, "GET", "/platform-api/v1/clues", null);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    List<Map<String, Object>> calls = jdbc.queryForList(
        "SELECT method, path, status FROM platform_call_log WHERE client_id = ? ORDER BY id", limited.id());
    assertThat(calls).hasSize(4);
    assertThat(calls.stream().map(c -> ((Number) value(c, "status")).intValue()).toList())
        .containsExactly(200, 200, 200, 429);
    // other clients are not affected
    assertThat(platform(beta, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(200);
  }

  @Test
  void callsAnsweredByAnotherNodeCountTowardsTheLimit() throws Exception {
    Client limited = register("pn" + RUN, "测试多节点限流平台" + RUN, null, List.of("CLUES"), 3);
    // another node behind the balancer answered three calls of this client in the last minute
    for (int i = 0; i < 3; i++) {
      jdbc.update("INSERT INTO platform_call_log (client_id, method, path, status, called_at, duration_ms) "
          + "VALUES (?, 'GET', '/platform-api/v1/clues', 200, ?, 5)", limited.id(),
          java.time.LocalDateTime.now(clock).minusSeconds(10));
    }
    Answer refused = platform(limited, "GET", "/platform-api/v1/clues", null);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(40L, 60L);
    // calls refused for the limit do not count: once the other node's calls are older than a minute, it may call
    jdbc.update("UPDATE platform_call_log SET called_at = ? WHERE client_id = ? AND status = 200",
        java.time.LocalDateTime.now(clock).minusSeconds(61), limited.id());
    assertThat(platform(limited, "GET", "/platform-api/v1/clues", null).status()).isEqualTo(200);
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    String huge = "{\"batchId\":\"huge\",\"subjects\":[" + "{\"type\":\"MERCHANT\",\"name\":\"x\"},".repeat(40_000)
        + "{}]}";
    Answer answer = platform(alpha, "POST", "/platform-api/v1/subject-batches", huge);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body().get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    // and not UTF-8: 415 in the same error format
    HttpResponse<String> gbk = httpClient.send(HttpRequest.newBuilder(uri("/platform-api/v1/clues"))
        .header("Authorization", basic(alpha.id(), alpha.secret()))
        .header("Content-Type", "application/json; charset=GBK")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(gbk.statusCode()).isEqualTo(415);
    assertThat(json.readTree(gbk.body()).get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void selfInspectionReportsAreReadByTheCityAndThePlatformsDistrict() throws Exception {
    Answer first = platform(alpha, "POST", "/platform-api/v1/self-inspection-reports", report("R-" + RUN).toString());
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    assertThat(platform(alpha, "POST", "/platform-api/v1/self-inspection-reports", report("R-" + RUN).toString())
        .status()).isEqualTo(200);
    // the platform reads its receipts back; without the scope, nothing
    Answer receipt = platform(alpha, "GET", "/platform-api/v1/self-inspection-reports/R-" + RUN, null);
    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.body().get("reportNo").asText()).isEqualTo("R-" + RUN);
    assertThat(platform(alpha, "GET", "/platform-api/v1/self-inspection-reports?size=10", null).body()
        .findValuesAsText("reportNo")).contains("R-" + RUN);
    assertThat(platform(alpha, "GET", "/platform-api/v1/self-inspection-reports/R-none-" + RUN, null).status())
        .isEqualTo(404);
    assertThat(platform(beta, "GET", "/platform-api/v1/self-inspection-reports/R-" + RUN, null).status())
        .isEqualTo(403);
    ObjectNode changed = report("R-" + RUN);
    changed.put("violationsFound", 99);
    assertThat(platform(alpha, "POST", "/platform-api/v1/self-inspection-reports", changed.toString()).status())
        .isEqualTo(409);
    ObjectNode backwards = report("R2-" + RUN);
    backwards.put("periodFrom", LocalDate.now(clock).minusDays(1).toString());
    backwards.put("periodTo", LocalDate.now(clock).minusDays(20).toString());
    Answer bad = platform(alpha, "POST", "/platform-api/v1/self-inspection-reports", backwards.toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("fieldErrors").findValuesAsText("field")).contains("periodTo");

    assertThat(officer(supervisor, "GET", "/api/platform-reports?size=100", null).raw().body())
        .contains("R-" + RUN).contains(alpha.platformName());
    assertThat(officer(baoshanOfficer, "GET", "/api/platform-reports?size=100", null).raw().body())
        .contains("R-" + RUN);
    Answer pudong = officer(pudongOfficer, "GET", "/api/platform-reports?size=100", null);
    assertThat(pudong.status()).isEqualTo(200);
    assertThat(pudong.raw().body()).doesNotContain("R-" + RUN);
  }

  // --- helpers ---

  /** count rows from number start: merchants (by credit code) and streamers (by account), alternately. */
  private ObjectNode subjectBatch(String batchId, int start, int count) {
    ObjectNode batch = json.createObjectNode();
    batch.put("batchId", batchId);
    ArrayNode rows = batch.putArray("subjects");
    for (int i = start; i < start + count; i++) {
      ObjectNode row = rows.addObject();
      if (i % 2 == 0) {
        row.put("type", "MERCHANT");
        row.put("name", "测试商户" + RUN + "-" + i);
        row.put("creditCode", creditCode(i));
      } else {
        row.put("type", "STREAMER");
        row.put("name", "测试主播" + RUN + "-" + i);
        row.put("accountId", "acct-" + RUN + "-" + i);
      }
      row.put("district", BAOSHAN);
    }
    return batch;
  }

  /** A well-formed code, distinct per run and row: 91310113 + 10 characters. */
  private static String creditCode(int i) {
    String tail = String.format("%05d", Math.abs(RUN.hashCode()) % 100_000) + String.format("%05d", i);
    return "91310113" + tail;
  }

  private ObjectNode report(String number) {
    ObjectNode report = json.createObjectNode();
    report.put("reportNo", number);
    report.put("periodFrom", LocalDate.now(clock).minusDays(40).toString());
    report.put("periodTo", LocalDate.now(clock).minusDays(10).toString());
    report.put("summary", "本期巡查直播间1200个，发现违规32起，已全部处置");
    report.put("roomsInspected", 1200);
    report.put("violationsFound", 32);
    report.put("itemsTakenDown", 18);
    report.put("accountsSanctioned", 5);
    report.put("cluesSubmitted", 2);
    return report;
  }

  private long subjects() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class);
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

}
