package cn.samr.livestream.engine;

import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineLedger;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hands every due date the engine sets — a user task created with one, a timer job created — to the
 * {@link DeadlineLedger}, which keeps it with the calendar computation that gave it. The engine announces both
 * through its history events (task created, job created), in the command that sets them; nothing is read
 * back from the due date. Needs history level full (application.yaml), which also records the job log.
 */
@Component
public class DeadlineRecording extends AbstractProcessEnginePlugin {

  // job log events carry no event type, only the job's state (created, failed, succeeded, deleted)
  // timer job types: timer-transition (boundary), timer-intermediate-transition, timer-start-event, …
  private static final String TIMER_JOB_TYPE_PREFIX = "timer";

  private final DeadlineLedger ledger;

  public DeadlineRecording(@Lazy DeadlineLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    // not a HistoryEventHandler bean itself: the starter would register such a bean a second time
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        record(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  void record(HistoryEvent event) {
    // every creation is handed on, with a due date or without: each consumes what was computed before it
    if (event instanceof HistoricTaskInstanceEventEntity task
        && event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
      ledger.recordIfComputed(new DeadlineLedger.Target(Deadline.TargetKind.TASK, task.getTaskId(),
          task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName()), task.getDueDate());
    } else if (event instanceof HistoricJobLogEvent job && job.getState() == JobState.CREATED.getStateCode()
        && job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith(TIMER_JOB_TYPE_PREFIX)) {
      ledger.recordIfComputed(new DeadlineLedger.Target(Deadline.TargetKind.TIMER, job.getJobId(),
          job.getProcessInstanceId(), job.getActivityId(), activityName(job)), job.getJobDueDate());
    }
  }

  private static String activityName(HistoricJobLogEvent job) {
    if (job.getProcessDefinitionId() == null || job.getActivityId() == null) {
      return null;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(job.getProcessDefinitionId());
    ActivityImpl activity = definition == null ? null : definition.findActivity(job.getActivityId());
    return activity == null ? job.getActivityId() : activity.getName();
  }
}
