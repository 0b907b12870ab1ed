package cn.samr.livestream.governance.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.access.CityGroups;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tagging with special campaigns (docs/governance.md §4.2): at the clue's intake (POST /api/clues campaignCodes) and
 * later (POST/DELETE /api/campaigns/{code}/tags). Only a campaign under way, a record of a participating unit, a day
 * in the period; later also after the end within the grace days, never once frozen; nothing stored when refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTaggingTest {

  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 10, 10, 0);

  @Autowired CampaignMapper campaigns;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  TestUsers users;
  String baoshanOfficer;
  String pudongOfficer;
  String supervisor;
  Campaign active;

  @BeforeAll
  void createUsers() {
    users = new TestUsers(identityService);
    baoshanOfficer = users.create("zxt-baoshan-officer", BAOSHAN);
    pudongOfficer = users.create("zxt-pudong-officer", PUDONG);
    supervisor = users.create("zxt-supervisor", CityGroups.SUPERVISORS);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Times.toDate(NOW));
    active = CampaignTestData.campaign(campaigns, CampaignStatus.ACTIVE, LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), BAOSHAN);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aClueRegisteredWithTheCodeOfACampaignUnderWayIsTaggedInTheSameTransaction() throws Exception {
    ClueRequest clue = withCampaigns(ClueFixtures.monitoringFinding(NOW.minusHours(2)), List.of(active.getCode()));
    ResponseEntity<String> created = post(baoshanOfficer, "/api/clues", json.writeValueAsString(clue));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long clueId = json.readTree(created.getBody()).get("clueId").asLong();
    java.util.Map<String, Object> tag = jdbc.queryForMap("SELECT record_kind, unit, via, tagged_by FROM campaign_tag"
        + " WHERE campaign_id = ? AND record_id = ?", active.getId(), clueId);
    assertThat(List.of(tag.get("record_kind"), tag.get("unit"), tag.get("via"), tag.get("tagged_by")))
        .containsExactly("CLUE", BAOSHAN, "INTAKE", baoshanOfficer);
    assertThat(jdbc.queryForObject("SELECT detail FROM governance_event WHERE record_kind = 'CAMPAIGN'"
        + " AND record_id = ? AND step = 'TAGGED'", String.class, active.getId()))
        .isEqualTo("INTAKE " + json.readTree(created.getBody()).get("clueNo").asText());
  }

  @Test
  void aCodeThatCannotTagTheClueIs400NamingTheFieldAndNoClueIsStored() throws Exception {
    Campaign planned = CampaignTestData.campaign(campaigns, CampaignStatus.PLANNED, LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), BAOSHAN);
    ClueRequest baoshanClue = ClueFixtures.monitoringFinding(NOW.minusHours(1));
    refused(withCampaigns(baoshanClue, List.of("ZX-1999-99")), "专项不存在");
    refused(withCampaigns(baoshanClue, List.of(planned.getCode())), "不在进行中");
    // received before the period
    refused(withCampaigns(ClueFixtures.monitoringFinding(LocalDateTime.of(2026, 10, 31, 23, 0)),
        List.of(active.getCode())), "不在专项");
    // a Pudong clue: Pudong does not take part
    refused(withCampaigns(ClueFixtures.inDistrict(baoshanClue, "310115"), List.of(active.getCode())), "未参加");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_tag WHERE campaign_id IN (?, ?)", Long.class,
        active.getId(), planned.getId())).isZero();
  }

  @Test
  void laterTaggingByTheRecordsUnitWithItsRefusals() throws Exception {
    long clueId = CampaignTestData.clue(jdbc, "XS-ZXT-" + active.getId(), BAOSHAN, LocalDateTime.of(2026, 11, 3, 9, 0));
    String tags = "/api/campaigns/" + active.getCode() + "/tags";
    String body = "{\"kind\":\"CLUE\",\"number\":\"XS-ZXT-" + active.getId() + "\"}";
    // another district's officer does not see the clue; a supervisor reads it but does not work it
    assertThat(post(pudongOfficer, tags, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(supervisor, tags, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(baoshanOfficer, "/api/campaigns/ZX-1999-99/tags", body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(baoshanOfficer, tags, "{\"kind\":\"INTERVIEW\",\"number\":\"1\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count(active, clueId)).isZero();

    ResponseEntity<String> tagged = post(baoshanOfficer, tags, body);
    assertThat(tagged.getStatusCode()).as(tagged.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(tagged.getBody()).get("unit").asText()).isEqualTo(BAOSHAN);
    assertThat(count(active, clueId)).isOne();
    assertThat(post(baoshanOfficer, tags, body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    String one = tags + "/CLUE/XS-ZXT-" + active.getId();
    assertThat(send(baoshanOfficer, HttpMethod.DELETE, one).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count(active, clueId)).isZero();
    assertThat(send(baoshanOfficer, HttpMethod.DELETE, one).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // nothing is deleted: the row stays with who took the tag off, and tagging again brings it back
    assertThat(jdbc.queryForObject("SELECT removed_by FROM campaign_tag WHERE campaign_id = ? AND record_id = ?",
        String.class, active.getId(), clueId)).isEqualTo(baoshanOfficer);
    assertThat(post(baoshanOfficer, tags, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(count(active, clueId)).isOne();
    assertThat(send(baoshanOfficer, HttpMethod.DELETE, one).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForList("SELECT step FROM governance_event WHERE record_kind = 'CAMPAIGN' AND record_id = ?"
        + " ORDER BY id", String.class, active.getId())).containsExactly("TAGGED", "UNTAGGED", "TAGGED", "UNTAGGED");

    // a clue received outside the period
    CampaignTestData.clue(jdbc, "XS-ZXT-OUT-" + active.getId(), BAOSHAN, LocalDateTime.of(2026, 10, 20, 9, 0));
    ResponseEntity<String> outside = post(baoshanOfficer, tags,
        "{\"kind\":\"CLUE\",\"number\":\"XS-ZXT-OUT-" + active.getId() + "\"}");
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody()).contains("number", "不在专项期间内");
  }

  @Test
  void afterTheEndTaggingGoesOnForTheGraceDaysButNeverOnceFrozen() throws Exception {
    Campaign ended = CampaignTestData.campaign(campaigns, CampaignStatus.SUMMARISING, LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 15), BAOSHAN);
    Campaign longAgo = CampaignTestData.campaign(campaigns, CampaignStatus.REVIEW, LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 10), BAOSHAN);
    Campaign frozen = CampaignTestData.campaign(campaigns, CampaignStatus.CLOSED, LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 11, 5), BAOSHAN);
    String number = "XS-ZXT-G-" + ended.getId();
    CampaignTestData.clue(jdbc, number, BAOSHAN, LocalDateTime.of(2026, 10, 1, 9, 0));
    String body = "{\"kind\":\"CLUE\",\"number\":\"" + number + "\"}";
    // 10 November is 26 days after 15 October: within the 30 grace days
    assertThat(post(baoshanOfficer, "/api/campaigns/" + ended.getCode() + "/tags", body).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    // 31 days after 10 October
    ResponseEntity<String> late = post(baoshanOfficer, "/api/campaigns/" + longAgo.getCode() + "/tags", body);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("30");
    ResponseEntity<String> closed = post(baoshanOfficer, "/api/campaigns/" + frozen.getCode() + "/tags", body);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(closed.getBody()).contains("已定稿");
  }

  @Test
  void aSpotCheckRecordedWithTheCodeIsTaggedAndARefusedCodeStoresNoCheck() throws Exception {
    long assignment = CampaignTestData.assignment(jdbc, BAOSHAN, "2026-11");
    String check = "{\"assignmentId\":" + assignment + ",\"checkDate\":\"2026-11-05\",\"platform\":\"抖音\","
        + "\"liveRoom\":\"专项测试直播间\",\"productOrService\":\"面霜\",\"focusArea\":\"COSMETICS\","
        + "\"result\":\"NORMAL\",\"campaignCodes\":[\"%s\"]}";
    ResponseEntity<String> recorded = post(baoshanOfficer, "/api/spot-checks", check.formatted(active.getCode()));
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    long checkId = json.readTree(recorded.getBody()).get("checkId").asLong();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_tag WHERE campaign_id = ? AND record_kind ="
        + " 'SPOT_CHECK' AND record_id = ? AND via = 'INTAKE'", Long.class, active.getId(), checkId)).isOne();

    Campaign planned = CampaignTestData.campaign(campaigns, CampaignStatus.PLANNED, LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), BAOSHAN);
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class);
    ResponseEntity<String> refused = post(baoshanOfficer, "/api/spot-checks", check.formatted(planned.getCode()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("campaignCodes", "不在进行中");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class)).isEqualTo(before);

    // later, by its number SC-<id>: tagged already
    assertThat(post(baoshanOfficer, "/api/campaigns/" + active.getCode() + "/tags",
        "{\"kind\":\"SPOT_CHECK\",\"number\":\"SC-" + checkId + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  private void refused(ClueRequest clue, String reason) throws Exception {
    ResponseEntity<String> answer = post(baoshanOfficer, "/api/clues", json.writeValueAsString(clue));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(answer.getBody());
    assertThat(error.get("fieldErrors").get(0).get("field").asText()).isEqualTo("campaignCodes");
    assertThat(error.get("fieldErrors").get(0).get("message").asText()).contains(reason);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clue WHERE external_no = ?", Long.class, clue.externalNo()))
        .isZero();
  }

  private long count(Campaign campaign, long clueId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_tag WHERE campaign_id = ? AND record_kind = 'CLUE'"
        + " AND record_id = ? AND removed_at IS NULL", Long.class, campaign.getId(), clueId);
  }

  static ClueRequest withCampaigns(ClueRequest r, List<String> codes) {
    return new ClueRequest(r.source(), r.externalNo(), r.receivedAt(), r.category(), r.district(), r.subjects(),
        r.facts(), r.evidence(), r.reporter(), codes);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return TestHttp.send(http, user, HttpMethod.POST, path, body);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path) {
    return TestHttp.send(http, user, method, path, null);
  }
}
