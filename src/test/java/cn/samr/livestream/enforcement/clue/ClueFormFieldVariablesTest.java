package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.EngineVariableRows;
import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.clue.ClueProcess.Element;
import cn.samr.livestream.enforcement.clue.ClueProcess.Var;
import cn.samr.livestream.shared.Times;
import cn.samr.livestream.shared.ViolationCategory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clue's form fields are recorded in the clue and its enforcement actions, and live as process variables only for
 * the command that submits them (issue 15): the gateways and decision tables right after each task still read them,
 * the engine's runtime and history tables never hold them. Fields a later task's form shows stay.
 */
@IntegrationTest
class ClueFormFieldVariablesTest {

  /** Verification fields and the facts the listener hands the decision tables. */
  static final List<String> VERIFICATION_FIELDS = List.of(Var.VERIFICATION_ACTION.name(), Var.SUBSTANTIATED.name(),
      Var.CATEGORY.name(), Var.LIFE_HEALTH_RISK.name(), Var.MAJOR_PROPERTY_LOSS.name(), Var.HARM_CAUSED.name(),
      Var.CORRECTED_PROMPTLY.name(), Var.ILLEGAL_TURNOVER.name(), Var.REFUND_REFUSED.name(),
      Var.OTHER_DEPARTMENTS.name(), Var.MAJOR_OR_DIFFICULT.name());
  static final List<String> RESPONSE_FIELDS = List.of(Var.TIER_CHANGED.name(), Var.DOCUMENT_CONTENT.name(),
      Var.CORRECTION_WORKING_DAYS.name(), Var.CORRECTED.name(), Var.TAKEN_DOWN.name(), Var.CHECK_NOTE.name());

  @Autowired ClueIntakeService intake;
  @Autowired ClueMapper clues;
  @Autowired EnforcementRecords records;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  EngineVariableRows rows;
  String pi;
  long clueId;

  @BeforeEach
  void register() {
    rows = new EngineVariableRows(jdbc);
    ClueIntakeService.RegisteredClue clue =
        intake.register(ClueFixtures.monitoringFinding(LocalDateTime.now(Times.engineClock())), "test");
    pi = clue.processInstanceId();
    clueId = clue.clueId();
  }

  @Test
  void findingsOrderAndFollowUpReachTheClueAndTheRoutingButNoEngineTable() {
    Map<String, Object> findings = findings();
    findings.put(Var.CATEGORY.name(), ViolationCategory.PRODUCT_QUALITY.name());
    findings.put(Var.HARM_CAUSED.name(), true);
    findings.put(Var.ILLEGAL_TURNOVER.name(), 1200.5);
    complete(Element.VERIFY_CLUE, findings);

    // the tier table read the harm (without it: an admonition); the clue keeps every fact
    assertThat(runtimeService.getVariable(pi, Var.PROPOSED_TIER.name())).isEqualTo("ORDER_TO_CORRECT");
    Clue clue = clues.findById(clueId).orElseThrow();
    assertThat(clue.getHarmCaused()).isTrue();
    assertThat(clue.getLifeHealthRisk()).isFalse();
    assertThat(clue.getIllegalTurnover()).isEqualByComparingTo(new BigDecimal("1200.5"));
    assertThat(clue.getCategory()).isEqualTo(ViolationCategory.PRODUCT_QUALITY);
    // the tier confirmation form shows the findings and the subjects' record
    assertThat(rows.runtime(pi)).doesNotContainAnyElementsOf(VERIFICATION_FIELDS)
        .contains(Var.FINDINGS.name(), Var.PRIOR_ACTIONS.name(), Var.PRIOR_SANCTIONS_IN_WINDOW.name());

    complete(Element.CONFIRM_TIER, Map.of(Var.TIER.name(), "ORDER_TO_CORRECT"));
    complete(Element.ISSUE_ORDER, Map.of(Var.CORRECTION_WORKING_DAYS.name(), 7L,
        Var.DOCUMENT_CONTENT.name(), "责令七个工作日内删除违法宣传内容"));

    // as proposed, so no head's approval; the timer counted the order's seven working days
    EnforcementAction order = records.ofClue(clueId).get(0);
    assertThat(order.getActionType()).isEqualTo(ActionType.ORDER_TO_CORRECT);
    Job timer = managementService.createJobQuery().processInstanceId(pi)
        .activityId(Element.CORRECTION_DEADLINE_TIMER).singleResult();
    assertThat(Times.toLocal(timer.getDuedate())).isEqualTo(order.getDeadline());
    assertThat(rows.runtime(pi)).doesNotContainAnyElementsOf(RESPONSE_FIELDS);

    managementService.executeJob(timer.getId());
    complete(Element.FOLLOW_UP_CHECK, Map.of(Var.CORRECTED.name(), true, Var.TAKEN_DOWN.name(), true,
        Var.CHECK_NOTE.name(), "复查：违法宣传内容已删除，商品链接已下架"));

    // the gateway read "corrected": the clue is closed, the check and the takedown recorded
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(records.ofClue(clueId)).extracting(EnforcementAction::getActionType)
        .containsExactly(ActionType.ORDER_TO_CORRECT, ActionType.FOLLOW_UP_CHECK, ActionType.TAKEDOWN);
    assertThat(records.ofClue(clueId).get(2).getDetail()).isEqualTo("复查：违法宣传内容已删除，商品链接已下架");
    assertThat(rows.history(pi)).doesNotContainAnyElementsOf(VERIFICATION_FIELDS)
        .doesNotContainAnyElementsOf(RESPONSE_FIELDS)
        .contains(Var.CLUE_ID.name(), Var.FINDINGS.name(), Var.TIER.name(), Var.PROPOSED_TIER.name());
  }

