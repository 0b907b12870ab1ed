package cn.samr.livestream.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.samr.livestream.ProcessTest;
import cn.samr.livestream.enforcement.ClueSource;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Element;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Form;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess.Var;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ProcessVariable;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * spot-check-entry (录入抽查记录): the Tasklist start form records one check through MonitoringService and
 * the instance ends; a suspected violation starts clue-verification (source MONITORING); bad input
 * refuses the start and stores nothing.
 */
@ProcessTest(covers = SpotCheckEntryProcess.PROCESS_KEY)
class SpotCheckEntryProcessTest {

  static final String BAOSHAN = "district-310113";
  static final String PUDONG = "district-310115";
  /** A month no other test opens: the in-memory database outlives the test contexts. */
  static final LocalDateTime NOW = LocalDateTime.of(2028, 9, 14, 10, 30);
  static final String TODAY = "2028-09-14";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired MonitoringService monitoring;
  @Autowired SpotCheckAssignmentMapper assignments;
  @Autowired SpotCheckMapper checks;
  @Autowired ClueMapper clues;
  @Autowired JdbcTemplate jdbc;

  long baoshan;
  long pudong;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(Times.toDate(NOW));
    monitoring.openMonth(java.time.YearMonth.of(2028, 9), null);
    baoshan = assignments.findByUnitAndMonth(BAOSHAN, "2028-09").orElseThrow().getId();
    pudong = assignments.findByUnitAndMonth(PUDONG, "2028-09").orElseThrow().getId();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aDistrictOfficerRecordsANormalCheckForHisDistrictAndTheInstanceEnds() {
    int before = monitoring.checksRecorded(baoshan);
    identityService.setAuthentication("entry-baoshan-officer", List.of(BAOSHAN));

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(SpotCheckEntryProcess.PROCESS_KEY, normalForm());
    identityService.clearAuthentication();

    assertThat(pi.isEnded()).isTrue();
    assertThat(passed(pi)).contains(Element.START, Element.RECORD_SPOT_CHECK, Element.SUSPECTED_GATEWAY,
        Element.END_RECORDED).doesNotContain(Element.END_CLUE_STARTED);
    List<SpotCheck> recorded = checks.findByAssignment(baoshan);
    assertThat(recorded).hasSize(before + 1);
    SpotCheck check = recorded.get(recorded.size() - 1);
    assertThat(check.getCheckDate()).hasToString(TODAY);
    assertThat(check.getPlatform()).isEqualTo("抖音");
    assertThat(check.getLiveRoom()).isEqualTo("某某美妆直播间");
    assertThat(check.getFocusArea()).isEqualTo(FocusArea.COSMETICS);
    assertThat(check.getCheckResult()).isEqualTo(SpotCheckResult.NORMAL);
    assertThat(check.isSamplingDone()).isFalse();
    assertThat(check.getClueId()).isNull();
    assertThat(check.getRecordedBy()).isEqualTo("entry-baoshan-officer");
    HistoricProcessInstance history = historic(pi);
    assertThat(history.getBusinessKey()).isEqualTo(SpotCheck.number(check.getId()));
    assertThat(history.getEndActivityId()).isEqualTo(Element.END_RECORDED);
    Map<String, Object> variables = variables(pi);
    assertThat(variables).containsEntry(Var.SPOT_CHECK_ID.name(), check.getId())
        .containsEntry(Var.ASSIGNMENT_ID.name(), baoshan).containsEntry(Var.CLUE_STARTED.name(), false)
        .doesNotContainKeys(Form.FIELDS.stream().map(ProcessVariable::name).toArray(String[]::new));
  }

