package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/subjects/import: a register from CSV, all or nothing, with each line's errors. */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectImportApiTest {

  static final String HEADER = "角色,名称,统一社会信用代码,平台,账号,所属辖区代码,重点领域,粉丝数,年交易额（元）,风险等级\r\n";
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String baoshan;

  @BeforeAll
  void setUp(TestUsers users) {
    baoshan = users.create("import-baoshan-officer", "district-310113");
  }

  @Test
  void theTemplateImportsAndTheSameFileAgainCorrectsInsteadOfDuplicating() throws Exception {
    ResponseEntity<byte[]> template = http.withBasicAuth(baoshan, TestUsers.PASSWORD)
        .getForEntity("/api/subjects/import/template.csv", byte[].class);
    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(template.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADER.trim());

    String code = ComplaintFixtures.uniqueCreditCode("310113");
    String account = "import-" + SEQUENCE.incrementAndGet();
    String file = HEADER
        + "商品经营者、直播间运营者,导入食品有限公司," + code + ",,,310113,食品,,,中\r\n"
        + "主播,导入主播,,导入平台," + account + ",310113,,2000000,,\r\n"
        + "LIVE_ROOM,导入直播间,,导入平台," + account + "-room,310113,,,,低\r\n";

    JsonNode first = json.readTree(upload(file).getBody());
    assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(3);
    JsonNode again = json.readTree(upload(file.replace("导入主播", "导入主播改名")).getBody());
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isEqualTo(3);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject WHERE credit_code = ?", Long.class, code))
        .isEqualTo(1L);
    long streamer = jdbc.queryForObject("SELECT id FROM supervised_subject WHERE platform_name = '导入平台'"
        + " AND account_id = ?", Long.class, account);
    assertThat(jdbc.queryForList("SELECT source FROM subject_name_history WHERE subject_id = ? ORDER BY id",
        String.class, streamer)).containsExactly("IMPORT", "CORRECTION");
    assertThat(jdbc.queryForList("SELECT role FROM subject_role r JOIN supervised_subject s ON s.id = r.subject_id"
        + " WHERE s.credit_code = ? ORDER BY role", String.class, code)).containsExactly("MERCHANT", "ROOM_OPERATOR");
  }

  @Test
  void aFileWithBadLinesIsRefusedWithEachLinesErrorsAndNothingIsStored() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class);
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    String file = HEADER
        + "商户,正常的一行," + code + ",,,310113,,,,\r\n"
        + "商户,代码不对,NOT-A-CODE,,,310113,,,,\r\n"
        + "商户,重复的一行," + code + ",,,310113,,,,\r\n"
        + "商户,别区的一行," + ComplaintFixtures.uniqueCreditCode("310115") + ",,,310115,,,,\r\n"
        + "厨师,角色不对,,,,310113,医疗,abc,,\r\n";

    ResponseEntity<String> answer = upload(file);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.get("code").asText()).isEqualTo("INVALID_ROWS");
    assertThat(body.get("errors").findValues("line")).extracting(JsonNode::asInt).contains(3, 4, 5, 6)
        .doesNotContain(2);
    assertThat(body.get("errors").findValuesAsText("field")).contains("creditCode", "districtCode", "roles",
        "keyArea", "followers");
    assertThat(body.get("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).contains(" / "));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervised_subject", Long.class)).isEqualTo(before);
  }

  @Test
  void anUnknownHeaderIsRefused() throws Exception {
    ResponseEntity<String> answer = upload("名称,电话\r\n某某,123\r\n");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).get("code").asText()).isEqualTo("UNKNOWN_HEADER");
  }

  private ResponseEntity<String> upload(String csv) {
    return http.withBasicAuth(baoshan, TestUsers.PASSWORD).exchange("/api/subjects/import", HttpMethod.POST,
        TestHttp.multipartFile("名录.csv", csv.getBytes(StandardCharsets.UTF_8)), String.class);
  }
}
