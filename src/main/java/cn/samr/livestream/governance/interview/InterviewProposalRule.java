package cn.samr.livestream.governance.interview;

import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed interview-proposal.dmn (约谈建议) with a DMN engine of its own, without decision history,
 * as CreditRiskClassRule does: the daily run evaluates every active subject and most get NONE, which would cost a
 * dozen history rows each; the inputs of a proposal are kept with it instead (interview.proposal_facts, with the
 * rule's version). An output the code does not know ({@link ProposalOutput}) is no proposal, logged as a warning.
 */
@Component
public class InterviewProposalRule {

  static final String PROPOSAL_OUTPUT = "proposal";
  static final String REASON_OUTPUT = "reason";

  private static final Logger LOG = LoggerFactory.getLogger(InterviewProposalRule.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  InterviewProposalRule(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** What the table proposes, its reason and the table's version. */
  public record Outcome(ProposalOutput proposal, String reason, int decisionVersion) {
  }

  /** Evaluates the latest version now. */
  public Optional<Outcome> evaluate(ProposalFacts facts) {
    return latest().evaluate(facts);
  }

  /** The latest deployed version, to evaluate a batch with one lookup. */
  public Version latest() {
    DecisionDefinitionEntity decision = (DecisionDefinitionEntity) configuration.getCommandExecutorTxRequired()
        .execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKey(InterviewProcess.PROPOSAL_DECISION_KEY));
    return new Version(decision);
  }

  /** One deployed version of the table. */
  public final class Version {
    private final DecisionDefinitionEntity decision;

    private Version(DecisionDefinitionEntity decision) {
      this.decision = decision;
    }

    public Optional<Outcome> evaluate(ProposalFacts facts) {
      DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.fromMap(facts.variables()));
      DmnDecisionResultEntries first = result.getFirstResult();
      if (first == null) {
        LOG.warn("{} v{} matched no rule; no proposal", InterviewProcess.PROPOSAL_DECISION_KEY, decision.getVersion());
        return Optional.empty();
      }
      String code = first.getEntry(PROPOSAL_OUTPUT);
      Optional<ProposalOutput> proposal = ProposalOutput.ofCode(code);
      if (proposal.isEmpty()) {
        LOG.warn("{} v{} gave the unknown proposal '{}'; no proposal", InterviewProcess.PROPOSAL_DECISION_KEY,
            decision.getVersion(), code);
        return Optional.empty();
      }
      return Optional.of(new Outcome(proposal.get(), first.getEntry(REASON_OUTPUT), decision.getVersion()));
    }
  }
}
