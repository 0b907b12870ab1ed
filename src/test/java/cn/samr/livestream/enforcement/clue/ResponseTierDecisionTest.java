package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.ResponseTier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule of processes/response-tier.dmn (both decisions), evaluated by the deployed tables; the rule
 * that fired is read from the engine's history of the evaluation (history level full), not guessed from
 * the output: several rules give the same output.
 */
@IntegrationTest
class ResponseTierDecisionTest {

  @Autowired DecisionService decisionService;
  @Autowired HistoryService historyService;

  @ParameterizedTest(name = "{11}: {10} ({9})")
  @CsvSource({
      // substantiated, turnover, life/health, property, refund refused, prior actions, prior sanctions in the
      // first-offence window, harm, corrected, tier, rule, case
      "false, 900000, true,  true,  true,  3, 3, true,  false, NONE,              Rule_NotSubstantiated,   not substantiated beats everything",
      "true,  500000, false, false, false, 0, 0, false, true,  CRIMINAL_TRANSFER, Rule_CriminalThreshold,  at the threshold",
      "true,  499999, true,  false, false, 0, 0, false, true,  CASE,              Rule_LifeHealth,         just under the threshold",
      "true,  0,      false, true,  false, 0, 0, false, true,  CASE,              Rule_MajorPropertyLoss,  property",
      "true,  0,      false, false, true,  0, 0, false, true,  CASE,              Rule_RefundRefused,      refund refused",
      "true,  0,      false, false, false, 2, 0, false, true,  CASE,              Rule_RepeatOffender,     two earlier matters",
      "true,  0,      false, false, false, 0, 0, false, true,  LENIENT,           Rule_FirstMinorCorrected, no record at all",
      "true,  0,      false, false, false, 1, 0, false, true,  LENIENT,           Rule_FirstMinorCorrected, earlier sanction outside the window",
      "true,  0,      false, false, false, 1, 1, false, true,  ADMONITION,        Rule_GeneralWithoutHarm, earlier sanction inside the window",
      "true,  0,      false, false, false, 1, 0, true,  false, CASE,              Rule_RepeatWithHarm,     again with harm",
      "true,  0,      false, false, false, 0, 0, false, false, ADMONITION,        Rule_GeneralWithoutHarm, not corrected",
      "true,  1000,   false, false, false, 0, 0, true,  true,  ORDER_TO_CORRECT,  Rule_GeneralWithHarm,    first with harm",
  })
  void proposesTheTier(boolean substantiated, double turnover, boolean lifeHealthRisk, boolean propertyLoss,
      boolean refundRefused, long priorActions, long priorSanctionsInWindow, boolean harm, boolean corrected,
      String tier, String rule, String situation) {
    Fired fired = evaluate(ClueProcess.TIER_DECISION_KEY, Variables.createVariables()
        .putValue("substantiated", substantiated).putValue("illegalTurnover", turnover)
        .putValue("lifeHealthRisk", lifeHealthRisk).putValue("majorPropertyLoss", propertyLoss)
        .putValue("refundRefused", refundRefused).putValue("priorActions", priorActions)
        .putValue("priorSanctionsInWindow", priorSanctionsInWindow)
        .putValue("harmCaused", harm).putValue("correctedPromptly", corrected));

    assertThat(fired.ruleId()).as(situation).isEqualTo(rule);
    assertThat(fired.result().getSingleResult().<String>getSingleEntry()).as(situation).isEqualTo(tier);
    assertThat(ResponseTier.valueOf(tier)).isNotNull();
  }

  @ParameterizedTest(name = "other departments={0}, major or difficult={1} -> {2} by {3}")
  @CsvSource({"true, false, true, Rule_OtherDepartments", "false, true, true, Rule_MajorOrDifficult",
      "true, true, true, Rule_OtherDepartments", "false, false, false, Rule_NoEscalation"})
  void decidesOnEscalation(boolean otherDepartments, boolean majorOrDifficult, boolean escalate, String rule) {
    Fired fired = evaluate(ClueProcess.ESCALATION_DECISION_KEY, Variables.createVariables()
        .putValue("otherDepartmentsInvolved", otherDepartments).putValue("majorOrDifficult", majorOrDifficult));

    assertThat(fired.ruleId()).isEqualTo(rule);
    assertThat(fired.result().getSingleResult().<Boolean>getSingleEntry()).isEqualTo(escalate);
  }

  private record Fired(DmnDecisionResult result, String ruleId) {
  }

  /** Evaluates the deployed decision and reads the fired rule from the one historic instance it added. */
  private Fired evaluate(String decisionKey, VariableMap variables) {
    Set<String> before = instances(decisionKey).stream().map(HistoricDecisionInstance::getId).collect(Collectors.toSet());
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
    List<HistoricDecisionInstance> added = instances(decisionKey).stream()
        .filter(instance -> !before.contains(instance.getId())).toList();
    assertThat(added).hasSize(1);
    Set<String> rules = added.get(0).getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
        .collect(Collectors.toSet());
    assertThat(rules).as("hit policy FIRST: one rule fires").hasSize(1);
    return new Fired(result, rules.iterator().next());
  }

  private List<HistoricDecisionInstance> instances(String decisionKey) {
    return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(decisionKey).includeOutputs()
        .list();
  }
}
