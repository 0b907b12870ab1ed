package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Form;
import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start form of spot-check-entry (录入抽查记录) declares exactly the fields RecordSpotCheckDelegate
 * reads, with the enums' codes and labels; Tasklist's way of starting it (engine REST submit-form) works
 * for district officers and the monitoring centre only, and a refused form stores nothing.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpotCheckEntryFormTest {

  static final File FORM = new File("forms/" + SpotCheckEntryProcess.FORM_ID + ".form");
  static final String SUBMIT = "/engine-rest/process-definition/key/" + SpotCheckEntryProcess.PROCESS_KEY + "/submit-form";

  @Autowired ObjectMapper json;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
  @Autowired MonitoringService monitoring;
  @Autowired JdbcTemplate jdbc;

  String officer;
  String monitor;
  String supervisor;
  String centre;
  String today;

  @BeforeAll
  void setUp(TestUsers users) {
    officer = users.create("entry-form-baoshan-officer", "district-310113");
    monitor = users.create("entry-form-monitor", "monitoring-centre");
    supervisor = users.create("entry-form-supervisor", "supervisors");
    centre = users.create("entry-form-centre", "complaint-centre");
    LocalDate date = LocalDate.now(Times.engineClock());
    today = date.toString();
    monitoring.openMonth(YearMonth.from(date), null);
  }

  @Test
  void theFormDeclaresExactlyTheFieldsTheServiceReads() throws Exception {
    JsonNode form = json.readTree(FORM);
    assertThat(form.get("id").asText()).isEqualTo(SpotCheckEntryProcess.FORM_ID);
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(form.get("components"), fields);

    assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(
        Form.FIELDS.stream().map(ProcessVariable::name).toList());
    assertChoices(fields.get(Form.FOCUS_AREA.name()), FocusArea.values(), FocusArea::label);
    assertChoices(fields.get(Form.RESULT.name()), SpotCheckResult.values(), SpotCheckResult::label);
    assertChoices(fields.get(Form.VIOLATION_CATEGORY.name()), ViolationCategory.values(), ViolationCategory::label);
    assertChoices(fields.get(Form.SAMPLING_RESULT.name()), SamplingResult.values(), SamplingResult::label);
    assertThat(fields.get(Form.CHECK_DATE.name()).get("subtype").asText()).isEqualTo("date");
    assertThat(fields.get(Form.SAMPLING_DONE.name()).get("type").asText()).isEqualTo("checkbox");
    // the category only with a suspected violation, the sampling result only with a sample (form-js conditions)
    assertThat(fields.get(Form.VIOLATION_CATEGORY.name()).at("/conditional/hide").asText())
        .isEqualTo("=" + Form.RESULT.name() + " != \"" + SpotCheckResult.SUSPECTED_VIOLATION.name() + "\"");
    assertThat(fields.get(Form.SAMPLING_RESULT.name()).at("/conditional/hide").asText())
        .isEqualTo("=" + Form.SAMPLING_DONE.name() + " != true");
    // every district of the organisation can be chosen
    List<String> districts = new ArrayList<>();
    fields.get(Form.DISTRICT.name()).get("values").forEach(v -> districts.add(v.get("value").asText()));
    assertThat(districts).hasSize(18).contains("310113", "310115", "LINGANG", "AIRPORT");

    StartEvent start = Bpmn.readModelFromFile(new File("processes/spot-check-entry.bpmn"))
        .getModelElementById(SpotCheckEntryProcess.Element.START);
    assertThat(start.getCamundaFormRef()).isEqualTo(SpotCheckEntryProcess.FORM_ID);
  }

  @Test
  void theMonthlyTaskFormTellsWhereChecksAreRecorded() throws Exception {
    JsonNode form = json.readTree(new File("forms/monitoring-spot-checks.form"));
    String texts = form.get("components").findValuesAsText("text").toString();
    assertThat(texts).contains("录入抽查记录").contains("/api/spot-checks/upload").contains("upload-template");
  }

  @Test
  void districtOfficersAndTheMonitoringCentreStartItFromTheTasklist() throws Exception {
    ResponseEntity<String> startForm = TestHttp.send(http, officer, HttpMethod.GET,
        "/engine-rest/process-definition/key/" + SpotCheckEntryProcess.PROCESS_KEY + "/startForm", null);
    assertThat(startForm.getStatusCode()).as(startForm.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(startForm.getBody()).at("/camundaFormRef/key").asText())
        .isEqualTo(SpotCheckEntryProcess.FORM_ID);

    ResponseEntity<String> byOfficer = TestHttp.send(http, officer, HttpMethod.POST, SUBMIT, variables(form(null)));
    assertThat(byOfficer.getStatusCode()).as(byOfficer.getBody()).isEqualTo(HttpStatus.OK);
    String checkNo = json.readTree(byOfficer.getBody()).get("businessKey").asText();
    assertThat(checkNo).matches("SC-\\d+");
    assertThat(jdbc.queryForMap("SELECT c.recorded_by, a.unit_code FROM spot_check c JOIN spot_check_assignment a "
        + "ON a.id = c.assignment_id WHERE c.id = ?", Long.valueOf(checkNo.substring(3))))
        .containsEntry("RECORDED_BY", officer).containsEntry("UNIT_CODE", "district-310113");
    // the form's fields are in spot_check, and neither in the engine's runtime nor its history (issue 15)
    String instance = json.readTree(byOfficer.getBody()).get("id").asText();
    List<String> fields = SpotCheckEntryProcess.Form.FIELDS.stream().map(ProcessVariable::name).toList();
    assertThat(new EngineVariableRows(jdbc).history(instance)).doesNotContainAnyElementsOf(fields);
    assertThat(new EngineVariableRows(jdbc).runtime(instance)).doesNotContainAnyElementsOf(fields);

    ResponseEntity<String> byMonitor = TestHttp.send(http, monitor, HttpMethod.POST, SUBMIT, variables(form("310115")));
    assertThat(byMonitor.getStatusCode()).as(byMonitor.getBody()).isEqualTo(HttpStatus.OK);
    String monitorNo = json.readTree(byMonitor.getBody()).get("businessKey").asText();
    assertThat(jdbc.queryForObject("SELECT a.unit_code FROM spot_check c JOIN spot_check_assignment a "
        + "ON a.id = c.assignment_id WHERE c.id = ?", String.class, Long.valueOf(monitorNo.substring(3))))
        .isEqualTo("district-310115");
  }

  @Test
  void othersMayNotStartItAndARefusedFormStoresNothing() throws Exception {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class);

    assertThat(TestHttp.send(http, supervisor, HttpMethod.POST, SUBMIT, variables(form("310113"))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(TestHttp.send(http, centre, HttpMethod.POST, SUBMIT, variables(form("310113"))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> suspectedWithoutCategory = form(null);
    suspectedWithoutCategory.put(Form.RESULT.name(), SpotCheckResult.SUSPECTED_VIOLATION.name());
    ResponseEntity<String> refused = TestHttp.send(http, officer, HttpMethod.POST, SUBMIT,
        variables(suspectedWithoutCategory));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("violationCategory: 涉嫌违法的须填写违法类别 / required with a suspected violation")
        .contains("description:");
    ResponseEntity<String> otherDistrict = TestHttp.send(http, officer, HttpMethod.POST, SUBMIT, variables(form("310115")));
    assertThat(otherDistrict.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(otherDistrict.getBody()).contains("district: 无权为浦东新区市场监督管理局录入抽查记录");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spot_check", Long.class)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> form(String district) {
    Map<String, Object> form = new HashMap<>();
    if (district != null) {
      form.put(Form.DISTRICT.name(), district);
    }
    form.put(Form.CHECK_DATE.name(), today);
    form.put(Form.PLATFORM.name(), "抖音");
    form.put(Form.LIVE_ROOM.name(), "表单测试直播间");
    form.put(Form.PRODUCT_OR_SERVICE.name(), "面霜");
    form.put(Form.FOCUS_AREA.name(), FocusArea.COSMETICS.name());
    form.put(Form.RESULT.name(), SpotCheckResult.NORMAL.name());
    form.put(Form.SAMPLING_DONE.name(), false);
    return form;
  }

  private String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        assertThat(fields.put(component.get("key").asText(), component)).as("key " + component.get("key")).isNull();
      }
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
    }
  }

  private static <E extends Enum<E>> void assertChoices(JsonNode field, E[] values, Function<E, String> label) {
    Map<String, String> offered = new LinkedHashMap<>();
    field.get("values").forEach(v -> offered.put(v.get("value").asText(), v.get("label").asText()));
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> expected.put(v.name(), label.apply(v)));
    assertThat(offered).as(field.get("key").asText()).containsExactlyEntriesOf(expected);
  }
}
