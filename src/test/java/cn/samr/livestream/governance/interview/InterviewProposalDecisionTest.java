package cn.samr.livestream.governance.interview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule of processes/interview-proposal.dmn (约谈建议) at its threshold and one below (−1 / =), evaluated by the
 * deployed decision and by the rule the daily run uses; every value the table's proposal column gives is one
 * InterviewProposals knows, and a designer's version giving a value it does not know proposes nothing.
 */
@IntegrationTest
class InterviewProposalDecisionTest {

  @Autowired DecisionService decisionService;
  @Autowired RepositoryService repositoryService;
  @Autowired InterviewProposalRule rule;

  @ParameterizedTest(name = "{0} -> {8}")
  @CsvSource({
      // case,                    role,     complaints, clues, orders, commitments, influential, class, proposal
      "FailedCommitment,          MERCHANT, 0,  0, 0, 1, false, A,  INTERVIEW",
      "NoFailedCommitment,        MERCHANT, 0,  0, 0, 0, false, A,  NONE",
      "PlatformClues,             PLATFORM, 0,  5, 0, 0, false, B,  INTERVIEW",
      "PlatformCluesBelow,        PLATFORM, 0,  4, 0, 0, false, B,  NONE",
      "MerchantFiveClues,         MERCHANT, 0,  5, 0, 0, false, C,  NONE",
      "PlatformComplaints,        PLATFORM, 50, 0, 0, 0, false, '', INTERVIEW",
      "PlatformComplaintsBelow,   PLATFORM, 49, 0, 0, 0, false, '', REMINDER_LETTER",
      "InfluentialStreamer,       STREAMER, 0,  3, 0, 0, true,  B,  INTERVIEW",
      "InfluentialStreamerBelow,  STREAMER, 0,  2, 0, 0, true,  B,  NONE",
      "StreamerNotInfluential,    STREAMER, 0,  3, 0, 0, false, B,  NONE",
      "OrderNotCorrected,         MERCHANT, 0,  0, 1, 0, false, C,  REMINDER_LETTER",
      "Complaints,                AGENCY,   20, 0, 0, 0, false, A,  REMINDER_LETTER",
      "ComplaintsBelow,           AGENCY,   19, 0, 0, 0, false, A,  NONE",
      "NothingButClassD,          ROOM_OPERATOR, 0, 0, 0, 0, false, D, NONE",
      "NoRole,                    '',       0,  0, 0, 0, false, '', NONE",
  })
  void proposal(String name, String role, long complaints, long clues, long orders, long commitments,
      boolean influential, String creditClass, String expected) {
    ProposalFacts facts = new ProposalFacts(role, complaints, clues, orders, commitments, influential, creditClass);

    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(InterviewProcess.PROPOSAL_DECISION_KEY,
        Variables.fromMap(facts.variables()));

    assertThat(result.getFirstResult().<String>getEntry(InterviewProposalRule.PROPOSAL_OUTPUT)).as(name)
        .isEqualTo(expected);
    assertThat(result.getFirstResult().<String>getEntry(InterviewProposalRule.REASON_OUTPUT)).as(name).isNotBlank();
    // the rule the daily run uses gives the same, as a value it knows
    assertThat(rule.evaluate(facts)).get().extracting(InterviewProposalRule.Outcome::proposal)
        .isEqualTo(ProposalOutput.valueOf(expected));
  }

  @Test
  void everyProposalTheTableGivesIsOneTheServiceKnowsAndEachIsGiven() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(InterviewProcess.PROPOSAL_DECISION_KEY).latestVersion().singleResult();
    DmnModelInstance model = repositoryService.getDmnModelInstance(definition.getId());
    Set<String> given = model.getModelElementsByType(Rule.class).stream()
        .map(r -> r.getOutputEntries().iterator().next()).map(OutputEntry::getTextContent)
        .map(text -> text.trim().replace("\"", "")).collect(Collectors.toSet());

    assertThat(given).allSatisfy(value -> assertThat(ProposalOutput.ofCode(value)).as(value).isPresent());
    assertThat(given).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(ProposalOutput.values()).map(Enum::name).toList());
    assertThat(ProposalOutput.INTERVIEW.kind()).contains(InterviewKind.INTERVIEW);
    assertThat(ProposalOutput.REMINDER_LETTER.kind()).contains(InterviewKind.REMINDER_LETTER);
    assertThat(ProposalOutput.NONE.kind()).isEmpty();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(1096);
  }

  @Test
  void aDesignersVersionGivingAValueTheServiceDoesNotKnowProposesNothing() throws Exception {
    String model = Files.readString(Path.of("processes", "interview-proposal.dmn"))
        .replace("<text>\"REMINDER_LETTER\"</text>", "<text>\"WARNING\"</text>");
    Deployment deployment = repositoryService.createDeployment().name("test-unknown-proposal")
        .addString("interview-proposal.dmn", model).deploy();
    try {
      ProposalFacts twentyComplaints = new ProposalFacts("MERCHANT", 20, 0, 0, 0, false, "");
      assertThat(rule.evaluate(twentyComplaints)).isEmpty();
      // the rules the designer left alone still propose
      assertThat(rule.evaluate(new ProposalFacts("MERCHANT", 0, 0, 0, 1, false, ""))).get()
          .extracting(InterviewProposalRule.Outcome::proposal).isEqualTo(ProposalOutput.INTERVIEW);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    assertThat(rule.evaluate(new ProposalFacts("MERCHANT", 20, 0, 0, 0, false, ""))).get()
        .extracting(InterviewProposalRule.Outcome::proposal).isEqualTo(ProposalOutput.REMINDER_LETTER);
  }
}
