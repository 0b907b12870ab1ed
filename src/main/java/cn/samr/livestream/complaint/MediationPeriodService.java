package cn.samr.livestream.complaint;

import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.calendar.DeadlineLedger;
import cn.samr.livestream.calendar.WorkCalendar;
import cn.samr.livestream.engine.TaskListColumns;
import cn.samr.livestream.shared.EngineCalls;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.shared.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Testing, inspection and appraisal time (检定、检验、检测、鉴定) is not counted in the 45 working days of mediation
 * (投诉举报处理暂行办法 Art.20; the 45 days: Art.21(五)): an officer records each such period while mediation runs, and the complaint's
 * mediation deadline, its running mediation-limit timer and the open tasks due then move by the period's working
 * days — as the case file's excluded periods move its decision deadline.
 */
@Service
@Transactional
public class MediationPeriodService {

  private static final String[] LIMIT_TIMERS = {ComplaintProcess.Element.MEDIATION_LIMIT_TIMER,
      ComplaintProcess.Element.MEDIATION_LIMIT_DURING_REMEDY_TIMER};

  private final ComplaintMapper complaints;
  private final ComplaintRecords records;
  private final ComplaintWorkflowService workflow;
  private final WorkCalendar calendar;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CommandExecutor executor;
  private final Clock clock;
  private final DeadlineLedger deadlines;

  MediationPeriodService(ComplaintMapper complaints, ComplaintRecords records, ComplaintWorkflowService workflow, WorkCalendar calendar,
      ProcessEngine engine, Clock clock, DeadlineLedger deadlines) {
    this.complaints = complaints;
    this.records = records;
    this.workflow = workflow;
    this.calendar = calendar;
    this.managementService = engine.getManagementService();
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    // as the system, once the controller has checked that the caller works on the complaint
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.clock = clock;
    this.deadlines = deadlines;
  }

  public record Recorded(MediationExcludedPeriod period, Date oldDeadline, Date newDeadline) {
  }

  public List<MediationExcludedPeriod> periods(long complaintId) {
    return complaints.findExcludedPeriods(complaintId);
  }

  /** Records the period (start and end day included) and moves the mediation limit by its working days. */
  public Recorded exclude(long complaintId, String startValue, String endValue, String note, String actor) {
    Inputs inputs = new Inputs();
    LocalDate start = inputs.readDate(startValue, "startDate");
    LocalDate end = inputs.readDate(endValue, "endDate");
    inputs.require(note == null || note.trim().length() <= 1000, "note", "说明不能超过1000字",
        "must not exceed 1000 characters");
    inputs.throwIfAny();
    // the row lock serialises concurrent records for one complaint, so the overlap check below holds
    Complaint complaint = records.lockComplaint(complaintId)
        .orElseThrow(() -> new NotFoundException("投诉不存在：" + complaintId, "no complaint with id " + complaintId));
    List<Job> timers = limitTimers(complaint.getProcessInstanceId());
    if (timers.isEmpty() || complaint.getMediationDeadline() == null) {
      throw InvalidInputException.of("startDate", "投诉不在调解期间，不能登记不计入调解期限的时间",
          "the complaint is not in mediation: no period can be excluded from it");
    }
    inputs.require(!end.isBefore(start), "endDate", "结束日期不能早于开始日期", "must not be before the start");
    inputs.require(!start.isBefore(complaint.getAcceptedAt().toLocalDate()), "startDate",
        "开始日期不能早于受理日期", "must not be before the day the complaint was accepted");
    inputs.require(!end.isAfter(LocalDate.now(clock)), "endDate", "结束日期不能晚于今天（期间结束后登记）",
        "must not be after today: record a period once it has ended");
    inputs.throwIfAny();
    for (MediationExcludedPeriod other : complaints.findExcludedPeriods(complaintId)) {
      inputs.require(end.isBefore(other.getStartDate()) || start.isAfter(other.getEndDate()), "startDate",
          "与已登记的期间" + other.getStartDate() + "至" + other.getEndDate() + "重叠",
          "overlaps the period already recorded from " + other.getStartDate() + " to " + other.getEndDate());
    }
    inputs.throwIfAny();

    MediationExcludedPeriod period = new MediationExcludedPeriod();
    period.setComplaintId(complaintId);
    period.setStartDate(start);
    period.setEndDate(end);
    period.setWorkingDays(calendar.workingDaysBetween(start.minusDays(1), end));
    period.setNote(note == null || note.isBlank() ? null : note.trim());
    period.setRecordedBy(actor);
    period.setRecordedAt(LocalDateTime.now(clock).withNano(0));
    complaints.insertExcludedPeriod(period);

    Date oldDue = Times.toDate(complaint.getMediationDeadline());
    Date newDue = calendar.addWorkingDays(oldDue, period.getWorkingDays());
    complaint.setMediationDeadline(Times.toLocal(newDue));
    records.changed(complaint);
    moveEngineDeadlines(complaint.getProcessInstanceId(), timers, oldDue, newDue, period.getWorkingDays());
    workflow.record(complaintId, ComplaintStep.MEDIATION_PERIOD_EXCLUDED, null,
        start + "至" + end + "检定、检验、检测、鉴定期间不计入调解期限，扣除" + period.getWorkingDays() + "个工作日；调解期限由"
            + calendar.formatDeadline(oldDue) + "延至" + calendar.formatDeadline(newDue), actor);
    return new Recorded(period, oldDue, newDue);
  }

  private List<Job> limitTimers(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return EngineCalls.asSystem(executor, () -> {
      List<Job> jobs = new ArrayList<>();
      for (String timer : LIMIT_TIMERS) {
        jobs.addAll(managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timer).list());
      }
      return jobs;
    });
  }

  /** The limit timers, and the open tasks of the complaint and its remedy enforcements that were due at the limit. */
  private void moveEngineDeadlines(String pi, List<Job> timers, Date oldDue, Date newDue, int workingDays) {
    EngineCalls.asSystem(executor, () -> {
      for (Job timer : timers) {
        managementService.setJobDuedate(timer.getId(), newDue);
        deadlines.extend(Deadline.TargetKind.TIMER, timer.getId(), workingDays);
      }
      runtimeService.setVariable(pi, ComplaintProcess.Var.MEDIATION_DEADLINE_TEXT.name(),
          calendar.formatDeadline(newDue));
      List<String> instances = new ArrayList<>(List.of(pi));
      runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi).list().stream()
          .map(ProcessInstance::getId).forEach(instances::add);
      for (String instance : instances) {
        for (Task task : taskService.createTaskQuery().processInstanceId(instance).dueDate(oldDue).list()) {
          task.setDueDate(newDue);
          taskService.saveTask(task);
          deadlines.extend(Deadline.TargetKind.TASK, task.getId(), workingDays);
          taskService.setVariableLocal(task.getId(), TaskListColumns.DEADLINE, calendar.formatDeadline(newDue));
        }
      }
      return null;
    });
  }
}
