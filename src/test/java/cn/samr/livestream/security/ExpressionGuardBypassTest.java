package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks of issue 11 §1 on {@link ExpressionQueryGuard}: a query expression that runs code on the
 * server (here it sets a system property, synchronously, so the test sees it), hidden in {@code orQueries}
 * where the engine does not check ad-hoc expressions, in bodies the guard could once not read whole.
 * Before the fix the padded bodies passed the guard unread and the property was set (500 answer).
 */
@IntegrationTest
class ExpressionGuardBypassTest {

  static final String OFFICER = "test-bypass-officer";
  static final String SUPERVISOR = "test-bypass-supervisor";
  static final int LIMIT = ExpressionQueryGuard.MAX_INSPECTED_BODY;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  TestUsers users;
  String marker;

  @BeforeEach
  void setUp() {
    users = new TestUsers(identityService);
    users.create(OFFICER, "district-310113");
    users.create(SUPERVISOR, "supervisors");
    marker = "livestream.pwned." + UUID.randomUUID();
  }

  @AfterEach
  void tearDown() {
    System.clearProperty(marker);
    users.removeAll();
  }

  /** The attack's payload: any code at all; this one leaves a trace in the JVM. */
  String expression() {
    return "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), "
        + "''.getClass()).invoke(null, '" + marker + "', 'yes')}";
  }

  /** The expression hidden in an or-query, the body padded with spaces to {@code paddedTo} bytes. */
  String attack(int paddedTo) {
    String head = "{\"orQueries\":[{\"assigneeExpression\":\"" + expression() + "\"}]";
    return head + " ".repeat(Math.max(0, paddedTo - head.length() - 1)) + "}";
  }

  // --- /engine-rest, HTTP Basic ------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {OFFICER, SUPERVISOR})
  void aBodyJustOverTheLimitIsRefusedUnread(String user) throws Exception {
    HttpResponse<String> answer = engineRest(user, attack(LIMIT + 1), false);
    assertNotPwned();
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("请求体过大").contains("too large");
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {OFFICER, SUPERVISOR})
  void aBodyFarOverTheLimitIsRefusedUnread(String user) throws Exception {
    assertThat(partlySent("/engine-rest/task", "Authorization: " + basic(user), 8 * LIMIT, false, 4096))
        .startsWith("HTTP/1.1 413");
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {OFFICER, SUPERVISOR})
  void aChunkedBodyWithoutLengthIsReadNoFurtherThanTheLimit(String user) throws Exception {
    assertThat(engineRest(user, attack(LIMIT + 1), true).statusCode()).isEqualTo(413);
    // a chunked body that goes on: the answer comes once the limit is passed, the rest is never awaited
    assertThat(partlySent("/engine-rest/task", "Authorization: " + basic(user), 4 * LIMIT, true, LIMIT + 8192))
        .startsWith("HTTP/1.1 413");
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {OFFICER, SUPERVISOR})
  void aChunkedBodyWithinTheLimitIsInspected(String user) throws Exception {
    HttpResponse<String> answer = engineRest(user, attack(LIMIT / 2), true);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("不允许使用表达式").contains("assigneeExpression");
    assertNotPwned();
  }

  // --- the webapps' engine API (Tasklist, Cockpit), with a session and CSRF token -----------------

  @ParameterizedTest
  @ValueSource(strings = {OFFICER, SUPERVISOR})
  void theWebappsEngineApiRefusesThePaddedAttackToo(String user) throws Exception {
    WebappSession session = WebappSession.login(port, user, user.equals(SUPERVISOR) ? "cockpit" : "tasklist");
    String path = "/camunda/api/engine/engine/default/task";
    String credentials = "Cookie: " + session.cookieHeader() + "\r\nX-XSRF-TOKEN: " + session.csrfToken();
    for (boolean chunked : new boolean[] {false, true}) {
      for (int size : new int[] {LIMIT + 1, 4 * LIMIT}) {
        assertThat(partlySent(path, credentials, size, chunked, Math.min(size, LIMIT + 8192)))
            .as("chunked %s, %d bytes", chunked, size).startsWith("HTTP/1.1 413");
      }
    }
    // on a connection of its own: the server closes one after refusing a body it did not read
    HttpResponse<String> small = session.sendOnNewConnection(post(session.uri(path), attack(1000), false));
    assertThat(small.statusCode()).isEqualTo(400);
    assertNotPwned();
  }

