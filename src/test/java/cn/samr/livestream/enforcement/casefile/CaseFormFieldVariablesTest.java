package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Element;
import cn.samr.livestream.enforcement.casefile.CaseProcess.Var;
import cn.samr.livestream.shared.Times;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case's form fields are recorded in the case file and live as process variables only for the command that
 * submits them (issue 15): the gateways, the period exclusion and the hearing-right table right after each task still
 * read them, the engine's runtime and history tables never hold them. The findings and the extension reason, which
 * later forms show, stay.
 */
@IntegrationTest
class CaseFormFieldVariablesTest {

  /** Monday 2 March 2026, 10:00 Beijing time. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  static final List<String> TAKEN = List.of(Var.FILING_APPROVED.name(), Var.FILING_NOTE.name(),
      Var.INVESTIGATION_ACTION.name(), Var.EXCLUDED_KIND.name(), Var.EXCLUDED_START.name(), Var.EXCLUDED_END.name(),
      Var.EXCLUDED_NOTE.name(), Var.SUSPECTED_OFFENCE.name(), Var.PARTY_INDIVIDUAL.name(),
      Var.PLANNED_FINE_AMOUNT.name(), Var.PLANNED_CONFISCATION_AMOUNT.name(), Var.PLANNED_WARNING.name(),
      Var.PLANNED_PUBLICATION.name(), Var.PLANNED_SERIOUS_VIOLATION_LIST.name(), Var.PLANNED_LICENCE_REVOCATION.name(),
      Var.PLANNED_SUSPEND_BUSINESS.name(), Var.HEARING_REQUESTED.name(), Var.HEARING_START.name(),
      Var.HEARING_END.name(), Var.HEARING_NOTE.name(), Var.FINE_AMOUNT.name(), Var.CONFISCATION_AMOUNT.name(),
      Var.WARNING.name(), Var.PUBLICATION.name(), Var.SERIOUS_VIOLATION_LIST.name(), Var.DECISION_NOTE.name(),
      Var.SERVED_ON.name(), Var.SERVICE_METHOD.name(), Var.PUBLISHED_ON.name(), Var.EXTENSION_APPROVED.name(),
      Var.EXTENSION_NOTE.name());

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseInvestigationService investigations;
  @Autowired CaseFileMapper caseFiles;
  @Autowired JdbcTemplate jdbc;

  EngineVariableRows rows;
  String pi;
  long caseId;

  @BeforeEach
  void startAndFile() {
    ClockUtil.setCurrentTime(Date.from(MONDAY.atZone(Times.ZONE).toInstant()));
    rows = new EngineVariableRows(jdbc);
    String clueNo = "XS-CF-" + System.nanoTime() % 1_000_000_000_000L;
    jdbc.update("INSERT INTO clue (clue_no, source, received_at, category, facts, status, created_at) "
        + "VALUES (?, 'MONITORING', ?, 'ECOMMERCE', '直播间销售假冒口红', 'VERIFIED', ?)", clueNo, MONDAY, MONDAY);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CLUE_ID.name(), jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo));
    variables.put(Var.CLUE_NO.name(), clueNo);
    variables.put(Var.HANDLING_UNIT.name(), "district-310113");
    variables.put(Var.HANDLING_UNIT_HEAD.name(), "district-310113-head");
    variables.put(Var.HANDLING_UNIT_NAME.name(), "宝山区市场监督管理局");
    pi = runtimeService.startProcessInstanceByKey(CaseProcess.PROCESS_KEY, clueNo, variables).getId();
    caseId = (Long) runtimeService.getVariable(pi, Var.CASE_ID.name());
    complete(Element.APPROVE_FILING, Map.of(Var.FILING_APPROVED.name(), true, Var.FILING_NOTE.name(), "同意立案"));
    assertThat(caseFile().getFiledAt()).isEqualTo(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void exclusionHearingAndDecisionReachTheCaseFileAndTheRoutingButNoEngineTable() {
    complete(Element.INVESTIGATE, Map.of(Var.INVESTIGATION_ACTION.name(), "EXCLUDE_PERIOD",
        Var.EXCLUDED_KIND.name(), "TESTING", Var.EXCLUDED_START.name(), "2026-03-10",
        Var.EXCLUDED_END.name(), "2026-03-19", Var.EXCLUDED_NOTE.name(), "送检口红样品"));

    // the period exclusion read the period: ten days, recorded on the case
    assertThat(investigations.excludedPeriods(caseFile().getId())).singleElement()
        .satisfies(period -> assertThat(period.getDays()).isEqualTo(10));

    Map<String, Object> conclusion = new HashMap<>();
    conclusion.put(Var.INVESTIGATION_ACTION.name(), "CONCLUDE");
    conclusion.put(Var.FINDINGS.name(), "经查，当事人在直播间销售假冒口红");
    conclusion.put(Var.SUSPECTED_OFFENCE.name(), "销售假冒注册商标的商品");
    conclusion.put(Var.PARTY_INDIVIDUAL.name(), false);
    conclusion.put(Var.PLANNED_FINE_AMOUNT.name(), 5000L);
    conclusion.put(Var.PLANNED_SERIOUS_VIOLATION_LIST.name(), true);
    conclusion.put(Var.PLANNED_WARNING.name(), true);
    complete(Element.INVESTIGATE, conclusion);

    // the hearing-right table read the planned listing as a serious violator: the party is told of the right
    assertThat(runtimeService.getVariable(pi, Var.HEARING_RIGHT.name())).isEqualTo(true);
    assertThat(task(Element.AWAIT_HEARING_REQUEST)).isNotNull();
    complete(Element.AWAIT_HEARING_REQUEST, Map.of(Var.HEARING_REQUESTED.name(), true));
    complete(Element.HOLD_HEARING, Map.of(Var.HEARING_START.name(), "2026-03-10", Var.HEARING_END.name(), "2026-03-12",
        Var.HEARING_NOTE.name(), "当事人到场陈述申辩"));

    assertThat(caseFile().getHearingRequested()).isTrue();
    // the penalty decision's form shows the findings
    assertThat(rows.runtime(pi)).doesNotContainAnyElementsOf(TAKEN).contains(Var.FINDINGS.name());

    complete(Element.DECIDE_PENALTY, Map.of(Var.FINE_AMOUNT.name(), 5000L, Var.CONFISCATION_AMOUNT.name(), 0L,
        Var.WARNING.name(), true, Var.PUBLICATION.name(), true, Var.SERIOUS_VIOLATION_LIST.name(), false,
        Var.DECISION_NOTE.name(), "依法从轻"));
    complete(Element.SERVE_DECISION, Map.of(Var.SERVED_ON.name(), "2026-03-02", Var.SERVICE_METHOD.name(), "DIRECT"));
    complete(Element.PUBLISH_PENALTY, Map.of(Var.PUBLISHED_ON.name(), "2026-03-02"));

    CaseFile closed = caseFile();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getFineAmount()).isEqualByComparingTo("5000");
    assertThat(closed.getServedAt()).isEqualTo(MONDAY.toLocalDate().atStartOfDay());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(rows.history(pi)).doesNotContainAnyElementsOf(TAKEN)
        .contains(Var.CASE_ID.name(), Var.FINDINGS.name(), Var.HEARING_RIGHT.name(), Var.CASE_OUTCOME.name());
  }

  @Test
  void theExtensionReasonStaysForTheHeadsFormTheDecisionDoesNot() {
    complete(Element.INVESTIGATE, Map.of(Var.INVESTIGATION_ACTION.name(), "EXTEND",
        Var.EXTENSION_REASON.name(), "需调取平台交易数据"));

    assertThat(task(Element.APPROVE_EXTENSION)).isNotNull();
    assertThat(rows.runtime(pi)).contains(Var.EXTENSION_REASON.name()).doesNotContain(Var.INVESTIGATION_ACTION.name());

    complete(Element.APPROVE_EXTENSION, Map.of(Var.EXTENSION_APPROVED.name(), true,
        Var.EXTENSION_NOTE.name(), "同意延长三十日"));

    assertThat(task(Element.INVESTIGATE)).isNotNull();
    assertThat(runtimeService.getVariable(pi, Var.DECISION_PERIOD_DAYS.name())).isEqualTo(120);
    assertThat(caseFile().getExtensionNote()).contains("同意延长三十日");
    assertThat(rows.history(pi)).doesNotContainAnyElementsOf(TAKEN).contains(Var.EXTENSION_REASON.name());
  }

  private CaseFile caseFile() {
    return caseFiles.findById(caseId).orElseThrow();
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
  }

  private void complete(String key, Map<String, Object> variables) {
    Task task = task(key);
    assertThat(task).as("waiting at " + key).isNotNull();
    taskService.complete(task.getId(), variables);
  }
}
