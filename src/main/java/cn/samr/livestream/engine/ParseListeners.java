package cn.samr.livestream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The engine plugins that act on every model (task list columns, instance read grants, the hand-off guard) add their
 * parse listener here, after those already configured, so that none replaces another's.
 */
public final class ParseListeners {

  private ParseListeners() {
  }

  /** Appends the listener to the engine's post-parse listeners; call from a plugin's preInit. */
  public static void append(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Gives every user task of every model parsed from now on what {@code addition} adds to its definition. */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> addition) {
    append(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        addition.accept(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    });
  }
}
