package cn.samr.livestream.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
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
 *
 * <p>Nor does it keep the history of the Tasklist column copies ({@link TaskListColumns}): task-local display values
 * copied from the process instance, whose own variables keep their history; two statements fewer per copy.
 *
 * <p>It also writes no variable-update details (ACT_HI_DETAIL, one row per value a variable ever took): the
 * decisions are recorded with their author in the domain tables and the timeline, Cockpit shows each variable's
 * last value from ACT_HI_VARINST, and every detail row cost a statement per variable change (about 75 per complaint,
 * issue 15). The history level stays full: task, activity, incident, job and user-operation history are unchanged.
 *
 * <p>Nor does the job log record a timer's creation or removal: every deadline is recorded with its basis in the
 * deadline ledger ({@link DeadlineRecording} still sees the creation), most timers are removed unfired when the task
 * is done in time, and a timer that fires keeps its success or failure entries (what Cockpit's job log is for). Two
 * statements fewer per timer (issue 15: 10 per complaint).
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

  public static final String PREFIX = "pii_";
  /** Timer job types: timer-transition (boundary), timer-intermediate-transition, timer-start-event, … */
  static final String TIMER_JOB_TYPE_PREFIX = "timer";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the filtering handler replaces the engine's own database handler; other plugins may add theirs
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new Handler(new WithoutVariableDetails()));
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  public static boolean isPersonal(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  static boolean isTimerCreatedOrRemoved(HistoricJobLogEvent job) {
    return job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith(TIMER_JOB_TYPE_PREFIX)
        && (job.getState() == JobState.CREATED.getStateCode() || job.getState() == JobState.DELETED.getStateCode());
  }

  /** The engine's database handler, but for the variable-update details. */
  static final class WithoutVariableDetails extends DbHistoryEventHandler {
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }

  static final class Handler implements HistoryEventHandler {
    private final HistoryEventHandler delegate;

    Handler(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!filtered(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static boolean filtered(HistoryEvent event) {
      if (event instanceof HistoricJobLogEvent job) {
        return isTimerCreatedOrRemoved(job);
      }
      if (event instanceof HistoricVariableUpdateEventEntity update) {
        return isPersonal(update.getVariableName())
            || update.getTaskId() != null && TaskListColumns.isColumn(update.getVariableName());
      }
      return event instanceof HistoricFormPropertyEventEntity form && isPersonal(form.getPropertyId());
    }
  }
}
