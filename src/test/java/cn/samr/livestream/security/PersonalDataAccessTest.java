package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data shown unmasked only to the handling unit's officers, every such read in personal_data_access,
 * and that log for the handling unit's heads and the supervisors (GET /api/complaints/{no}/access-log).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataAccessTest {

  static final String PHONE_IN_TEXT = "13955502468";
  static final String ID_IN_TEXT = "310115198802024321";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;

  TestUsers users;
  String centre;
  String officer;
  String head;
  String supervisor;
  String pudong;
  String pudongHead;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    centre = users.create("pda-centre", "complaint-centre");
    officer = users.create("pda-baoshan-officer", "district-310113");
    head = users.create("pda-baoshan-head", "district-310113-head");
    supervisor = users.create("pda-supervisor", "supervisors");
    pudong = users.create("pda-pudong-officer", "district-310115");
    pudongHead = users.create("pda-pudong-head", "district-310115-head");
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @Test
  void theHandlingUnitsOfficersSeeTheComplainantAndEachReadIsLoggedForHeadsAndSupervisors() throws Exception {
    JsonNode registered = register();
    String complaintNo = registered.get("complaintNo").asText();
    assertThat(log(complaintNo)).isZero();

    JsonNode full = read(officer, complaintNo);
    assertThat(full.at("/complainant/phone").asText()).isEqualTo("13812345678");
    assertThat(full.at("/complainant/name").asText()).isEqualTo("张三");
    assertThat(full.at("/complaint/description").asText()).contains(PHONE_IN_TEXT, ID_IN_TEXT);
    read(officer, complaintNo);
    for (String masked : List.of(head, supervisor, centre)) {
      JsonNode view = read(masked, complaintNo);
      assertThat(view.at("/complainant/masked").asBoolean()).as(masked).isTrue();
      assertThat(view.at("/complainant/phone").asText()).isEqualTo("138****5678");
      assertThat(view.at("/complainant/name").asText()).isEqualTo("张*");
      assertThat(view.at("/complaint/description").asText()).contains("139****2468", "310***********4321")
          .doesNotContain(PHONE_IN_TEXT, ID_IN_TEXT);
    }
    // two unmasked reads, two rows; masked reads leave none
    assertThat(jdbc.queryForList("SELECT user_id, record_kind, shown, channel FROM personal_data_access"
        + " WHERE record_no = ? ORDER BY id", complaintNo))
        .hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("USER_ID", officer)
            .containsEntry("RECORD_KIND", "COMPLAINT").containsEntry("SHOWN", "COMPLAINANT")
            .containsEntry("CHANNEL", "API"));

    for (String reader : List.of(head, supervisor)) {
      ResponseEntity<String> answer = get(reader, "/api/complaints/" + complaintNo + "/access-log");
      assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode entries = json.readTree(answer.getBody());
      assertThat(entries).hasSize(2);
      assertThat(entries.get(0).get("userId").asText()).isEqualTo(officer);
      assertThat(entries.get(0).get("recordNo").asText()).isEqualTo(complaintNo);
      assertThat(entries.get(0).get("shown").asText()).isEqualTo("COMPLAINANT");
      assertThat(entries.get(0).get("channel").asText()).isEqualTo("API");
      assertThat(entries.get(0).get("accessedAt").asText()).isNotBlank();
    }
    // the officers read the data, not who read it; other districts learn nothing
    assertThat(get(officer, "/api/complaints/" + complaintNo + "/access-log").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(centre, "/api/complaints/" + complaintNo + "/access-log").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(pudongHead, "/api/complaints/" + complaintNo + "/access-log").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(pudong, "/api/complaints/" + complaintNo).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(log(complaintNo)).isEqualTo(2);

    // Tasklist and Cockpit show the summary variable: masked for everyone
    String summary = (String) runtimeService.getVariable(registered.get("processInstanceId").asText(),
        ComplaintProcess.Var.COMPLAINT_SUMMARY.name());
    assertThat(summary).contains("139****2468", "310***********4321").doesNotContain(PHONE_IN_TEXT, ID_IN_TEXT);
  }

  @Test
  void aReportersIdentityIsShownToTheHandlingOfficersOnlyAndEachTimeLogged() throws Exception {
    ClueRequest report = ClueFixtures.realNameReport(received());
    ClueRequest withPhone = new ClueRequest(report.source(), report.externalNo(), report.receivedAt(),
        report.category(), report.district(), report.subjects(), report.facts() + "，举报人电话" + PHONE_IN_TEXT,
        report.evidence(), report.reporter());
    ResponseEntity<String> created = TestHttp.send(http, officer, HttpMethod.POST, "/api/clues",
        json.writeValueAsString(withPhone));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode registered = json.readTree(created.getBody());
    String clueNo = registered.get("clueNo").asText();

    JsonNode full = json.readTree(get(officer, "/api/clues/" + clueNo).getBody());
    assertThat(full.at("/reporter/idNumber").asText()).isEqualTo("310113199001011234");
    assertThat(full.at("/clue/facts").asText()).contains(PHONE_IN_TEXT);
    for (String other : List.of(head, supervisor)) {
      JsonNode view = json.readTree(get(other, "/api/clues/" + clueNo).getBody());
      assertThat(view.get("reporter")).isEqualTo(json.readTree("{\"present\": true}"));
      assertThat(view.at("/clue/facts").asText()).contains("139****2468").doesNotContain(PHONE_IN_TEXT);
    }
    assertThat(jdbc.queryForList("SELECT user_id, record_kind, shown, channel FROM personal_data_access"
        + " WHERE record_no = ?", clueNo))
        .singleElement().satisfies(row -> assertThat(row).hasSize(4).containsEntry("USER_ID", officer)
            .containsEntry("RECORD_KIND", "CLUE").containsEntry("SHOWN", "REPORTER").containsEntry("CHANNEL", "API"));
    assertThat((String) runtimeService.getVariable(registered.get("processInstanceId").asText(),
        ClueProcess.Var.CLUE_SUMMARY.name())).contains("139****2468").doesNotContain(PHONE_IN_TEXT);
  }

  private JsonNode register() throws Exception {
    ComplaintRequest r = ComplaintFixtures.baoshanMerchant(received());
    ComplaintRequest request = new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(), r.complainant(),
        r.subjects(), r.district(), r.product(), r.orderNo(), r.amountPaid(), r.claims(),
        r.description() + "请回电" + PHONE_IN_TEXT + "，身份证" + ID_IN_TEXT, false);
    ResponseEntity<String> created = TestHttp.send(http, centre, HttpMethod.POST, "/api/complaints",
        json.writeValueAsString(request));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(created.getBody());
  }

  private JsonNode read(String user, String complaintNo) throws Exception {
    ResponseEntity<String> answer = get(user, "/api/complaints/" + complaintNo);
    assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private long log(String recordNo) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_access WHERE record_no = ?", Long.class, recordNo);
  }

  private ResponseEntity<String> get(String user, String path) {
    return TestHttp.send(http, user, HttpMethod.GET, path, null);
  }

  private static LocalDateTime received() {
    return LocalDateTime.now(Times.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
  }
}
