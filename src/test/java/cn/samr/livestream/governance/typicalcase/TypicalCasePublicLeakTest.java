package cn.samr.livestream.governance.typicalcase;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import cn.samr.livestream.enforcement.clue.ClueIntakeService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseFixtures.Source;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposalRequest;
import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService.ProposedWriteUp;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Element;
import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var;
import cn.samr.livestream.security.PublicApiFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The attack on the public typical cases (docs/governance.md §8): write-ups in every state about cases full of
 * personal data (parties, a complainant, a real-name reporter, officers, document numbers) are made, and everything a
 * stranger can send to /public-api and /public is tried. Nothing unapproved and nothing personal may come out.
 * Each guard named here is what stops one of the attempts: without the check, ①③④ leak; without the publication
 * table, ②③; without PublicApiFilter, ⑤⑦.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypicalCasePublicLeakTest {

  static final String OFFICER = "leak-officer-baoshan";
  static final String PUBLIC_LIST = "/public-api/v1/typical-cases";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClueIntakeService clueIntake;
  @Autowired TypicalCaseIntakeService intake;
  @Autowired TypicalCaseMapper writeUps;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired FilterRegistrationBean<PublicApiFilter> publicApiFilter;
  @Autowired TypicalCaseService service;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  final List<Source> sources = new ArrayList<>();
  final List<String> internalNumbers = new ArrayList<>();
  TypicalCaseFixtures fixtures;
  String published;
  ProposedWriteUp publishedWriteUp;

  @BeforeAll
  void writeUpsInEveryState(TestUsers users) {
    users.create(OFFICER, UNIT);
    fixtures = new TypicalCaseFixtures(jdbc, clueIntake);
    // drafting, returned, rejected, withdrawn: none of these may be seen
    ProposedWriteUp drafting = propose();
    ProposedWriteUp returned = propose();
    draft(returned, TypicalCaseFixtures.cleanDraft());
    decide(returned, WriteUpDecision.RETURN, "请补充典型意义");
    ProposedWriteUp rejected = propose();
    draft(rejected, TypicalCaseFixtures.cleanDraft());
    decide(rejected, WriteUpDecision.REJECT, "不具典型性");
    ProposedWriteUp awaiting = propose();
    draft(awaiting, TypicalCaseFixtures.cleanDraft());
    ProposedWriteUp withdrawn = propose();
    draft(withdrawn, TypicalCaseFixtures.cleanDraft());
    decide(withdrawn, WriteUpDecision.APPROVE, null);
    TypicalCase w = writeUps.findById(withdrawn.writeUpId()).orElseThrow();
    String withdrawnPublicNo = publicationNo(w);
    service.withdraw(w, "当事人已提起行政诉讼", "leak-head");
    internalNumbers.add(withdrawnPublicNo);
    // one published write-up, unique title
    publishedWriteUp = propose();
    Map<String, Object> text = TypicalCaseFixtures.cleanDraft();
    text.put(Var.TITLE.name(), "上海某网络科技有限公司直播虚假宣传案（公开）");
    draft(publishedWriteUp, text);
    decide(publishedWriteUp, WriteUpDecision.APPROVE, null);
    published = publicationNo(writeUps.findById(publishedWriteUp.writeUpId()).orElseThrow());
    for (ProposedWriteUp p : List.of(drafting, returned, rejected, awaiting, withdrawn, publishedWriteUp)) {
      internalNumbers.add(p.writeUpNo());
      internalNumbers.add(p.processInstanceId());
    }
  }

  /** Each attempt starts with a fresh minute: the limit itself is ⑦. */
  @BeforeEach
  void freshMinute() {
    publicApiFilter.getFilter().resetCounts();
  }

  /** ① No spelling of the personal data gets a draft past the check to the head. */
  @Test
  void personalDataInAnySpellingCannotBeSentForApproval() throws Exception {
    ProposedWriteUp p = propose();
    Source s = sources.get(sources.size() - 1);
    String phone = s.reporterPhone();
    List<String> attempts = List.of(
        "当事人" + s.subjectName() + "在直播间虚假宣传",
        "当事人" + s.subjectName().replace("网络", "网 络") + "在直播间虚假宣传",
        "当事人曾用名" + s.formerName(),
        "信用代码" + s.creditCode().replaceAll("(.{6})", "$1 "),
        "账号" + s.accountId().toUpperCase(),
        "举报人" + String.join("·", s.reporterName().split("")),
        "举报人电话" + toFullWidth(phone),
        "举报人电话" + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7),
        "举报人身份证" + s.reporterIdNumber().substring(0, 6) + "\u200B" + s.reporterIdNumber().substring(6),
        "投诉人" + s.complainantName() + "，电话" + s.complainantPhone(),
        "经" + OFFICER + "核查",
        "处罚决定书" + s.decisionNo().replace("〔", "(").replace("〕", ")"),
        "线索编号" + s.clueNo(),
        "投诉编号" + s.complaintNo(),
        "联系人手机 139 1234 5678",
        "身份证 " + TypicalCaseFixtures.idNumber("11010519491231002"),
        "邮箱 someone@example.com",
        "直播间 https://live.douyin.com/" + s.accountId());
    for (String facts : attempts) {
      Map<String, Object> text = TypicalCaseFixtures.cleanDraft();
      text.put(Var.FACTS.name(), facts);
      draft(p, text);
      Task task = taskService.createTaskQuery().processInstanceId(p.processInstanceId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).as(facts).isEqualTo(Element.DRAFT);
      TypicalCase row = writeUps.findById(p.writeUpId()).orElseThrow();
      assertThat(row.getStatus()).as(facts).isEqualTo(TypicalCaseStatus.CHECK_FAILED);
      assertThat(row.getScrubFindings()).as("findings never quote").doesNotContain(phone).doesNotContain(
          s.subjectName()).doesNotContain(s.reporterName());
    }
  }

  /** ② Only the published one is listed; internal numbers and guessed public numbers are 404. */
  @Test
  void nothingUnapprovedIsListedAndGuessesFind404() throws Exception {
    List<JsonNode> all = allPublic();
    assertThat(all).extracting(n -> n.get("publicationNo").asText()).contains(published)
        .doesNotContainAnyElementsOf(internalNumbers);
    for (String guess : internalNumbers) {
      assertThat(get(PUBLIC_LIST + "/" + encode(guess)).statusCode()).as(guess).isEqualTo(404);
    }
    int year = Integer.parseInt(published.substring(5, 9));
    for (int n = 1; n <= 20; n++) {
      String guess = String.format("ALDX-%d-%04d", year, n);
      HttpResponse<String> answer = get(PUBLIC_LIST + "/" + guess);
      if (answer.statusCode() == 200) {
        assertThat(all).extracting(node -> node.get("publicationNo").asText()).contains(guess);
      } else {
        assertThat(answer.statusCode()).isEqualTo(404);
      }
    }
    assertThat(get(PUBLIC_LIST + "/" + encode("' OR 1=1 --")).statusCode()).isEqualTo(404);
    assertThat(get(PUBLIC_LIST + "?size=51").statusCode()).isEqualTo(400);
    assertThat(get(PUBLIC_LIST + "?page=-1").statusCode()).isEqualTo(400);
  }

  /** ③ Editing the draft after publication (here: straight in the table) does not change what the public reads. */
  @Test
  void laterChangesOfTheDraftDoNotReachThePublicCopy() throws Exception {
    Source s = sources.get(0);
    jdbc.update("UPDATE typical_case SET facts = ?, title = ? WHERE id = ?", "当事人" + s.subjectName(),
        s.subjectName(), publishedWriteUp.writeUpId());
    JsonNode one = json.readTree(get(PUBLIC_LIST + "/" + published).body());
    assertThat(one.get("title").asText()).isEqualTo("上海某网络科技有限公司直播虚假宣传案（公开）");
    assertThat(one.toString()).doesNotContain(s.subjectName());
  }

  /** ④ Every public answer, scanned for every personal value and internal reference there is. */
  @Test
  void noPublicAnswerCarriesAnyKnownPersonalValueOrInternalReference() throws Exception {
    List<String> answers = new ArrayList<>();
    answers.add(get(PUBLIC_LIST).body());
    for (JsonNode node : allPublic()) {
      answers.add(get(PUBLIC_LIST + "/" + node.get("publicationNo").asText()).body());
      assertThat(fieldNames(node)).containsExactlyInAnyOrder("publicationNo", "title", "partyDesignation",
          "categoryLabel", "facts", "violation", "basis", "outcome", "significance", "unitName", "publishedOn");
    }
    answers.add(get("/public/typical-cases.html").body());
    List<String> secrets = new ArrayList<>(internalNumbers);
    for (Source s : sources) {
      secrets.addAll(List.of(s.subjectName(), s.subjectCore(), s.creditCode(), s.accountId(), s.formerName(),
          s.reporterName(), s.reporterPhone(), s.reporterIdNumber(), s.complainantName(), s.complainantPhone(),
          s.decisionNo(), s.clueNo(), s.complaintNo(), s.sourceNo(), s.officer()));
    }
    for (String answer : answers) {
      for (String secret : secrets) {
        assertThat(answer).as("public answer").doesNotContain(secret);
      }
      assertThat(answer).doesNotContain("\"id\"").doesNotContain("writeUpNo").doesNotContain("caseId");
    }
  }

  /** ⑤ Read only, anonymous whatever is sent: no other method, no login, no session, no cookie; no way round to /api. */
  @Test
  void onlyAnonymousReadsWithoutSessionOrCookies() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
      for (String path : List.of(PUBLIC_LIST, PUBLIC_LIST + "/" + published, "/public/typical-cases.html")) {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path).isIn(405, 400);
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
      }
    }
    HttpResponse<String> anonymous = get(PUBLIC_LIST);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(anonymous.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
    // an officer's Basic credentials and a logged-in webapp session change nothing and start nothing
    String basic = "Basic " + Base64.getEncoder().encodeToString((OFFICER + ":" + TestUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> withCredentials = client.send(HttpRequest.newBuilder(uri(PUBLIC_LIST))
        .header("Authorization", basic).header("Cookie", "JSESSIONID=forged; SESSION=forged").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withCredentials.body()).isEqualTo(anonymous.body());
    assertThat(withCredentials.headers().allValues("Set-Cookie")).isEmpty();
    WebappSession session = WebappSession.login(port, OFFICER, "tasklist");
    HttpResponse<String> inSession = session.sendForged(HttpRequest.newBuilder(session.uri(PUBLIC_LIST)).GET());
    assertThat(inSession.body()).isEqualTo(anonymous.body());
    assertThat(inSession.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> page = get("/public/typical-cases.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    // the internal API stays closed to the public, however the path is spelt
    for (String path : List.of("/public-api/../api/typical-cases", "/public-api/v1/typical-cases/..;/..;/..;/api/typical-cases",
        "/public-api/v1/typical-cases/%2e%2e/%2e%2e/%2e%2e/api/typical-cases", "/public-api/%2e%2e/api/typical-cases",
        "/public-api;x=1/../api/typical-cases", "/public/../api/typical-cases",
        "/public-api/v1/typical-cases/" + encode(publishedWriteUp.writeUpNo()))) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isIn(400, 401, 404);
      assertThat(answer.body()).as(path).doesNotContain(publishedWriteUp.writeUpNo());
    }
  }

  /** ⑥ Exactly two addresses under /public-api, both GET. */
  @Test
  void onlyTheTwoReadsAreMappedUnderThePublicApi() {
    List<String> mapped = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/public")) {
          mapped.add(info.getMethodsCondition().getMethods() + " " + pattern);
        }
      }
    }
    assertThat(mapped).containsExactlyInAnyOrder("[GET] /public-api/v1/typical-cases",
        "[GET] /public-api/v1/typical-cases/{publicationNo}");
  }

  /** ⑦ An address asking too often is refused for the rest of its minute. */
  @Test
  void tooManyRequestsAre429WithRetryAfter() throws Exception {
    PublicApiFilter filter = publicApiFilter.getFilter();
    filter.resetCounts();
    try {
      HttpResponse<String> last = null;
      for (int i = 0; i <= filter.requestsPerMinute(); i++) {
        last = get(PUBLIC_LIST + "?size=1");
      }
      assertThat(last.statusCode()).isEqualTo(429);
      assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
      assertThat(get("/public/typical-cases.html").statusCode()).isEqualTo(429);
    } finally {
      filter.resetCounts();
    }
  }

  // ---------------------------------------------------------------- helpers

  private ProposedWriteUp propose() {
    Source source = fixtures.publishedCase(OFFICER);
    sources.add(source);
    identityService.setAuthentication(OFFICER, List.of(UNIT));
    try {
      return intake.propose(new ProposalRequest(source.sourceNo()), OFFICER);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void draft(ProposedWriteUp p, Map<String, Object> text) {
    Task task = taskService.createTaskQuery().processInstanceId(p.processInstanceId())
        .taskDefinitionKey(Element.DRAFT).singleResult();
    taskService.complete(task.getId(), new HashMap<>(text));
  }

  private void decide(ProposedWriteUp p, WriteUpDecision decision, String note) {
    Task task = taskService.createTaskQuery().processInstanceId(p.processInstanceId())
        .taskDefinitionKey(Element.APPROVE).singleResult();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.WRITE_UP_DECISION.name(), decision.name());
    if (note != null) {
      variables.put(Var.APPROVAL_NOTE.name(), note);
    }
    taskService.complete(task.getId(), variables);
  }

  private String publicationNo(TypicalCase w) {
    return writeUps.findPublication(w.getPublicationId()).orElseThrow().getPublicationNo();
  }


  private List<JsonNode> allPublic() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body = json.readTree(get(PUBLIC_LIST + "?size=50&page=" + page).body());
      body.get("items").forEach(all::add);
      if (body.get("items").size() < 50) {
        return all;
      }
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String toFullWidth(String digits) {
    StringBuilder s = new StringBuilder();
    digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
    return s.toString();
  }
}
