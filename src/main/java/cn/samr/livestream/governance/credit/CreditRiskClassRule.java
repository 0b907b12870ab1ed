package cn.samr.livestream.governance.credit;

import cn.samr.livestream.engine.HistorylessDecisions;
import cn.samr.livestream.subject.CreditClass;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed credit-risk-class.dmn (a designer's new version applies at once) through
 * {@link HistorylessDecisions}: unlike DecisionService it writes no decision history, as the class is recomputed
 * whenever a fact changes,
 * and 15 history rows per evaluation would be paid by every complaint; a change of class is instead kept with its
 * inputs and the rule's version in credit_class_change. An output the code does not know (not A–D) is no class: the
 * subject keeps its class and a warning is logged.
 */
@Component
public class CreditRiskClassRule {

  public static final String DECISION_KEY = "credit-risk-class";
  static final String CLASS_OUTPUT = "creditClass";
  static final String REASON_OUTPUT = "reason";

  private final HistorylessDecisions decisions;

  CreditRiskClassRule(HistorylessDecisions decisions) {
    this.decisions = decisions;
  }

  /** The class the rule gives, its reason and the rule's version. */
  public record Outcome(CreditClass creditClass, String reason, int decisionVersion) {
  }

  /** Evaluates the latest version now. */
  public Optional<Outcome> evaluate(CreditFacts facts) {
    return latest().evaluate(facts);
  }

  /** The latest deployed version, to evaluate a batch with one lookup. */
  public Version latest() {
    return new Version(decisions.latest(DECISION_KEY));
  }

  /** One deployed version of the table. */
  public static final class Version {
    private final HistorylessDecisions.Table table;

    private Version(HistorylessDecisions.Table table) {
      this.table = table;
    }

    /** The class, or empty (logged) when no rule matches or the class is unknown: the subject keeps its class. */
    public Optional<Outcome> evaluate(CreditFacts facts) {
      return table.firstMatch(facts.variables()).flatMap(first -> {
        String code = first.getEntry(CLASS_OUTPUT);
        Optional<CreditClass> creditClass = CreditClass.ofCode(code);
        if (creditClass.isEmpty()) {
          table.unknownOutput(CLASS_OUTPUT, code);
        }
        return creditClass.map(found -> new Outcome(found, first.getEntry(REASON_OUTPUT), table.version()));
      });
    }
  }
}
