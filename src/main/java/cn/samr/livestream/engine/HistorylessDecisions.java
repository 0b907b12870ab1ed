package cn.samr.livestream.engine;

import java.util.Map;
import java.util.Optional;
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
 * The latest deployed version of a decision table (a designer's new version applies at once, as the engine parsed
 * it), evaluated by a DMN engine of its own, without the engine's history listener. For the tables evaluated for
 * every subject, day after day (信用风险分类, 约谈建议): DecisionService would write some fifteen history rows per
 * evaluation; the callers keep the inputs and the table's version with what they decide instead.
 */
@Component
public class HistorylessDecisions {

  private static final Logger LOG = LoggerFactory.getLogger(HistorylessDecisions.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  HistorylessDecisions(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** The latest deployed version of the table, to evaluate a batch with one lookup. */
  public Table latest(String decisionKey) {
    DecisionDefinitionEntity decision = (DecisionDefinitionEntity) configuration.getCommandExecutorTxRequired()
        .execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKey(decisionKey));
    return new Table(decision);
  }

  /** One deployed version of a table. */
  public final class Table {
    private final DecisionDefinitionEntity decision;

    private Table(DecisionDefinitionEntity decision) {
      this.decision = decision;
    }

    public int version() {
      return decision.getVersion();
    }

    /** The outputs of the first rule that matches (hit policy FIRST), or empty, logged, when none does. */
    public Optional<DmnDecisionResultEntries> firstMatch(Map<String, Object> inputs) {
      DmnDecisionResultEntries first = dmnEngine.evaluateDecision(decision, Variables.fromMap(inputs)).getFirstResult();
      if (first == null) {
        LOG.warn("{} v{} matched no rule", decision.getKey(), decision.getVersion());
      }
      return Optional.ofNullable(first);
    }

    /** Logs an output value the caller does not know; the caller then decides nothing. */
    public void unknownOutput(String output, Object value) {
      LOG.warn("{} v{} gave the unknown {} '{}'; nothing is decided", decision.getKey(), decision.getVersion(),
          output, value);
    }
  }
}
