package cn.samr.livestream.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of processes/complaint-routing.dmn, evaluated by the deployed decision. */
@IntegrationTest
class ComplaintRoutingDecisionTest {

  @Autowired DecisionService decisionService;

  @ParameterizedTest(name = "risk={0}, repeats={1}, jurisdiction known={2} -> {3} ({4})")
  @CsvSource({
      "true,  0, true,  ENFORCEMENT_CORPS, Rule_LifeHealthRisk",
      "true,  0, false, ENFORCEMENT_CORPS, Rule_LifeHealthRisk",
      "false, 3, true,  ENFORCEMENT_CORPS, Rule_RepeatedComplaints",
      "false, 7, false, ENFORCEMENT_CORPS, Rule_RepeatedComplaints",
      "false, 2, false, COMPLAINT_CENTRE,  Rule_JurisdictionUnknown",
      "false, 2, true,  DISTRICT,          Rule_District",
      "false, 1, true,  DISTRICT,          Rule_District",
  })
  void routes(boolean lifeHealthRisk, long repeats, boolean jurisdictionKnown, String target, String rule) {
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(ComplaintProcess.ROUTING_DECISION_KEY,
        Variables.createVariables()
            .putValue("lifeHealthRisk", lifeHealthRisk)
            .putValue("repeatComplaints90d", repeats)
            .putValue("jurisdictionKnown", jurisdictionKnown));

    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(target);
    assertThat(RoutingTarget.valueOf(target)).isNotNull();
  }
}
