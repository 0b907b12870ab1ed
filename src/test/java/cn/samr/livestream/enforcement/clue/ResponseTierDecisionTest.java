package cn.samr.livestream.enforcement.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.enforcement.ResponseTier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of processes/response-tier.dmn (both decisions), evaluated by the deployed tables. */
@IntegrationTest
class ResponseTierDecisionTest {

  @Autowired DecisionService decisionService;

  @ParameterizedTest(name = "{9}: {8}")
  @CsvSource({
      // substantiated, turnover, life/health, property, refund refused, prior actions, harm, corrected, tier, rule
      "false, 900000, true,  true,  true,  3, true,  false, NONE,              Rule_NotSubstantiated",
      "true,  500000, false, false, false, 0, false, true,  CRIMINAL_TRANSFER, Rule_CriminalThreshold",
      "true,  499999, true,  false, false, 0, false, true,  CASE,              Rule_LifeHealth",
      "true,  0,      false, true,  false, 0, false, true,  CASE,              Rule_MajorPropertyLoss",
      "true,  0,      false, false, true,  0, false, true,  CASE,              Rule_RefundRefused",
      "true,  0,      false, false, false, 2, false, true,  CASE,              Rule_RepeatOffender",
      "true,  0,      false, false, false, 0, false, true,  LENIENT,           Rule_FirstMinorCorrected",
      "true,  0,      false, false, false, 1, true,  false, CASE,              Rule_RepeatWithHarm",
      "true,  0,      false, false, false, 1, false, true,  ADMONITION,        Rule_GeneralWithoutHarm",
      "true,  0,      false, false, false, 0, false, false, ADMONITION,        Rule_GeneralWithoutHarm (not corrected)",
      "true,  1000,   false, false, false, 0, true,  true,  ORDER_TO_CORRECT,  Rule_GeneralWithHarm",
  })
  void proposesTheTier(boolean substantiated, double turnover, boolean lifeHealthRisk, boolean propertyLoss,
      boolean refundRefused, long priorActions, boolean harm, boolean corrected, String tier, String rule) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(ClueProcess.TIER_DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("substantiated", substantiated).putValue("illegalTurnover", turnover)
            .putValue("lifeHealthRisk", lifeHealthRisk).putValue("majorPropertyLoss", propertyLoss)
            .putValue("refundRefused", refundRefused).putValue("priorActions", priorActions)
            .putValue("harmCaused", harm).putValue("correctedPromptly", corrected))
        .evaluate();

    assertThat(result.getSingleResult().<String>getSingleEntry()).as(rule).isEqualTo(tier);
    assertThat(ResponseTier.valueOf(tier)).isNotNull();
  }

  @ParameterizedTest(name = "other departments={0}, major or difficult={1} -> {2}")
  @CsvSource({"true, false, true", "false, true, true", "true, true, true", "false, false, false"})
  void decidesOnEscalation(boolean otherDepartments, boolean majorOrDifficult, boolean escalate) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(ClueProcess.ESCALATION_DECISION_KEY)
        .variables(Variables.createVariables().putValue("otherDepartmentsInvolved", otherDepartments)
            .putValue("majorOrDifficult", majorOrDifficult))
        .evaluate();

    assertThat(result.getSingleResult().<Boolean>getSingleEntry()).isEqualTo(escalate);
  }
}
