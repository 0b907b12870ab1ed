package cn.samr.livestream.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ComplaintRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.h2.tools.Server;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a request: the application's pool reaches its database (H2's TCP
 * server here, MariaDB/MySQL with -Pmysql-it) through {@link TcpLink}, a plain TCP forwarder that
 * drops every connection and refuses new ones the moment the request sends its last domain write,
 * after the number, the complaint, the complainant, the subjects and the process instance were
 * written in its transaction. Nothing is mocked: the driver, the pool, MyBatis, Spring's transaction
 * manager and the engine meet a dead database as they would in production. Its own application
 * context (the datasource differs); not closed early with @DirtiesContext: MyBatis's auto-configuration
 * keeps a static resource resolver bound to the first web application's class loader, and every later
 * context of the JVM would fail to find its mappers once that one stopped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

  private static TcpLink link;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  TestUsers users;
  String centre;

  @DynamicPropertySource
  static void databaseBehindALink(DynamicPropertyRegistry registry) throws Exception {
    String configured = System.getProperty("DB_URL", "");
    Matcher mysql = Pattern.compile("jdbc:mysql://([^:/]+)(?::(\\d+))?(/.*)").matcher(configured);
    boolean onMysql = Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("mysql");
    String url;
    if (onMysql && mysql.matches()) {
      link = TcpLink.to(mysql.group(1), mysql.group(2) == null ? 3306 : Integer.parseInt(mysql.group(2)));
      url = "jdbc:mysql://127.0.0.1:" + link.port() + mysql.group(3);
    } else {
      Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
      link = TcpLink.to("127.0.0.1", h2.getPort());
      url = "jdbc:h2:tcp://127.0.0.1:" + link.port() + "/mem:livestream-outage;DB_CLOSE_DELAY=-1";
    }
    registry.add("spring.datasource.url", () -> url);
  }

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    centre = users.create("outage-centre-officer", "complaint-centre");
  }

  @AfterAll
  void restoreTheDatabase() throws Exception {
    link.restore();
    awaitTheDatabase();
    users.removeAll();
    // the link and H2's server stay up (daemon threads) as long as the cached application context
  }

  @Test
  void aDatabaseLostUnderARequestAnswers503AtOnceAndStoresNothing() throws Exception {
    ComplaintRequest request = ComplaintFixtures.baoshanMerchant(
        LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS));
    String body = json.writeValueAsString(request);
    Map<String, Long> before = stored();

    // the complaint's one UPDATE, written just before the commit (routing, deadline and process instance together)
    link.cutWhenClientSends("UPDATE complaint SET");
    ResponseEntity<String> inFlight = TestHttp.send(http, centre, HttpMethod.POST, "/api/complaints", body);
    Duration took = Duration.ofNanos(System.nanoTime() - link.cutAt());

    assertThat(link.wasCut()).as("the database went away under the request").isTrue();
    assertOutageAnswer(inFlight);
    // at once: no wait for a pool connection (connection-timeout 5 s; before, twice Hikari's default 30 s)
    // to translate the error
    assertThat(took).isLessThan(Duration.ofSeconds(3));

    // a request arriving while the database is down fails in authentication, before any controller
    assertOutageAnswer(TestHttp.send(http, centre, HttpMethod.GET, "/api/complaints/TS-20260101-00001", null));

    link.restore();
    awaitTheDatabase();
    assertThat(stored()).isEqualTo(before);
    // the retry the answer invites registers the complaint: the first attempt left no trace, not even a duplicate
    ResponseEntity<String> retried = TestHttp.send(http, centre, HttpMethod.POST, "/api/complaints", body);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE external_no = ?", Long.class,
        request.externalNo())).isEqualTo(1);
  }

  private void assertOutageAnswer(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    assertThat(answer.getHeaders().getContentType()).satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(error.get("message").asText()).contains("数据库暂时不可用").contains(" / ").contains("database");
  }

  /**
   * The pool hands out what it holds until it finds it dead. MySQL's broken connections carry SQLState
   * class 08 and are evicted at once; H2's do not, and Hikari hands the same (last used) dead connection
   * back again, so the test evicts the pool's connections as an operator would after an H2 outage.
   */
  private void awaitTheDatabase() {
    if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
      hikari.getHikariPoolMXBean().softEvictConnections();
    }
    RuntimeException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        jdbc.queryForObject("SELECT 1", Integer.class);
        return;
      } catch (RuntimeException stale) {
        last = stale;
      }
    }
    throw last;
  }

  /** Rows and instances a registration writes; the first query after the outage waits for the pool to reconnect. */
  private Map<String, Long> stored() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("complaint", "complainant", "complaint_subject", "supervised_subject",
        "number_sequence")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put("number_sequence.value", jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM number_sequence", Long.class));
    counts.put("instances", runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY).count());
    counts.put("history", historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY).count());
    return counts;
  }
}