  @Test
  void aSuspectedViolationStartsClueVerificationFromMonitoring() {
    identityService.setAuthentication("entry-baoshan-officer", List.of(BAOSHAN));

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(SpotCheckEntryProcess.PROCESS_KEY, suspectedForm());
    identityService.clearAuthentication();

    assertThat(pi.isEnded()).isTrue();
    assertThat(historic(pi).getEndActivityId()).isEqualTo(Element.END_CLUE_STARTED);
    long checkId = (Long) variables(pi).get(Var.SPOT_CHECK_ID.name());
    SpotCheck check = checks.findByAssignment(baoshan).stream().filter(c -> c.getId() == checkId).findFirst().orElseThrow();
    assertThat(check.getCheckResult()).isEqualTo(SpotCheckResult.SUSPECTED_VIOLATION);
    assertThat(check.getSamplingResult()).isEqualTo(SamplingResult.UNQUALIFIED);
    Clue clue = clues.findById(check.getClueId()).orElseThrow();
    assertThat(clue.getSource()).isEqualTo(ClueSource.MONITORING);
    assertThat(clue.getExternalNo()).isEqualTo(SpotCheck.number(checkId));
    assertThat(clue.getHandlingUnit()).isEqualTo(BAOSHAN);
    assertThat(variables(pi)).containsEntry(Var.CLUE_STARTED.name(), true).containsEntry(Var.CLUE_NO.name(),
        clue.getClueNo());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ClueProcess.PROCESS_KEY)
        .processInstanceBusinessKey(clue.getClueNo()).count()).isOne();
  }

  @Test
  void theMonitoringCentreNamesTheDistrictItRecordsFor() {
    int before = monitoring.checksRecorded(pudong);
    identityService.setAuthentication("entry-monitor", List.of("monitoring-centre"));
    Map<String, Object> form = normalForm();
    form.put(Form.DISTRICT.name(), "310115");

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(SpotCheckEntryProcess.PROCESS_KEY, form);
    identityService.clearAuthentication();

    assertThat(historic(pi).getEndActivityId()).isEqualTo(Element.END_RECORDED);
    assertThat(monitoring.checksRecorded(pudong)).isEqualTo(before + 1);
  }

  @Test
  void invalidInputRefusesTheStartWithItsFieldsAndStoresNothing() {
    identityService.setAuthentication("entry-baoshan-officer", List.of(BAOSHAN));
    Map<String, Long> before = stored();

    Map<String, Object> noCategory = suspectedForm();
    noCategory.remove(Form.VIOLATION_CATEGORY.name());
    noCategory.put(Form.DESCRIPTION.name(), " ");
    refused(noCategory, "violationCategory", "description");

    Map<String, Object> unknownArea = normalForm();
    unknownArea.put(Form.FOCUS_AREA.name(), "GAMBLING");
    unknownArea.put(Form.CHECK_DATE.name(), "14.09.2028");
    refused(unknownArea, "focusArea", "checkDate");

    Map<String, Object> missing = normalForm();
    missing.remove(Form.PLATFORM.name());
    missing.put(Form.LIVE_ROOM.name(), "");
    refused(missing, "platform", "liveRoom");

    Map<String, Object> sampledWithoutResult = normalForm();
    sampledWithoutResult.put(Form.SAMPLING_DONE.name(), true);
    refused(sampledWithoutResult, "samplingResult");

    Map<String, Object> future = normalForm();
    future.put(Form.CHECK_DATE.name(), "2028-09-15");
    refused(future, "checkDate");

    Map<String, Object> otherDistrict = normalForm();
    otherDistrict.put(Form.DISTRICT.name(), "310115");
    refused(otherDistrict, "district");

    Map<String, Object> noAssignment = normalForm();
    noAssignment.put(Form.CHECK_DATE.name(), "2019-05-06");
    refused(noAssignment, "checkDate");

    identityService.setAuthentication("entry-monitor", List.of("monitoring-centre"));
    refused(normalForm(), "district");

    identityService.clearAuthentication();
    assertThat(stored()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- helpers

  private void refused(Map<String, Object> form, String... fields) {
    var failure = assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(SpotCheckEntryProcess.PROCESS_KEY, form))
        // a delegate's exception reaches the caller as it is; Tasklist shows its message
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(" / ");
    for (String field : fields) {
      failure.hasMessageContaining(field + ":");
    }
  }

  private Map<String, Long> stored() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("spot_check", "clue", "ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    return counts;
  }

  private static Map<String, Object> normalForm() {
    Map<String, Object> form = new HashMap<>();
    form.put(Form.CHECK_DATE.name(), TODAY);
    form.put(Form.PLATFORM.name(), "抖音");
    form.put(Form.LIVE_ROOM.name(), "某某美妆直播间");
    form.put(Form.ACCOUNT_ID.name(), "dy-100200");
    form.put(Form.PRODUCT_OR_SERVICE.name(), "美白面霜");
    form.put(Form.FOCUS_AREA.name(), FocusArea.COSMETICS.name());
    form.put(Form.RESULT.name(), SpotCheckResult.NORMAL.name());
    form.put(Form.SAMPLING_DONE.name(), false);
    return form;
  }

  private static Map<String, Object> suspectedForm() {
    Map<String, Object> form = normalForm();
    form.put(Form.FOCUS_AREA.name(), FocusArea.FOOD.name());
    form.put(Form.PRODUCT_OR_SERVICE.name(), "某品牌婴幼儿辅食");
    form.put(Form.RESULT.name(), SpotCheckResult.SUSPECTED_VIOLATION.name());
    form.put(Form.VIOLATION_CATEGORY.name(), "FOOD_SAFETY");
    form.put(Form.DESCRIPTION.name(), "标签标注的生产日期晚于直播日期");
    form.put(Form.SAMPLING_DONE.name(), true);
    form.put(Form.SAMPLING_RESULT.name(), SamplingResult.UNQUALIFIED.name());
    return form;
  }

  private HistoricProcessInstance historic(ProcessInstance pi) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Map<String, Object> variables(ProcessInstance pi) {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }

  private List<String> passed(ProcessInstance pi) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).list().stream()
        .map(a -> a.getActivityId()).toList();
  }
}
