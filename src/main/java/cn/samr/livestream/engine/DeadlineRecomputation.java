package cn.samr.livestream.engine;

import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineChange;
import cn.samr.livestream.calendar.DeadlineMapper;
import cn.samr.livestream.calendar.DeadlineMoved;
import cn.samr.livestream.calendar.HolidayCalendarSaved;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the open deadlines again when a year of the holiday calendar is entered or corrected: every task due
 * date and timer whose period touches the year, from the basis the ledger kept. Each deadline moves in a
 * transaction of its own (a running instance busy elsewhere does not hold up the rest), with its change and old
 * and new date written to the instance's timeline. A task whose due date somebody changed by hand keeps it. At
 * start-up the same check runs over the deadlines still open, so a save whose recomputation was interrupted, or
 * made on another node, is caught up.
 */
@Service
public class DeadlineRecomputation {

  private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);
  private static final int PROGRESS_EVERY = 200;

  private final DeadlineMapper deadlines;
  private final WorkCalendar calendar;
  private final CommandExecutor executor;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DeadlineRecomputation(DeadlineMapper deadlines, WorkCalendar calendar, ProcessEngine engine,
      PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.transaction = new TransactionTemplate(transactionManager);
    this.events = events;
    this.clock = clock;
  }

  /** What a run did. {@code keptByHand}: a task due date changed by somebody since, left as it is. */
  public record Summary(int checked, int moved, int confirmed, int keptByHand, int gone, int failed) {
  }

  private enum Outcome { UNCHANGED, MOVED, CONFIRMED, KEPT_BY_HAND, GONE, FAILED }

  @EventListener
  public void onCalendarSaved(HolidayCalendarSaved saved) {
    recompute(deadlines.openTouching(saved.year()),
        saved.year() + "年节假日安排（第" + saved.versionNo() + "版）录入后重算", saved.actor());
  }

  @EventListener(ApplicationReadyEvent.class)
  public void catchUpAtStartup() {
    int thisYear = LocalDateTime.now(clock).getYear();
    recompute(deadlines.openEndingFrom(thisYear - 1), "按现行节假日安排核对（系统启动）", Actors.SYSTEM);
  }

  /** Computes each deadline again; moves, confirms or leaves it. */
  public Summary recompute(List<Deadline> open, String reason, String actor) {
    int[] counts = new int[Outcome.values().length];
    int done = 0;
    for (Deadline deadline : open) {
      counts[recomputeOne(deadline, reason, actor).ordinal()]++;
      if (++done % PROGRESS_EVERY == 0) {
        log.info("期限重算 recomputing deadlines: {}/{} ({})", done, open.size(), reason);
      }
    }
    Summary summary = new Summary(open.size(), counts[Outcome.MOVED.ordinal()], counts[Outcome.CONFIRMED.ordinal()],
        counts[Outcome.KEPT_BY_HAND.ordinal()], counts[Outcome.GONE.ordinal()], counts[Outcome.FAILED.ordinal()]);
    if (summary.moved() + summary.confirmed() + summary.keptByHand() + summary.failed() > 0) {
      log.info("期限重算完成 deadlines recomputed ({}): {}", reason, summary);
    }
    if (summary.failed() > 0) {
      log.warn("{} 个期限未能重算，下次启动时再试 / {} deadlines could not be recomputed now; retried at the next start",
          summary.failed(), summary.failed());
    }
    return summary;
  }

  private Outcome recomputeOne(Deadline deadline, String reason, String actor) {
    Date newDue = calendar.deadline(deadline.basis());
    boolean provisional = calendar.provisional(deadline.basis(), WorkCalendar.localDate(newDue));
    Date oldDue = Times.toDate(deadline.getDueAt());
    if (same(newDue, oldDue) && provisional == deadline.isProvisional()) {
      return Outcome.UNCHANGED;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> apply(deadline, oldDue, newDue, provisional, reason, actor));
      } catch (OptimisticLockingException busy) {
        // the instance moved on at the same moment (a task completed, a timer fired): read it afresh once
        if (attempt == 2) {
          log.warn("期限 {} 重算冲突，稍后再试 / deadline {} changed concurrently, left for later",
              deadline.getId(), deadline.getId());
          return Outcome.FAILED;
        }
      } catch (RuntimeException failed) {
        // one instance in a bad state must not keep the others on the old calendar
        log.error("期限 {} 未能重算 / deadline {} could not be recomputed", deadline.getId(), deadline.getId(), failed);
        return Outcome.FAILED;
      }
    }
  }

  private static boolean same(Date a, Date b) {
    return a != null && b != null && a.getTime() == b.getTime();
  }

  private Outcome apply(Deadline deadline, Date oldDue, Date newDue, boolean provisional, String reason,
      String actor) {
    Outcome outcome = executor.execute(context -> context.runWithoutAuthorization(() -> {
      if (deadline.getTargetKind() == Deadline.TargetKind.TASK) {
        TaskEntity task = context.getTaskManager().findTaskById(deadline.getTargetId());
        if (task == null) {
          return Outcome.GONE;
        }
        if (!same(task.getDueDate(), oldDue)) {
          return Outcome.KEPT_BY_HAND;
        }
        task.setDueDate(newDue);
        task.setVariableLocal(TaskListColumns.DEADLINE, calendar.deadlineText(newDue, provisional));
        task.triggerUpdateEvent();
      } else {
        JobEntity job = context.getJobManager().findJobById(deadline.getTargetId());
        if (job == null) {
          return Outcome.GONE;
        }
        if (!same(job.getDuedate(), oldDue)) {
          return Outcome.KEPT_BY_HAND;
        }
        job.setDuedate(newDue);
      }
      return same(newDue, oldDue) ? Outcome.CONFIRMED : Outcome.MOVED;
    }));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    if (outcome == Outcome.GONE || outcome == Outcome.KEPT_BY_HAND) {
      // done, or set by hand since: the ledger no longer governs it
      deadline.setOpen(false);
      deadlines.update(deadline);
      return outcome;
    }
    deadlines.insertChange(new DeadlineChange(null, deadline.getId(), deadline.getProcessInstanceId(),
        deadline.getActivityName(), deadline.getDueAt(), Times.toLocal(newDue), deadline.isProvisional(), provisional,
        reason, actor, now));
    deadline.setDueAt(Times.toLocal(newDue));
    deadline.setProvisional(provisional);
    deadline.setRecomputedAt(now);
    deadlines.update(deadline);
    if (outcome == Outcome.MOVED) {
      events.publishEvent(new DeadlineMoved(deadline.getProcessInstanceId(), deadline.getActivityId(),
          deadline.getTargetKind(), deadline.getTargetId(), oldDue, newDue));
    }
    return outcome;
  }
}
