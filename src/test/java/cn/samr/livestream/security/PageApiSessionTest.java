package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API of the application's own pages (/api/subjects, the register page; /api/reports, the charts page;
 * /api/notifications and /api/notification-preferences, every page's notifications) takes the webapps' login: reads with the
 * session, writes only with the session's CSRF token. Each attack here — a write another site makes the browser send
 * (no token, a wrong token), a path dressed up to reach another /api address with the session — is a 401, and a
 * page's script gets no Basic challenge (no password prompt).
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageApiSessionTest {

  static final String PAGE_API = "/api/subjects";
  static final String CHARTS_API = "/api/reports";
  static final String SUBJECT_BODY = "{\"name\":\"测试\"}";

  @LocalServerPort int port;
  String officer;

  @BeforeAll
  void createUsers(TestUsers users) {
    officer = users.create("page-api-baoshan-officer", "district-310113");
  }

  @Test
  void theSessionReadsThePageApi() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    HttpResponse<String> read = session.send(HttpRequest.newBuilder(session.uri(PAGE_API + "/999999/history")).GET());
    assertThat(read.statusCode()).as("authenticated: the answer is the endpoint's own").isNotEqualTo(401);
  }

  @Test
  void theSessionReadsTheChartsPagesApiAndItsExcelFile() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    for (String path : new String[] {CHARTS_API + "/monthly/2026-11", CHARTS_API + "/monthly/2026-11.xlsx"}) {
      HttpResponse<String> read = session.send(HttpRequest.newBuilder(session.uri(path)).GET());
      assertThat(read.statusCode()).as(path).isEqualTo(200);
    }
    HttpResponse<String> forged = session.sendForged(HttpRequest.newBuilder(session.uri(CHARTS_API + "/monthly/2026-11"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(forged.statusCode()).as("a write without the CSRF token").isEqualTo(401);
  }

  @Test
  void theSessionReadsAndWritesTheNotificationsWithTheToken() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    for (String path : new String[] {"/api/notifications", "/api/notifications/unread-count",
        "/api/notification-preferences/me"}) {
      HttpResponse<String> read = session.send(HttpRequest.newBuilder(session.uri(path)).GET());
      assertThat(read.statusCode()).as(path).isEqualTo(200);
    }
    HttpRequest.Builder readAll = HttpRequest.newBuilder(session.uri("/api/notifications/read-all"))
        .POST(HttpRequest.BodyPublishers.noBody());
    assertThat(session.sendForged(readAll).statusCode()).as("without the CSRF token").isEqualTo(401);
    HttpResponse<String> write = session.send(HttpRequest.newBuilder(session.uri("/api/notifications/read-all"))
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
    HttpResponse<String> other = session.send(HttpRequest.newBuilder(session.uri("/api/notificationsx")).GET());
    assertThat(other.statusCode()).isEqualTo(401);
  }

  @Test
  void aWriteWithTheSessionsCsrfTokenIsAuthenticated() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    HttpResponse<String> write = session.send(post(session, PAGE_API));
    assertThat(write.statusCode()).as(write.body()).isNotEqualTo(401);
  }

  @Test
  void theSessionsCsrfTokenIsReadWithTheSessionOnlyAndWorksForAWrite() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    HttpResponse<String> token = session.sendForged(HttpRequest.newBuilder(session.uri(WebappCsrfTokenController.PATH))
        .GET());
    assertThat(token.statusCode()).isEqualTo(200);
    assertThat(token.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    String value = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> write = session.sendForged(post(session, PAGE_API)
        .header(ApiAuthenticationProvider.CSRF_HEADER, value));
    assertThat(write.statusCode()).as("the token read is the session's").isNotEqualTo(401);

    WebappSession stranger = WebappSession.login(port, officer, "welcome");
    assertThat(stranger.sendForged(post(stranger, PAGE_API).header(ApiAuthenticationProvider.CSRF_HEADER, value))
        .statusCode()).as("another session's token").isEqualTo(401);
  }

  @Test
  void aWriteWithoutTheTokenOrWithAWrongOneIs401() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    assertThat(session.sendForged(post(session, PAGE_API)).statusCode()).isEqualTo(401);
    assertThat(session.sendForged(post(session, PAGE_API).header(ApiAuthenticationProvider.CSRF_HEADER, "guessed"))
        .statusCode()).isEqualTo(401);
  }

  @Test
  void theSessionOpensNoOtherApiAddressHoweverThePathIsWritten() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    for (String path : new String[] {"/api/calendar/2026", PAGE_API + ";x=1/../calendar/2026",
        PAGE_API + "/%2e%2e/calendar/2026", PAGE_API + "/../calendar/2026", "/api/subjectsx",
        CHARTS_API + "/%2e%2e/calendar/2026", CHARTS_API + "x/monthly/2026-11"}) {
      HttpResponse<String> read = session.send(HttpRequest.newBuilder(session.uri(path)).GET());
      assertThat(read.statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void aPagesScriptGetsNoBasicChallengeOtherCallersDo() throws Exception {
    WebappSession session = WebappSession.login(port, officer, "welcome");
    HttpResponse<String> fromPage = session.sendForged(post(session, PAGE_API).header("X-Requested-With", "fetch"));
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
    HttpResponse<String> other = session.sendForged(post(session, PAGE_API));
    assertThat(other.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  private static HttpRequest.Builder post(WebappSession session, String path) {
    return HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(SUBJECT_BODY));
  }
}
