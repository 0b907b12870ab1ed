package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.complaint.ComplaintFixtures;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ComplaintRequest;
import cn.samr.livestream.enforcement.clue.ClueFixtures;
import cn.samr.livestream.enforcement.clue.ClueRequest;
import cn.samr.livestream.shared.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Personal data is never logged: everything the application logs (the root logger, with the application's
 * own loggers at TRACE as when someone debugs it) while a complaint is registered through the API and the
 * Tasklist start form (one of them refused), handled to closing through /engine-rest, and read by its
 * officer, and while a real-name report is registered and read, must not contain the complainant's or the
 * reporter's phone, ID number or name — as plain text, nor as the JSON lines of the structured log formats (profile
 * {@code json-logs}, docs/operations.md), which add the MDC (Camunda's process context) and key-value pairs.
 */
@IntegrationTest
class PersonalDataNotLoggedTest {

  static final String COMPLAINANT_PHONE = "13655501234";
  static final String COMPLAINANT_NAME = "测试投诉人甲";
  static final String FORM_PHONE = "13655505678";
  static final String REFUSED_PHONE = "13655509999";
  static final String REPORTER_PHONE = "13700001111";
  static final String REPORTER_ID = "310113199001011234";
  /** The structured (JSON) log formats: the json-logs profile's (ECS) first. */
  static final String[] STRUCTURED_FORMATS = {"ecs", "logstash"};

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;

  TestUsers users;
  String centre;
  String officer;
  final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  Logger application;
  Level applicationLevel;

  @BeforeEach
  void captureTheLog() {
    users = new TestUsers(identityService);
    centre = users.create("nolog-centre", "complaint-centre");
    officer = users.create("nolog-baoshan-officer", "district-310113");
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    captured.setContext(context);
    captured.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    application = context.getLogger("cn.samr.livestream");
    applicationLevel = application.getLevel();
    application.setLevel(Level.TRACE);
  }

  @AfterEach
  void stopCapturing() {
    application.setLevel(applicationLevel);
    ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    captured.stop();
    users.removeAll();
  }

  @Test
  void registeringAndHandlingAComplaintLogsNoPersonalData() throws Exception {
    LocalDateTime received = LocalDateTime.now(Times.ZONE).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
    ComplaintRequest r = ComplaintFixtures.baoshanMerchant(received);
    ComplaintRequest request = new ComplaintRequest(r.source(), r.externalNo(), r.receivedAt(),
        new ComplaintRequest.Person(COMPLAINANT_NAME, COMPLAINANT_PHONE, false), r.subjects(), r.district(),
        r.product(), r.orderNo(), r.amountPaid(), r.claims(), r.description() + "，请回电" + COMPLAINANT_PHONE, false);
    ResponseEntity<String> created = send(centre, HttpMethod.POST, "/api/complaints", json.writeValueAsString(request));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String complaintNo = json.readTree(created.getBody()).get("complaintNo").asText();

    work(complaintNo, Map.of("acceptanceDecision", "ACCEPT"));
    Map<String, Object> findings = new LinkedHashMap<>();
    findings.put("substantiated", true);
    findings.put("facts", "调取直播回放与订单，宣传进口正品与实物不符");
    findings.put("remedyRefund", true);
    findings.put("amountOwed", 299);
    findings.put("owedByMerchant", true);
    findings.put("remedyWorkingDays", 10);
    findings.put("violationClueFound", false);
    work(complaintNo, findings);
    work(complaintNo, Map.of("fulfilmentOutcome", "FULFILLED", "fulfilledAmount", 299,
        "fulfilledOn", LocalDate.now(Times.ZONE).toString()));
    work(complaintNo, Map.of("repliedOn", LocalDate.now(Times.ZONE).toString(), "replyMethod", "PHONE",
        "replySummary", "商家已全额退款，已电话告知投诉人"));
    JsonNode closed = json.readTree(send(officer, HttpMethod.GET, "/api/complaints/" + complaintNo, null).getBody());
    assertThat(closed.at("/complaint/status").asText()).isEqualTo("CLOSED");
    assertThat(closed.at("/complainant/phone").asText()).isEqualTo(COMPLAINANT_PHONE);

    // the Tasklist start form: once accepted, once refused (no description) with its phone in the variables
    Map<String, Object> form = startForm(FORM_PHONE);
    assertThat(send(centre, HttpMethod.POST, "/engine-rest/process-definition/key/" + ComplaintProcess.PROCESS_KEY
        + "/submit-form", variables(form)).getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> refused = startForm(REFUSED_PHONE);
    refused.remove("description");
    assertThat(send(centre, HttpMethod.POST, "/engine-rest/process-definition/key/" + ComplaintProcess.PROCESS_KEY
        + "/submit-form", variables(refused)).getStatusCode().is2xxSuccessful()).isFalse();

    // a real-name report, registered and read by the handling officer
    ClueRequest report = ClueFixtures.realNameReport(received);
    ResponseEntity<String> clue = send(officer, HttpMethod.POST, "/api/clues", json.writeValueAsString(report));
    assertThat(clue.getStatusCode()).as(clue.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode read = json.readTree(send(officer, HttpMethod.GET, "/api/clues/"
        + json.readTree(clue.getBody()).get("clueNo").asText(), null).getBody());
    assertThat(read.at("/reporter/phone").asText()).isEqualTo(REPORTER_PHONE);

    List<String> lines = logged();
    // the capture works: the application's SQL is logged at DEBUG meanwhile, in the JSON lines too
    assertThat(lines).anyMatch(line -> line.contains("==>  Preparing:"));
    assertThat(lines).anyMatch(line -> line.startsWith("{") && line.contains("\"ecs\"") && line.contains("Preparing:"));
    assertThat(lines).noneMatch(line -> line.contains(COMPLAINANT_PHONE))
        .noneMatch(line -> line.contains(COMPLAINANT_NAME))
        .noneMatch(line -> line.contains(FORM_PHONE))
        .noneMatch(line -> line.contains(REFUSED_PHONE))
        .noneMatch(line -> line.contains(REPORTER_PHONE))
        .noneMatch(line -> line.contains(REPORTER_ID))
        .noneMatch(line -> line.contains(report.reporter().name()));
  }

  @Test
  void theJsonLogsProfileWritesTheStructuredFormatCheckedHere() throws Exception {
    List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yaml",
        new ClassPathResource("application.yaml"));
    assertThat(documents).filteredOn(d -> "json-logs".equals(d.getProperty("spring.config.activate.on-profile")))
        .singleElement().satisfies(d -> assertThat(d.getProperty("logging.structured.format.console"))
            .hasToString(STRUCTURED_FORMATS[0]));
  }

  /**
   * Every event's logger, message, arguments and throwable chain (message and stack) as text; and the event as the JSON
   * line each structured format writes (profile json-logs: ECS; or Logstash), which adds the MDC and key-value pairs.
   */
  private List<String> logged() {
    List<String> lines = new ArrayList<>();
    List<StructuredLogEncoder> encoders = new ArrayList<>();
    for (String format : STRUCTURED_FORMATS) {
      StructuredLogEncoder encoder = new StructuredLogEncoder();
      encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
      encoder.setFormat(format);
      encoder.start();
      encoders.add(encoder);
    }
    for (ILoggingEvent event : List.copyOf(captured.list)) {
      for (StructuredLogEncoder encoder : encoders) {
        lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
      }
      StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
      if (event.getArgumentArray() != null) {
        for (Object argument : event.getArgumentArray()) {
          line.append(' ').append(argument);
        }
      }
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private void work(String complaintNo, Map<String, Object> values) throws Exception {
    JsonNode tasks = json.readTree(send(officer, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + complaintNo, null).getBody());
    assertThat(tasks).hasSize(1);
    String id = tasks.get(0).get("id").asText();
    assertThat(send(officer, HttpMethod.POST, "/engine-rest/task/" + id + "/claim",
        "{\"userId\":\"" + officer + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> submitted = send(officer, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form",
        variables(values));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> startForm(String phone) {
    return ComplaintFixtures.startForm(COMPLAINANT_NAME, phone, "直播间宣称可降血糖，收货后无保健食品标志，联系电话" + phone);
  }

  private String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    return TestHttp.send(http, user, method, path, body);
  }
}
