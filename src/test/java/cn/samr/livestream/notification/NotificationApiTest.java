package cn.samr.livestream.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.BadRequests;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/notifications and /api/notification-preferences/me over HTTP with real logins: a user's own in-app messages
 * (newest first, unread count, read one, read all; another user's message is 404), the preferences and their
 * validation (400 naming the field, nothing stored), the failed deliveries for administrators and the operations
 * group only, without any address.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiTest {

  static final LocalDateTime DAYTIME = LocalDateTime.of(2030, 3, 5, 10, 0);
  static final String ADDRESS = "api-reader@example.org";

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired NotificationMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;

  String reader;
  String other;
  String admin;
  String operator;
  String head;

  @BeforeAll
  void createUsers(TestUsers users) {
    reader = users.create("notify-api-reader", "district-310113");
    other = users.create("notify-api-other", "district-310113");
    admin = users.create("notify-api-admin", Groups.CAMUNDA_ADMIN);
    operator = users.create("notify-api-operator", "operations");
    head = users.create("notify-api-head", "district-310113-head");
    User user = identityService.createUserQuery().userId(reader).singleResult();
    user.setEmail(ADDRESS);
    identityService.saveUser(user);
  }

  @BeforeEach
  void daytime() {
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME));
  }

  @AfterEach
  void cleanUp() {
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    ClockUtil.reset();
    jdbc.update("DELETE FROM notification WHERE recipient LIKE 'notify-api-%'");
    jdbc.update("DELETE FROM notification_preference WHERE user_id LIKE 'notify-api-%'");
  }

  @Test
  void aUserListsCountsAndReadsTheirOwnMessages() throws Exception {
    notifyReader("api-task-1", "任务「受理投诉」已指派给您");
    ClockUtil.setCurrentTime(Times.toDate(DAYTIME.plusMinutes(5)));
    notifyReader("api-task-2", "任务「核查投诉」已指派给您");
    notifications.notify(NotificationEvent.COPY_RECEIVED, List.of(other), "抄送", "任务「核查投诉」抄送给您",
        "/camunda/app/tasklist/", NotificationRef.task("api-task-3"));
    dispatcher.awaitIdle(Duration.ofSeconds(30));

    JsonNode list = ok(get(reader, "/api/notifications"));
    assertThat(list.get("total").asLong()).isEqualTo(2);
    assertThat(list.get("items").findValuesAsText("refId")).containsExactly("api-task-2", "api-task-1");
    assertThat(list.at("/items/0/eventLabel").asText()).isEqualTo("任务指派给我");
    assertThat(list.at("/items/0/read").asBoolean()).isFalse();
    assertThat(list.toString()).doesNotContain(ADDRESS);
    assertThat(ok(get(reader, "/api/notifications/unread-count")).get("unread").asLong()).isEqualTo(2);
    assertThat(ok(get(reader, "/api/notifications?page=1&size=1")).get("items").findValuesAsText("refId"))
        .containsExactly("api-task-1");

    long first = list.at("/items/1/id").asLong();
    assertThat(post(reader, "/api/notifications/" + first + "/read").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post(reader, "/api/notifications/" + first + "/read").getStatusCode()).as("again: still read")
        .isEqualTo(HttpStatus.OK);
    assertThat(ok(get(reader, "/api/notifications/unread-count")).get("unread").asLong()).isOne();
    assertThat(ok(get(reader, "/api/notifications?unread=true")).get("items").findValuesAsText("refId"))
        .containsExactly("api-task-2");

    // another user's message, or no message at all: 404, and nothing changes
    long others = ok(get(other, "/api/notifications")).at("/items/0/id").asLong();
    assertThat(post(reader, "/api/notifications/" + others + "/read").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(reader, "/api/notifications/abc/read").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(reader, "/api/notifications/999999999/read").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ok(get(other, "/api/notifications/unread-count")).get("unread").asLong()).isOne();

    assertThat(ok(post(reader, "/api/notifications/read-all")).get("marked").asInt()).isOne();
    assertThat(ok(get(reader, "/api/notifications/unread-count")).get("unread").asLong()).isZero();
    assertThat(ok(get(other, "/api/notifications/unread-count")).get("unread").asLong()).isOne();
    assertThat(jdbc.queryForList("SELECT status FROM notification WHERE recipient = ? AND channel = 'IN_APP'",
        String.class, reader)).containsOnly("READ");
  }

  @Test
  void listParametersAreChecked() throws Exception {
    BadRequests.assertRejected(json, get(reader, "/api/notifications?size=0"), "size");
    BadRequests.assertRejected(json, get(reader, "/api/notifications?size=101"), "size");
    BadRequests.assertRejected(json, get(reader, "/api/notifications?page=-1"), "page");
    BadRequests.assertRejected(json, get(reader, "/api/notifications?unread=yes"), "unread");
    assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode())
        .as("no login").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void preferencesAreReadAndStored() throws Exception {
    JsonNode defaults = ok(get(reader, "/api/notification-preferences/me"));
    assertThat(defaults.get("inApp").asBoolean()).isTrue();
    assertThat(defaults.get("email").asBoolean()).isTrue();
    assertThat(defaults.get("sms").asBoolean()).isFalse();
    assertThat(defaults.get("quietFrom").asText()).isEqualTo("22:00");
    assertThat(defaults.get("quietTo").asText()).isEqualTo("07:30");
    assertThat(defaults.get("emailAvailable").asBoolean()).as("no mail server in this context").isFalse();
    assertThat(defaults.get("events").findValuesAsText("code")).contains("TASK_ASSIGNED_TO_ME", "OVERDUE");

    JsonNode saved = ok(put(reader, "/api/notification-preferences/me", validPreferences().toString()));
    assertThat(saved.get("sms").asBoolean()).isTrue();
    assertThat(saved.get("mobile").asText()).isEqualTo("13912345678");
    JsonNode read = ok(get(reader, "/api/notification-preferences/me"));
    assertThat(read.get("email").asBoolean()).isFalse();
    assertThat(read.get("quietFrom").asText()).isEqualTo("21:30");
    assertThat(read.get("disabledEvents").toString()).isEqualTo("[\"DUE_SOON\"]");
    // another user's are their own
    assertThat(ok(get(other, "/api/notification-preferences/me")).get("mobile").isNull()).isTrue();

    // a notification now follows them: e-mail off, in-app on
    notifyReader("api-pref-1", "任务「受理投诉」已指派给您");
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    assertThat(jdbc.queryForList("SELECT CONCAT(channel, ':', status) FROM notification WHERE ref_id = 'api-pref-1'",
        String.class)).containsExactlyInAnyOrder("IN_APP:SENT", "EMAIL:SUPPRESSED");
  }

  static Stream<Arguments> malformedPreferences() {
    return Stream.of(
        Arguments.of("mobile", "{\"mobile\": \"12345678901\"}"),
        Arguments.of("mobile", "{\"mobile\": \"1391234567\"}"),
        Arguments.of("mobile", "{\"mobile\": \"139-1234-5678\"}"),
        Arguments.of("mobile", "{\"mobile\": null}"),
        Arguments.of("quietFrom", "{\"quietFrom\": \"25:00\"}"),
        Arguments.of("quietTo", "{\"quietTo\": \"7:30\"}"),
        Arguments.of("quietTo", "{\"quietTo\": null}"),
        Arguments.of("email", "{\"email\": null}"),
        Arguments.of("sms", "{\"sms\": null}"),
        Arguments.of("disabledEvents", "{\"disabledEvents\": [\"NO_SUCH_EVENT\"]}"),
        Arguments.of(null, "{\"email\": "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedPreferences")
  void badPreferencesAreRefusedAndNothingIsStored(String field, String change) throws Exception {
    ResponseEntity<String> answer = put(reader, "/api/notification-preferences/me",
        BadRequests.body(json, validPreferences(), field, change));

    BadRequests.assertRejected(json, answer, field);
    if (field != null) {
      assertThat(answer.getBody()).contains(" / ");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_preference WHERE user_id = ?", Integer.class,
        reader)).isZero();
  }

  @Test
  void failedDeliveriesAreForAdministratorsAndOperationsOnly() throws Exception {
    notifyReader("api-failed-1", "任务「受理投诉」已指派给您");
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    Notification mail = mapper.inApp(reader, false, 0, 1).get(0);
    Notification failed = failedFor(reader, NotificationChannel.EMAIL, "api-failed-2",
        "邮件发送失败 / sending the e-mail failed: MailSendException");

    for (String user : List.of(admin, operator)) {
      JsonNode list = ok(get(user, "/api/notifications/failed?size=100"));
      assertThat(list.get("items").findValuesAsText("id")).contains(String.valueOf(failed.getId()));
      assertThat(list.toString()).doesNotContain(ADDRESS).doesNotContain("@");
    }
    for (String user : List.of(reader, head)) {
      assertThat(get(user, "/api/notifications/failed").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(user, "/api/notifications/" + failed.getId() + "/retry").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(mapper.byId(failed.getId()).getStatus()).isEqualTo(NotificationStatus.FAILED);

    assertThat(post(operator, "/api/notifications/" + mail.getId() + "/retry").getStatusCode())
        .as("not failed").isEqualTo(HttpStatus.CONFLICT);
    assertThat(post(operator, "/api/notifications/999999999/retry").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ok(post(admin, "/api/notifications/" + failed.getId() + "/retry")).get("status").asText())
        .isEqualTo("PENDING");
    dispatcher.awaitIdle(Duration.ofSeconds(30));
    // no mail server here: the retry fails for good again, once
    Notification after = mapper.byId(failed.getId());
    assertThat(after.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(after.getAttempts()).isOne();
    assertThat(after.getLastError()).contains("未开通");
  }

  @Test
  void theOperationsViewCountsTheOutboxAndAFailureIsNoOutage() throws Exception {
    Notification failed = failedFor(reader, NotificationChannel.SMS, "api-health-1",
        "短信网关答复 503 / the SMS gateway answered 503");
    long failures = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'FAILED'", Long.class);

    JsonNode health = ok(get(operator, "/actuator/health/notifications"));
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/details/byStatus/FAILED").asLong()).isEqualTo(failures);
    assertThat(health.at("/details/channels/IN_APP").asBoolean()).isTrue();
    assertThat(health.at("/details/channels/EMAIL").asBoolean()).as("no mail server here").isFalse();
    assertThat(health.at("/details/warning").asText()).contains("/api/notifications/failed");
    assertThat(get(reader, "/actuator/health/notifications").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    String prometheus = get(operator, "/actuator/prometheus").getBody();
    assertThat(prometheus).containsPattern("livestream_notifications\\{[^}]*channel=\"SMS\"[^}]*status=\"FAILED\"[^}]*} ");
    assertThat(prometheus).contains("livestream_notifications{").doesNotContain(ADDRESS);
  }

  private void notifyReader(String taskId, String body) {
    notifications.notify(NotificationEvent.TASK_ASSIGNED_TO_ME, List.of(reader), "任务指派给您", body,
        "/camunda/app/tasklist/", NotificationRef.task(taskId));
  }

  private ObjectNode validPreferences() {
    ObjectNode body = json.createObjectNode();
    body.put("email", false);
    body.put("sms", true);
    body.put("mobile", "13912345678");
    body.put("quietFrom", "21:30");
    body.put("quietTo", "07:30");
    body.putArray("disabledEvents").add("DUE_SOON");
    return body;
  }

  private JsonNode ok(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private ResponseEntity<String> get(String user, String path) {
    return TestHttp.send(http, user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> post(String user, String path) {
    return TestHttp.send(http, user, HttpMethod.POST, path, null);
  }

  private ResponseEntity<String> put(String user, String path, String body) {
    return TestHttp.send(http, user, HttpMethod.PUT, path, body);
  }

  /** A reader's 任务已超期 notice on the channel that failed for good, as the dispatcher leaves it. */
  private Notification failedFor(String recipient, NotificationChannel channel, String taskId, String lastError) {
    Notification failed = new Notification();
    failed.setRecipient(recipient);
    failed.setEvent(NotificationEvent.OVERDUE);
    failed.setChannel(channel);
    failed.setTitle("任务已超期");
    failed.setBody("任务「受理投诉」已超期");
    failed.setRefKind("TASK");
    failed.setRefId(taskId);
    failed.setDedupKey("OVERDUE:TASK:" + taskId + ":" + recipient + ":" + channel.name());
    failed.setStatus(NotificationStatus.FAILED);
    failed.setLastError(lastError);
    failed.setNextAttemptAt(DAYTIME);
    failed.setCreatedAt(DAYTIME);
    mapper.insert(failed);
    return failed;
  }
}
