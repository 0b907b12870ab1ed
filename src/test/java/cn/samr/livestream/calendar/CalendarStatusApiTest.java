package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.WebappSession;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/calendar/status through real HTTP with real logins, the engine clock moved: the warning that next year's
 * calendar is missing appears from 1 November, for administrators and heads only, and goes once the year is entered.
 * Years 2034/2035, which neither the shipped files nor other tests use: the calendar never knows them unless entered
 * here, and they are removed again after each test.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarStatusApiTest {

  static final int NEXT_YEAR = 2035;
  static final LocalDateTime OCTOBER_31 = LocalDateTime.of(2034, 10, 31, 23, 59, 0);
  static final LocalDateTime NOVEMBER_1 = LocalDateTime.of(2034, 11, 1, 0, 0, 0);

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired HolidayCalendars calendars;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  String admin;
  String districtHead;
  String corpsHead;
  String officer;
  String supervisor;

  @BeforeAll
  void createUsers(TestUsers users) {
    admin = users.create("status-admin", "camunda-admin");
    districtHead = users.create("status-baoshan-head", "district-310113-head");
    corpsHead = users.create("status-corps-head", "enforcement-corps-head");
    officer = users.create("status-baoshan-officer", "district-310113");
    supervisor = users.create("status-supervisor", "supervisors");
    removeNextYear();
  }

  @AfterEach
  void resetClockAndRemoveNextYear() {
    ClockUtil.reset();
    removeNextYear();
  }

  void removeNextYear() {
    jdbc.update("DELETE FROM holiday_calendar_day WHERE calendar_id IN "
        + "(SELECT id FROM holiday_calendar WHERE calendar_year = ?)", NEXT_YEAR);
    jdbc.update("DELETE FROM holiday_calendar WHERE calendar_year = ?", NEXT_YEAR);
    calendars.refresh();
  }

  @Test
  void on31OctoberNobodyIsWarnedYetButTheStatusSaysNextYearIsMissing() throws Exception {
    setClock(OCTOBER_31);
    JsonNode status = status(admin);
    assertThat(status.get("today").asText()).isEqualTo("2034-10-31");
    assertThat(status.get("nextYear").asInt()).isEqualTo(NEXT_YEAR);
    assertThat(status.get("nextYearEntered").asBoolean()).isFalse();
    assertThat(status.get("years")).extracting(JsonNode::asInt).contains(2023, 2024, 2025, 2026)
        .doesNotContain(NEXT_YEAR);
    assertThat(status.get("warning").isNull()).as(status.toString()).isTrue();
    assertThat(status(districtHead).get("warning").isNull()).isTrue();
  }

  @Test
  void from1NovemberAdministratorsAndHeadsAreWarnedOfficersAndSupervisorsAreNot() throws Exception {
    setClock(NOVEMBER_1);
    for (String warned : new String[] {admin, districtHead, corpsHead}) {
      JsonNode status = status(warned);
      assertThat(status.get("today").asText()).isEqualTo("2034-11-01");
      assertThat(status.get("warning").asText()).as(warned)
          .contains("2035 年节假日安排尚未录入：伸入 2035 年的期限暂按周末计算")
          .contains("PUT /api/calendar/2035")
          .contains("The 2035 holiday calendar has not been entered");
    }
    for (String notWarned : new String[] {officer, supervisor}) {
      JsonNode status = status(notWarned);
      assertThat(status.get("nextYearEntered").asBoolean()).isFalse();
      assertThat(status.get("warning").isNull()).as(notWarned + ": " + status).isTrue();
    }
    // the last day of the year still warns
    setClock(LocalDateTime.of(2034, 12, 31, 23, 0));
    assertThat(status(districtHead).get("warning").asText()).contains("2035");
  }

  @Test
  void onceNextYearIsEnteredTheWarningIsGone() throws Exception {
    setClock(NOVEMBER_1);
    assertThat(status(admin).get("warning").isNull()).isFalse();

    ResponseEntity<String> saved = TestHttp.send(http, admin, HttpMethod.PUT, "/api/calendar/{year}",
        "{\"year\":2035,\"days\":[{\"name\":\"元旦\",\"date\":\"2035-01-01\",\"isOffDay\":true}]}", NEXT_YEAR);
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);

    for (String user : new String[] {admin, districtHead, corpsHead}) {
      JsonNode status = status(user);
      assertThat(status.get("nextYearEntered").asBoolean()).isTrue();
      assertThat(status.get("years")).extracting(JsonNode::asInt).contains(NEXT_YEAR);
      assertThat(status.get("warning").isNull()).as(user + ": " + status).isTrue();
    }
  }

  // ------------------------------------------------------------------ who may read it, and how

  @Test
  void theWebappsLoginReadsTheStatusButNoOtherApiAddress() throws Exception {
    setClock(NOVEMBER_1);
    WebappSession session = WebappSession.login(port, districtHead, "welcome");
    HttpResponse<String> status = session.send(HttpRequest.newBuilder(session.uri("/api/calendar/status")).GET());
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    assertThat(json.readTree(status.body()).get("warning").asText()).contains("2035 年节假日安排尚未录入");

    // the session is no login for the rest of /api: Basic only there
    HttpResponse<String> year = session.send(HttpRequest.newBuilder(session.uri("/api/calendar/2026")).GET());
    assertThat(year.statusCode()).isEqualTo(401);
    // nor for anything but reading
    HttpResponse<String> post = session.send(HttpRequest.newBuilder(session.uri("/api/calendar/status"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(post.statusCode()).isEqualTo(401);

    // an officer's session: read, not warned
    WebappSession officerSession = WebappSession.login(port, officer, "welcome");
    HttpResponse<String> officerStatus = officerSession.send(
        HttpRequest.newBuilder(officerSession.uri("/api/calendar/status")).GET());
    assertThat(officerStatus.statusCode()).isEqualTo(200);
    assertThat(json.readTree(officerStatus.body()).get("warning").isNull()).isTrue();
  }

  @Test
  void withoutALoginTheStatusIs401() {
    ResponseEntity<String> answer = http.getForEntity("/api/calendar/status", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ------------------------------------------------------------------ helpers

  private JsonNode status(String user) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, TestUsers.PASSWORD)
        .exchange("/api/calendar/status", HttpMethod.GET, new HttpEntity<>(null), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  static void setClock(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(Times.ZONE).toInstant()));
  }
}
