package cn.samr.livestream.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the engine's history. A Tasklist start form can only hand its fields to
 * the engine as variables; fields named {@value #PREFIX}… are moved into domain tables by the start
 * listener and removed in the same command, and this handler makes sure no history row (which Cockpit
 * would show to every supervisor) ever records them.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  public static final String PREFIX = "pii_";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the filtering handler replaces the engine's own database handler; other plugins may add theirs
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new Handler(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  public static boolean isPersonal(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  static final class Handler implements HistoryEventHandler {
    private final HistoryEventHandler delegate;

    Handler(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!personal(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static boolean personal(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity update) {
        return isPersonal(update.getVariableName());
      }
      return event instanceof HistoricFormPropertyEventEntity form && isPersonal(form.getPropertyId());
    }
  }
}
