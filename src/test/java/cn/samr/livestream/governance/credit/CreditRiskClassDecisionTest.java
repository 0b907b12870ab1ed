package cn.samr.livestream.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.subject.CreditClass;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule of processes/credit-risk-class.dmn (信用风险分类) at its threshold and one below, evaluated by the deployed
 * decision; every class the table gives is one the code knows, and an output it does not know leaves the class.
 */
@IntegrationTest
class CreditRiskClassDecisionTest {

  @Autowired DecisionService decisionService;
  @Autowired RepositoryService repositoryService;
  @Autowired CreditRiskClassRule rule;

  @ParameterizedTest(name = "{0} -> {13}")
  @CsvSource({
      // rule,               serious, abnormal, pen3y, fines3y, crim3y, clues1y, compl1y, orders1y, commit1y, letters1y, keyArea, influential, class
      "SeriousListed,        true,  false, 0, 0,      0, 0, 0,  0, 0, 0, '',      false, D",
      "CriminalTransfer,     false, false, 0, 0,      1, 0, 0,  0, 0, 0, '',      false, D",
      "RepeatedPenalties,    false, false, 3, 300000, 0, 0, 0,  0, 0, 0, '',      false, D",
      "AbnormalListed,       false, true,  0, 0,      0, 0, 0,  0, 0, 0, '',      false, C",
      "Penalty,              false, false, 2, 5000,   0, 0, 0,  0, 0, 0, '',      false, C",
      "FailedCommitment,     false, false, 0, 0,      0, 0, 0,  0, 1, 0, '',      false, C",
      "RepeatedClues,        false, false, 0, 0,      0, 3, 0,  0, 0, 0, '',      false, C",
      "OrderNotCorrected,    false, false, 0, 0,      0, 0, 0,  1, 0, 0, '',      false, C",
      "SubstantiatedClue,    false, false, 0, 0,      0, 2, 0,  0, 0, 0, '',      false, B",
      "Complaints,           false, false, 0, 0,      0, 0, 10, 0, 0, 0, '',      false, B",
      "NineComplaints,       false, false, 0, 0,      0, 0, 9,  0, 0, 0, '',      false, A",
      "UnacknowledgedLetter, false, false, 0, 0,      0, 0, 0,  0, 0, 1, '',      false, B",
      "InfluentialKeyArea,   false, false, 0, 0,      0, 0, 0,  0, 0, 0, HEALTH,  true,  B",
      "KeyAreaOnly,          false, false, 0, 0,      0, 0, 0,  0, 0, 0, FINANCE, false, A",
      "InfluentialOnly,      false, false, 0, 0,      0, 0, 0,  0, 0, 0, '',      true,  A",
      "NoAdverseRecord,      false, false, 0, 0,      0, 0, 0,  0, 0, 0, '',      false, A",
  })
  void creditClass(String rule, boolean serious, boolean abnormal, long penalties, long fines, long criminal,
      long clues, long complaints, long orders, long commitments, long letters, String keyArea, boolean influential,
      String expected) {
    CreditFacts facts = new CreditFacts(serious, abnormal, penalties, BigDecimal.valueOf(fines), criminal, clues,
        complaints, orders, commitments, letters, keyArea, influential);

    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(CreditRiskClassRule.DECISION_KEY,
        Variables.fromMap(facts.variables()));

    assertThat(result.getFirstResult().<String>getEntry(CreditRiskClassRule.CLASS_OUTPUT)).as(rule).isEqualTo(expected);
    assertThat(result.getFirstResult().<String>getEntry(CreditRiskClassRule.REASON_OUTPUT)).as(rule).isNotBlank();
    // the rule the code uses gives the same, as a class it knows
    assertThat(this.rule.evaluate(facts)).get().extracting(CreditRiskClassRule.Outcome::creditClass)
        .isEqualTo(CreditClass.valueOf(expected));
  }

  @Test
  void aDesignersVersionGivingAClassTheCodeDoesNotKnowLeavesTheClassAsItWas() throws Exception {
    String model = Files.readString(Path.of("processes", "credit-risk-class.dmn"))
        .replace("<text>\"A\"</text>", "<text>\"E\"</text>");
    Deployment deployment = repositoryService.createDeployment().name("test-unknown-credit-class")
        .addString("credit-risk-class.dmn", model).deploy();
    try {
      CreditFacts clean = new CreditFacts(false, false, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, "", false);
      assertThat(rule.evaluate(clean)).isEmpty();
      // the rules the designer left alone still decide
      assertThat(rule.evaluate(clean.withListings(true, false))).get()
          .extracting(CreditRiskClassRule.Outcome::creditClass).isEqualTo(CreditClass.D);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    assertThat(rule.evaluate(new CreditFacts(false, false, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, "", false)))
        .get().extracting(CreditRiskClassRule.Outcome::creditClass).isEqualTo(CreditClass.A);
  }
}