  @Test
  void theExtensionReasonStaysForTheHeadsFormTheDecisionDoesNot() {
    complete(Element.VERIFY_CLUE, Map.of(Var.VERIFICATION_ACTION.name(), "REQUEST_EXTENSION",
        Var.EXTENSION_REASON.name(), "需调取平台后台交易数据"));

    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.APPROVE_EXTENSION)
        .count()).isOne();
    assertThat(rows.runtime(pi)).contains(Var.EXTENSION_REASON.name())
        .doesNotContain(Var.VERIFICATION_ACTION.name());

    complete(Element.APPROVE_EXTENSION, Map.of(Var.EXTENSION_APPROVED.name(), true, Var.APPROVAL_NOTE.name(), "同意"));

    assertThat(clues.findById(clueId).orElseThrow().getExtensionGranted()).isTrue();
    assertThat(rows.runtime(pi)).contains(Var.EXTENSION_GRANTED.name());
    assertThat(rows.history(pi)).doesNotContain(Var.VERIFICATION_ACTION.name(), Var.EXTENSION_APPROVED.name(),
        Var.APPROVAL_NOTE.name());
  }

  @Test
  void aChangedTierGoesToTheHeadWhoseFormShowsTheTierAndTheReason() {
    complete(Element.VERIFY_CLUE, findings());
    assertThat(runtimeService.getVariable(pi, Var.PROPOSED_TIER.name())).isEqualTo("ADMONITION");

    complete(Element.CONFIRM_TIER, Map.of(Var.TIER.name(), "ORDER_TO_CORRECT",
        Var.TIER_CHANGE_REASON.name(), "该直播间粉丝量大，应当责令改正"));

    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.APPROVE_TIER_CHANGE)
        .count()).isOne();
    assertThat(runtimeService.getVariables(pi)).containsEntry(Var.TIER.name(), "ORDER_TO_CORRECT")
        .containsEntry(Var.TIER_CHANGE_REASON.name(), "该直播间粉丝量大，应当责令改正")
        .doesNotContainKey(Var.TIER_CHANGED.name());

    complete(Element.APPROVE_TIER_CHANGE, Map.of(Var.TIER_CHANGE_APPROVED.name(), true,
        Var.APPROVAL_NOTE.name(), "同意"));

    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.ISSUE_ORDER).count())
        .isOne();
    assertThat(clues.findById(clueId).orElseThrow().getTierChangeReason()).isEqualTo("该直播间粉丝量大，应当责令改正");
    assertThat(rows.history(pi)).doesNotContain(Var.TIER_CHANGED.name(), Var.TIER_CHANGE_APPROVED.name(),
        Var.APPROVAL_NOTE.name());
  }

  private static Map<String, Object> findings() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.VERIFICATION_ACTION.name(), "SUBMIT_FINDINGS");
    variables.put(Var.SUBSTANTIATED.name(), true);
    variables.put(Var.FINDINGS.name(), "经调取回放，宣传内容属实违法");
    return variables;
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    ClueFixtures.complete(taskService, pi, taskKey, variables);
  }
}
