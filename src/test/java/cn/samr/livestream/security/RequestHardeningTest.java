package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 §4: a body in another charset than declared, the REST answers' headers, a direct /error and
 * bidirectional controls in one-line fields, each attacked over real HTTP.
 */
@IntegrationTest
class RequestHardeningTest {

  static final String CENTRE = "test-hardening-centre";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  TestUsers users;

  @BeforeEach
  void users() {
    users = new TestUsers(identityService);
    users.create(CENTRE, "complaint-centre");
  }

  @AfterEach
  void removeUsers() {
    users.removeAll();
  }

  // --- charset ---------------------------------------------------------------------------------

  /** Without RequestCharsetFilter Spring decodes the UTF-8 bytes as GBK / windows-1252 and stores mojibake (201). */
  @ParameterizedTest
  @ValueSource(strings = {"GBK", "windows-1252", "ISO-8859-1", "\"gb2312\"", "no-such-charset"})
  void aBodyDeclaredInAnotherCharsetIsRefusedAndNothingStored(String charset) throws Exception {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(now());
    ResponseEntity<String> answer = postBytes(CENTRE, "/api/complaints", "application/json; charset=" + charset,
        json.writeValueAsBytes(complaint));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(error.get("message").asText()).contains("UTF-8").contains(" / ");
    assertThat(complaintsWithExternalNo(complaint.externalNo())).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json; charset=UTF-8", "application/json;charset=utf-8", "application/json; charset=utf8",
      "application/json"})
  void utf8OrNoCharsetIsReadAsUtf8(String contentType) throws Exception {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(now());
    ResponseEntity<String> answer = postBytes(CENTRE, "/api/complaints", contentType, json.writeValueAsBytes(complaint));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("SELECT product FROM complaint WHERE external_no = ?", String.class,
        complaint.externalNo())).isEqualTo("保湿面霜");
  }

  @Test
  void engineRestRefusesAnotherCharsetToo() throws Exception {
    String id = "hardening" + UUID.randomUUID().toString().replace("-", "");
    byte[] body = ("{\"id\":\"" + id + "\",\"name\":\"宝山区投诉核查\"}").getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> answer = postBytes(TestAdministrator.ID, "/engine-rest/task/create",
        "application/json; charset=GBK", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(json.readTree(answer.getBody()).get("message").asText()).contains("UTF-8");
    assertThat(taskService.createTaskQuery().taskId(id).count()).isZero();
  }

  // --- headers ---------------------------------------------------------------------------------

  @Test
  void restAnswersCarrySecurityHeadersAlsoWhenTheyAreErrors() {
    assertSecured(http.getForEntity("/api/complaints/TS-20260101-00001", String.class), HttpStatus.UNAUTHORIZED);
    assertSecured(http.getForEntity("/engine-rest/task", String.class), HttpStatus.UNAUTHORIZED);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.GET, "/api/no-such-thing", null), HttpStatus.NOT_FOUND);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.GET, "/api/complaints/TS-19990101-99999", null),
        HttpStatus.NOT_FOUND);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.POST, "/api/complaints", "{\"source\":"),
        HttpStatus.BAD_REQUEST);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.GET, "/engine-rest/task?maxResults=1", null), HttpStatus.OK);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.GET, "/engine-rest/task/no-such-task", null),
        HttpStatus.NOT_FOUND);
    assertSecured(TestHttp.send(http, CENTRE, HttpMethod.POST, "/engine-rest/task", "{\"nope\":"),
        HttpStatus.BAD_REQUEST);
  }

  private static void assertSecured(ResponseEntity<String> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    HttpHeaders headers = answer.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  // --- /error ----------------------------------------------------------------------------------

  @Test
  void aDirectErrorRequestIsNotFoundWithoutDetails() throws Exception {
    for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.POST}) {
      ResponseEntity<String> answer = http.exchange("/error", method, HttpEntity.EMPTY, String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      JsonNode error = json.readTree(answer.getBody());
      assertThat(error.get("code").asText()).isEqualTo("NOT_FOUND");
      assertThat(answer.getBody()).doesNotContain("trace").doesNotContain("exception");
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  // --- bidirectional controls ------------------------------------------------------------------

  /** Without the bidi rule in PlainText the complaint is stored (201) with a name that reads reversed. */
  @ParameterizedTest
  @ValueSource(strings = {"\u202E", "\u2066", "\u200F", "\u061C"})
  void aBidirectionalControlInAOneLineFieldIsAFieldError(String control) throws Exception {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(now());
    ObjectNode body = json.valueToTree(complaint);
    ((ObjectNode) body.get("complainant")).put("name", "张" + control + "三");
    ((ObjectNode) body.get("subjects").get("merchant")).put("name", "宝山" + control + "商贸有限公司");

    ResponseEntity<String> answer = TestHttp.send(http, CENTRE, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(body));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(error.get("fieldErrors")).anySatisfy(f -> {
      assertThat(f.get("field").asText()).isEqualTo("complainant.name");
      assertThat(f.get("message").asText()).contains("文字方向控制符").contains("text direction controls");
    });
    assertThat(error.get("fieldErrors")).anySatisfy(f ->
        assertThat(f.get("field").asText()).isEqualTo("subjects.merchant.name"));
    assertThat(complaintsWithExternalNo(complaint.externalNo())).isZero();
  }

  @Test
  void multiLineTextMayStillHoldDirectionMarks() throws Exception {
    ComplaintRequest complaint = ComplaintFixtures.baoshanMerchant(now());
    ObjectNode body = json.valueToTree(complaint);
    body.put("description", "商品标注阿拉伯文 \u200Fمرحبا\u200F，收货后无中文标签。");
    assertThat(TestHttp.send(http, CENTRE, HttpMethod.POST, "/api/complaints", json.writeValueAsString(body))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /** Sent with the JDK's client: Spring's refuses to send a Content-Type naming an unknown charset. */
  private ResponseEntity<String> postBytes(String user, String path, String contentType, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header(HttpHeaders.CONTENT_TYPE, contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return ResponseEntity.status(answer.statusCode()).body(answer.body());
  }

  private long complaintsWithExternalNo(String externalNo) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE external_no = ?", Long.class, externalNo);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS);
  }
}
