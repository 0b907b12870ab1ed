package cn.samr.livestream.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.ConcurrentRequests;
import cn.samr.livestream.ConcurrentRequests.Answer;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
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
 * The holiday calendar as data administrators maintain through PUT/GET /api/calendar/{year}: versions with who and
 * when, the rules a year must meet (nothing stored otherwise), administrators only, concurrent saves one wins, and
 * {@link WorkCalendar} counting with an entered year at once, without a restart. The arrangements entered here are
 * test data, not State Council notices; their years are removed again after the class.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HolidayCalendarApiTest {

  static final List<Integer> TEST_YEARS = List.of(2027, 2031, 2032, 2033);

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  WorkCalendar workCalendar;
  @Autowired
  HolidayCalendars calendars;
  @Autowired
  ObjectMapper json;
  @LocalServerPort
  int port;

  String admin;
  String officer;

  @BeforeAll
  void createUsers(TestUsers users) {
    admin = users.create("calendar-admin", "camunda-admin");
    officer = users.create("calendar-baoshan-officer", "district-310113");
    removeTestYears();
  }

  @AfterAll
  void removeTestYears() {
    TestCalendarYears.remove(jdbc, calendars, TEST_YEARS.stream().mapToInt(Integer::intValue).toArray());
  }

  // ------------------------------------------------------------------ versions

  @Test
  void aValidYearIsVersionOneTheNextSaveVersionTwoAndTheHistoryListsBothWithWhoEnteredThem() throws Exception {
    String first = "{\"year\":2031,\"papers\":[\"测试用安排 test arrangement\"],\"days\":["
        + "{\"name\":\"元旦\",\"date\":\"2031-01-01\",\"isOffDay\":true},"
        + "{\"name\":\"元旦\",\"date\":\"2031-01-04\",\"isOffDay\":false}]}";
    ResponseEntity<String> saved = put(admin, 2031, first);
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode one = json.readTree(saved.getBody());
    assertThat(one.get("version").asInt()).isEqualTo(1);
    assertThat(one.at("/current/days")).hasSize(2);
    assertThat(one.at("/history/0/enteredBy").asText()).isEqualTo(admin);
    assertThat(one.at("/history/0/source").asText()).isEqualTo("API");

    // the GET answer's arrangement is the file format again: it can be corrected and sent back
    JsonNode current = json.readTree(get(officer, 2031).getBody()).get("current");
    ((com.fasterxml.jackson.databind.node.ArrayNode) current.get("days")).add(json.readTree(
        "{\"name\":\"元旦\",\"date\":\"2031-01-02\",\"isOffDay\":true}"));
    assertThat(put(admin, 2031, json.writeValueAsString(current)).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> read = get(officer, 2031);
    assertThat(read.getStatusCode()).as("logged-in users read the calendar").isEqualTo(HttpStatus.OK);
    JsonNode two = json.readTree(read.getBody());
    assertThat(two.get("version").asInt()).isEqualTo(2);
    assertThat(two.at("/current/days")).hasSize(3);
    assertThat(two.at("/current/papers/0").asText()).isEqualTo("测试用安排 test arrangement");
    JsonNode history = two.get("history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(history.get(0).get("current").asBoolean()).isTrue();
    assertThat(history.get(1).get("version").asInt()).isEqualTo(1);
    assertThat(history.get(1).get("current").asBoolean()).isFalse();
    for (JsonNode version : history) {
      assertThat(version.get("enteredBy").asText()).isEqualTo(admin);
      assertThat(version.get("enteredAt").asText()).isNotBlank();
    }
    assertThat(workCalendar.isWorkingDay(LocalDate.parse("2031-01-02"))).isFalse();
    assertThat(workCalendar.isWorkingDay(LocalDate.parse("2031-01-04"))).isTrue();
  }

  @Test
  void theShippedYearsAreSeededFromTheFilesAsVersionsOfTheSystem() throws Exception {
    JsonNode year = json.readTree(get(officer, 2026).getBody());
    JsonNode first = year.get("history").get(year.get("history").size() - 1);
    assertThat(first.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("enteredBy").asText()).isEqualTo(HolidayCalendars.SEEDED_BY);
    assertThat(first.get("source").asText()).isEqualTo("FILE");
    assertThat(HolidayCalendarData.loadFromClasspath().shipped()).extracting(HolidayYear::year)
        .allSatisfy(shipped -> assertThat(calendars.find(shipped)).as("year " + shipped).isPresent());
    // the API takes the files as they are: the strict request reader accepts them ($schema, $id) and they pass the rules
    for (org.springframework.core.io.Resource file : new org.springframework.core.io.support
        .PathMatchingResourcePatternResolver().getResources(HolidayCalendarData.LOCATION)) {
      HolidayYear read = json.readValue(file.getInputStream(), HolidayYear.class);
      assertThat(HolidayCalendarRules.check(read.year(), read)).as(file.getFilename()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ 2027 through the API, counted at once

  @Test
  void workCalendarCountsWithA2027CalendarEnteredThroughTheApiWithoutARestart() {
    LocalDate before = LocalDate.parse("2027-01-31");
    LocalDate end = LocalDate.parse("2027-02-28");
    // weekends only: February 2027 starts on a Monday, four full weeks
    assertThat(workCalendar.workingDaysBetween(before, end)).isEqualTo(20);
    assertThat(workCalendar.addWorkingDays(LocalDate.parse("2027-02-04"), 1)).isEqualTo("2027-02-05");

    // a test arrangement for Spring Festival 2027 (not the State Council's): 5–14 February off, Saturday 20th worked
    StringBuilder days = new StringBuilder();
    for (LocalDate day = LocalDate.parse("2027-02-05"); !day.isAfter(LocalDate.parse("2027-02-14"));
        day = day.plusDays(1)) {
      days.append("{\"name\":\"春节\",\"date\":\"").append(day).append("\",\"isOffDay\":true},");
    }
    days.append("{\"name\":\"春节\",\"date\":\"2027-02-20\",\"isOffDay\":false}");
    ResponseEntity<String> saved = put(admin, 2027, "{\"year\":2027,\"days\":[" + days + "]}");
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);

    // counted by hand: 20 weekdays, minus 5, 8, 9, 10, 11, 12 February, plus Saturday the 20th
    assertThat(workCalendar.workingDaysBetween(before, end)).isEqualTo(15);
    assertThat(workCalendar.addWorkingDays(LocalDate.parse("2027-02-04"), 1)).isEqualTo("2027-02-15");
    assertThat(workCalendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
  }

  // ------------------------------------------------------------------ rules: 400, nothing stored

  @Test
  void aYearNotMatchingTheAddressIsRefused() throws Exception {
    assertRefused("{\"year\":2031,\"days\":[{\"name\":\"元旦\",\"date\":\"2032-01-01\",\"isOffDay\":true}]}",
        "year", "不一致");
  }

  @Test
  void aDateOutsideTheYearIsRefused() throws Exception {
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"元旦\",\"date\":\"2032-01-01\",\"isOffDay\":true},"
        + "{\"name\":\"元旦\",\"date\":\"2033-01-01\",\"isOffDay\":true}]}", "days[1].date", "不属于2032年");
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"元旦\",\"date\":\"2031-06-01\",\"isOffDay\":true}]}",
        "days[0].date", "不属于2032年");
  }

  @Test
  void aDayBothOffAndWorkedIsRefused() throws Exception {
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-09\",\"isOffDay\":true},"
        + "{\"name\":\"国庆节\",\"date\":\"2032-10-09\",\"isOffDay\":false}]}", "days[1].date", "同时列为放假和调休上班");
  }

  @Test
  void aMakeUpWorkingDayOnAWeekdayIsRefused() throws Exception {
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-11\",\"isOffDay\":false}]}",
        "days[0].isOffDay", "调休上班日只能是周六或周日");
  }

  @Test
  void aHolidayListedTwiceIsRefused() throws Exception {
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-01\",\"isOffDay\":true},"
        + "{\"name\":\"国庆节\",\"date\":\"2032-10-01\",\"isOffDay\":true}]}", "days[1].date", "重复列出");
  }

  @Test
  void missingFlagsNamesAndDaysAreRefused() throws Exception {
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-01\"}]}",
        "days[0].isOffDay", "必须填写");
    assertRefused("{\"year\":2032,\"days\":[{\"date\":\"2032-10-01\",\"isOffDay\":true}]}",
        "days[0].name", "必须填写");
    assertRefused("{\"year\":2032,\"days\":[]}", "days", "至少列出一天");
    assertRefused("{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-01\",\"isOffDay\":\"yes\"}]}",
        "days[0].isOffDay", "true");
    assertRefused("{\"year\":2032,\"holidays\":[]}", "holidays", "不认识的字段");
  }

  @Test
  void aYearOutsideTheRangeIsRefused() {
    ResponseEntity<String> answer = put(admin, 1999, "{\"year\":1999,\"days\":[]}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("\"field\":\"year\"");
  }

  // ------------------------------------------------------------------ who may write

  @Test
  void anOfficerMayReadButNotWriteAndStoresNothing() {
    ResponseEntity<String> answer = put(officer, 2032,
        "{\"year\":2032,\"days\":[{\"name\":\"国庆节\",\"date\":\"2032-10-01\",\"isOffDay\":true}]}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody()).contains("FORBIDDEN").contains("无权");
    assertNothingStored(2032);
    assertThat(get(officer, 2026).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/api/calendar/2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ------------------------------------------------------------------ concurrent saves

  @Test
  void concurrentSavesOfTheSameVersionOneWinsTheOthersAre409AndNeverA500() throws Exception {
    String year = "{\"year\":2033,\"days\":[{\"name\":\"劳动节\",\"date\":\"2033-05-02\",\"isOffDay\":true}]}";
    assertThat(put(admin, 2033, year).getStatusCode()).isEqualTo(HttpStatus.OK);

    // eight administrators correct version 1 at once: one becomes version 2, seven learn someone was first
    List<Answer> answers = ConcurrentRequests.send(port, "PUT", "/api/calendar/2033", admin, year, 8,
        "If-Match", "\"1\"");
    assertThat(ConcurrentRequests.statuses(answers)).as(answers.toString()).isEqualTo(Map.of(200, 1L, 409, 7L));
    assertThat(answers.stream().filter(a -> a.status() == 409)).allSatisfy(a -> assertThat(a.body())
        .contains("CONFLICT").contains("未保存"));
    assertThat(versions(2033)).isEqualTo(2);

    // without If-Match: each save is based on what it found current; the ones that found the same are 409
    answers = ConcurrentRequests.send(port, "PUT", "/api/calendar/2033", admin, year, 8);
    Map<Integer, Long> statuses = ConcurrentRequests.statuses(answers);
    assertThat(statuses.keySet()).as(answers.toString()).isSubsetOf(200, 409).contains(200);
    assertThat(versions(2033)).isEqualTo(2 + statuses.get(200));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar WHERE calendar_year = 2033 AND is_current"
        + " = TRUE AND version_no = (SELECT MAX(version_no) FROM holiday_calendar WHERE calendar_year = 2033)",
        Long.class)).as("exactly the newest version is current").isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar WHERE calendar_year = 2033 AND is_current"
        + " = TRUE", Long.class)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ helpers

  private void assertRefused(String body, String field, String message) throws Exception {
    int year = 2032;
    ResponseEntity<String> answer = put(admin, year, body);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(answer.getBody()).get("fieldErrors");
    assertThat(errors).as(answer.getBody()).anySatisfy(error -> {
      assertThat(error.get("field").asText()).isEqualTo(field);
      assertThat(error.get("message").asText()).contains(message).contains(" / ");
    });
    assertNothingStored(year);
  }

  private void assertNothingStored(int year) {
    assertThat(versions(year)).isZero();
    assertThat(get(admin, year).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private long versions(int year) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM holiday_calendar WHERE calendar_year = ?", Long.class, year);
  }

  private ResponseEntity<String> put(String user, int year, String body) {
    return TestHttp.send(http, user, HttpMethod.PUT, "/api/calendar/{year}", body, year);
  }

  private ResponseEntity<String> get(String user, int year) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange("/api/calendar/{year}", HttpMethod.GET,
        new HttpEntity<>(null), String.class, year);
  }
}
