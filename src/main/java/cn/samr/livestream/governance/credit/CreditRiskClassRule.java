package cn.samr.livestream.governance.credit;

import cn.samr.livestream.subject.CreditClass;
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
 * Evaluates the latest deployed credit-risk-class.dmn (a designer's new version applies at once, as the engine parsed
 * it) with a DMN engine of its own, without the engine's history listener. Unlike DecisionService it writes no decision
 * history: the class is recomputed whenever a fact changes,
 * and 15 history rows per evaluation would be paid by every complaint; a change of class is instead kept with its
 * inputs and the rule's version in credit_class_change. An output the code does not know (not A–D) is no class: the
 * subject keeps its class and a warning is logged.
 */
@Component
public class CreditRiskClassRule {

  public static final String DECISION_KEY = "credit-risk-class";
  static final String CLASS_OUTPUT = "creditClass";
  static final String REASON_OUTPUT = "reason";

  private static final Logger LOG = LoggerFactory.getLogger(CreditRiskClassRule.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  CreditRiskClassRule(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** The class the rule gives, its reason and the rule's version. */
  public record Outcome(CreditClass creditClass, String reason, int decisionVersion) {
  }

  /** Evaluates the latest version now. */
  public Optional<Outcome> evaluate(CreditFacts facts) {
    return latest().evaluate(facts);
  }

  /** The latest deployed version, to evaluate several parties with one lookup. */
  public Version latest() {
    DecisionDefinitionEntity decision = (DecisionDefinitionEntity) configuration.getCommandExecutorTxRequired()
        .execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKey(DECISION_KEY));
    return new Version(decision);
  }

  /** One deployed version of the table. */
  public final class Version {
    private final DecisionDefinitionEntity decision;

    private Version(DecisionDefinitionEntity decision) {
      this.decision = decision;
    }

    public Optional<Outcome> evaluate(CreditFacts facts) {
      DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.fromMap(facts.variables()));
      DmnDecisionResultEntries first = result.getFirstResult();
      if (first == null) {
        LOG.warn("{} v{} matched no rule; the class is unchanged", DECISION_KEY, decision.getVersion());
        return Optional.empty();
      }
      String code = first.getEntry(CLASS_OUTPUT);
      Optional<CreditClass> creditClass = CreditClass.ofCode(code);
      if (creditClass.isEmpty()) {
        LOG.warn("{} v{} gave the unknown class '{}'; the class is unchanged", DECISION_KEY, decision.getVersion(),
            code);
        return Optional.empty();
      }
      return Optional.of(new Outcome(creditClass.get(), first.getEntry(REASON_OUTPUT), decision.getVersion()));
    }
  }

}