  // --- bodies and parameters the guard cannot read as the engine does are refused ----------------

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/octet-stream"})
  void aQueryUnderAnotherContentTypeIsInspectedAllTheSame(String contentType) throws Exception {
    HttpResponse<String> answer = raw(HttpRequest.newBuilder(uri("/engine-rest/task")).header("Authorization", basic(OFFICER))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(attack(500))));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orQueries\":[{/* hidden */\"assigneeExpression\":\"${1}\"}]}",
      "{\"orQueries\":[{\"assigneeExpression\":\"${1}\",}]}",
      "{\"orQueries\":[{'assigneeExpression':'${1}'}]}",
      "{\"orQueries\":[{\"assigneeExpression\":\"${1}\"}]} trailing"})
  void jsonTheGuardCannotParseIsRefused(String body) throws Exception {
    assertThat(engineRest(OFFICER, body, false).statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"assigneeexpression", "ASSIGNEEEXPRESSION", "assigneeExpr\\u0065ssion"})
  void namesAreMatchedWhateverTheirCaseOrEscapes(String name) throws Exception {
    HttpResponse<String> answer = engineRest(OFFICER, "{\"orQueries\":[{\"" + name + "\":\"${1}\"}]}", false);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("不允许使用表达式");
  }

  @ParameterizedTest
  @ValueSource(ints = {900, 1_100, 10_100})
  void anExpressionParameterBehindManyOthersIsFound(int others) throws Exception {
    String padding = IntStream.range(0, others).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
    String expression = URLEncoder.encode(expression(), StandardCharsets.UTF_8);
    HttpResponse<String> answer = raw(HttpRequest.newBuilder(
            uri("/engine-rest/task/count?" + padding + "&assignee%45xpression=" + expression))
        .header("Authorization", basic(OFFICER)).GET());
    assertThat(answer.statusCode()).isIn(400, 414);
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/filter/create"})
  void multipartIsTakenOnlyWhereTheEngineExpectsFiles(String path) throws Exception {
    String boundary = "b" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n" + attack(0) + "\r\n--"
        + boundary + "--\r\n";
    HttpResponse<String> answer = raw(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(OFFICER))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(answer.statusCode()).isEqualTo(415);
    assertNotPwned();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "deflate", "br"})
  void anEncodedBodyIsRefused(String encoding) throws Exception {
    HttpResponse<String> answer = raw(HttpRequest.newBuilder(uri("/engine-rest/task"))
        .header("Authorization", basic(OFFICER)).header("Content-Type", "application/json")
        .header("Content-Encoding", encoding).POST(HttpRequest.BodyPublishers.ofString(attack(0))));
    assertThat(answer.statusCode()).isEqualTo(415);
  }

  @org.junit.jupiter.api.Test
  void anOrdinaryQueryWithinTheLimitStillWorks() throws Exception {
    String body = "{\"candidateGroup\":\"district-310113\",\"orQueries\":[{\"nameLike\":\"%核查%\"}]}";
    HttpResponse<String> answer = engineRest(OFFICER, body + " ".repeat(LIMIT - body.length() - 10), true);
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  // -------------------------------------------------------------------------------------------

  private void assertNotPwned() {
    assertThat(System.getProperty(marker)).as("the expression ran on the server").isNull();
  }

  /**
   * The status line answered to a POST of the padded attack of which only the first {@code sent} bytes go out, over a
   * raw socket: the declared length (or, chunked, no end) promises more, so a guard that read on before refusing would
   * wait for the rest and time out. An HTTP client sending the whole body races the server's close after its 413.
   */
  private String partlySent(String path, String headers, int size, boolean chunked, int sent) throws IOException {
    byte[] body = attack(size).substring(0, sent).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
          + "\r\nContent-Type: application/json\r\n"
          + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + size) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      if (chunked) {
        for (int from = 0; from < body.length; from += 8192) {
          int length = Math.min(8192, body.length - from);
          out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, from, length);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
      } else {
        out.write(body);
      }
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      return in.readLine();
    }
  }

  private HttpResponse<String> engineRest(String user, String body, boolean chunked)
      throws IOException, InterruptedException {
    return raw(post(uri("/engine-rest/task"), body, chunked).header("Authorization", basic(user)));
  }

  private static HttpRequest.Builder post(URI uri, String body, boolean chunked) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher publisher = chunked
        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)) // unknown length: chunked
        : HttpRequest.BodyPublishers.ofByteArray(bytes);
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(publisher);
  }

  private HttpResponse<String> raw(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
