package cn.samr.livestream.enforcement.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of processes/hearing-right.dmn (行政处罚法 Art.63), evaluated by the deployed decision. */
@IntegrationTest
class HearingRightDecisionTest {

  @Autowired DecisionService decisionService;

  @ParameterizedTest(name = "individual={0}, fine={1}, confiscation={2}, licence={3}, suspend={4}, list={5} -> {6} ({7})")
  @CsvSource({
      "false, 100000, 0,      false, false, false, true,  Rule_OrganisationLargeFine",
      "false, 99999,  0,      false, false, false, false, Rule_NoHearingRight",
      "true,  10000,  0,      false, false, false, true,  Rule_IndividualLargeFine",
      "true,  9999,   0,      false, false, false, false, Rule_NoHearingRight",
      "false, 0,      100000, false, false, false, true,  Rule_LargeConfiscation",
      "true,  0,      99999,  false, false, false, false, Rule_NoHearingRight",
      "false, 0,      0,      true,  false, false, true,  Rule_LicenceRevocation",
      "true,  0,      0,      false, true,  false, true,  Rule_SuspendBusiness",
      "false, 0,      0,      false, false, true,  true,  Rule_SeriousViolationList",
      "false, 5000,   2000,   false, false, false, false, Rule_NoHearingRight",
  })
  void hearingRight(boolean individual, double fine, double confiscation, boolean licence, boolean suspend,
      boolean seriousList, boolean expected, String rule) {
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(CaseProcess.HEARING_RIGHT_DECISION,
        Variables.createVariables()
            .putValue("partyIndividual", individual)
            .putValue("plannedFineAmount", fine)
            .putValue("plannedConfiscationAmount", confiscation)
            .putValue("plannedLicenceRevocation", licence)
            .putValue("plannedSuspendBusiness", suspend)
            .putValue("plannedSeriousViolationList", seriousList));

    assertThat(result.getSingleResult().<Boolean>getSingleEntry()).as(rule).isEqualTo(expected);
  }
}
