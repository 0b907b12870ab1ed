package cn.samr.livestream.governance.interview;

import cn.samr.livestream.engine.HistorylessDecisions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed interview-proposal.dmn (约谈建议) through {@link HistorylessDecisions}, without decision
 * history, as CreditRiskClassRule does: the daily run evaluates every active subject and most get NONE, which would cost a
 * dozen history rows each; the inputs of a proposal are kept with it instead (interview.proposal_facts, with the
 * rule's version). An output the code does not know ({@link ProposalOutput}) is no proposal, logged as a warning.
 */
@Component
public class InterviewProposalRule {

  static final String PROPOSAL_OUTPUT = "proposal";
  static final String REASON_OUTPUT = "reason";

  private final HistorylessDecisions decisions;

  InterviewProposalRule(HistorylessDecisions decisions) {
    this.decisions = decisions;
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
    return new Version(decisions.latest(InterviewProcess.PROPOSAL_DECISION_KEY));
  }

  /** One deployed version of the table. */
  public static final class Version {
    private final HistorylessDecisions.Table table;

    private Version(HistorylessDecisions.Table table) {
      this.table = table;
    }

    /** The proposal, or empty (logged) when no rule matches or the proposal is unknown: no proposal. */
    public Optional<Outcome> evaluate(ProposalFacts facts) {
      return table.firstMatch(facts.variables()).flatMap(first -> {
        String code = first.getEntry(PROPOSAL_OUTPUT);
        Optional<ProposalOutput> proposal = ProposalOutput.ofCode(code);
        if (proposal.isEmpty()) {
          table.unknownOutput(PROPOSAL_OUTPUT, code);
        }
        return proposal.map(found -> new Outcome(found, first.getEntry(REASON_OUTPUT), table.version()));
      });
    }
  }
}
