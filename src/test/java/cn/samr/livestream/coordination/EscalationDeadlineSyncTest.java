package cn.samr.livestream.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.Officers;
import cn.samr.livestream.calendar.CalendarChangeFixture;
import cn.samr.livestream.calendar.Deadline;
import cn.samr.livestream.coordination.CoordinationProcess.Element;
import cn.samr.livestream.coordination.CoordinationProcess.Var;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The escalation's copies of engine deadlines across Spring Festival 2027 (EscalationDeadlineSync): each step's due
 * date kept on the escalation, and a department notice's feedback deadline, from a multi-instance body whose task
 * and timer say which notice they belong to. Reported on Tuesday 2 February 2027, before 2027 is entered; the 2027
 * arrangement is test data: 5–14 February off, Saturday 20 February worked.
 */
@IntegrationTest
@Officers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationDeadlineSyncTest extends CalendarChangeFixture {

  static final LocalDateTime REPORTED = LocalDateTime.of(2027, 2, 2, 10, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EscalationMapper escalations;

  @Test
  void theTriageDueDateMovesOnTheEscalation() {
    at(REPORTED);
    ProcessInstance pi = report();
    // 5 working days after Tue 2 February, weekends only: 3, 4, 5, 8, 9 Feb
    LocalDate provisional = LocalDate.of(2027, 2, 9);
    // with 2027 entered: 3, 4 Feb (2), 5–14 Feb off, 15, 16, 17 Feb (5)
    LocalDate recomputed = LocalDate.of(2027, 2, 17);
    assertThat(task(pi, Element.TRIAGE).getDueDate()).isEqualTo(endOf(provisional));
    assertThat(escalation(pi).getTriageDue()).isEqualTo(endOfDay(provisional));

    enter2027(REPORTED.plusHours(2));

    assertThat(task(pi, Element.TRIAGE).getDueDate()).isEqualTo(endOf(recomputed));
    assertThat(escalation(pi).getTriageDue()).isEqualTo(endOfDay(recomputed));
  }

  @Test
  void theMeetingsDueDateAndADepartmentsFeedbackDeadlineMove() {
    at(REPORTED);
    ProcessInstance pi = report();
    at(REPORTED.plusHours(4));
    Map<String, Object> triage = new HashMap<>();
    triage.put(Var.ANSWER_DIRECTLY.name(), false);
    triage.put(Var.CONVENE_MEETING.name(), true);
    triage.put(Var.NOTIFY_DEPARTMENTS.name(), true);
    triage.put(Var.GUIDANCE.name(), null);
    triage.put(Var.DEPARTMENTS, "DRUGS,COMMERCE");
    triage.put(DepartmentFields.FEEDBACK_DAYS_PREFIX + "DRUGS", 5L);
    taskService.complete(task(pi, Element.TRIAGE).getId(), triage);

    // the meeting's record: 10 working days after the triage on Tue 2 February; weekends only: 3–5 Feb (3),
    // 8–12 (8), 15, 16 Feb (10); with 2027 entered: 3, 4 Feb (2), 5–14 off, 15–19 (7), Sat 20 (8), 22, 23 Feb (10)
    LocalDate meetingProvisional = LocalDate.of(2027, 2, 16);
    LocalDate meetingRecomputed = LocalDate.of(2027, 2, 23);
    // the drugs department's 5 working days from the notice on Tue 2 February: 3, 4, 5, 8, 9 Feb; with 2027 entered
    // 3, 4, 15, 16, 17 Feb. Commerce's default 10 working days: as the meeting's.
    LocalDate drugsProvisional = LocalDate.of(2027, 2, 9);
    LocalDate drugsRecomputed = LocalDate.of(2027, 2, 17);
    long escalationId = escalation(pi).getId();
    assertThat(escalation(pi).getMeetingDue()).isEqualTo(endOfDay(meetingProvisional));
    assertThat(notice(escalationId, Department.DRUGS).getFeedbackDue()).isEqualTo(endOfDay(drugsProvisional));
    assertThat(notice(escalationId, Department.COMMERCE).getFeedbackDue()).isEqualTo(endOfDay(meetingProvisional));
    Task drugsFeedback = feedback(pi, Department.DRUGS);
    assertThat(drugsFeedback.getDueDate()).isEqualTo(endOf(drugsProvisional));
    assertThat(provisional(Deadline.TargetKind.TASK, drugsFeedback.getId())).isTrue();

    enter2027(REPORTED.plusHours(6));

    assertThat(task(pi, Element.HOLD_MEETING).getDueDate()).isEqualTo(endOf(meetingRecomputed));
    assertThat(escalation(pi).getMeetingDue()).isEqualTo(endOfDay(meetingRecomputed));
    assertThat(feedback(pi, Department.DRUGS).getDueDate()).isEqualTo(endOf(drugsRecomputed));
    assertThat(notice(escalationId, Department.DRUGS).getFeedbackDue()).isEqualTo(endOfDay(drugsRecomputed));
    assertThat(notice(escalationId, Department.COMMERCE).getFeedbackDue()).isEqualTo(endOfDay(meetingRecomputed));
    assertThat(overdueTimers(pi)).extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(endOf(drugsRecomputed), endOf(meetingRecomputed));
  }

  private ProcessInstance report() {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.TITLE.name(), "跨区带货主播宣称普通食品治疗糖尿病");
    form.put(Var.DESCRIPTION.name(), "主播在多个平台直播，宣称某固体饮料可治疗糖尿病，涉及多个区及外省市经营主体。");
    form.put(Var.CATEGORY.name(), "FOOD_SAFETY");
    form.put(Var.REPORTING_UNIT.name(), "310113");
    return runtimeService.startProcessInstanceByKey(CoordinationProcess.PROCESS_KEY, form);
  }

  private Task task(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private Task feedback(ProcessInstance pi, Department department) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.RECORD_FEEDBACK)
        .taskVariableValueEquals(Var.DEPARTMENT_NAME.name(), department.label()).singleResult();
  }

  private List<Job> overdueTimers(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.FEEDBACK_OVERDUE_TIMER).list();
  }

  private Escalation escalation(ProcessInstance pi) {
    return escalations.findByProcessInstance(pi.getId()).orElseThrow();
  }

  private DepartmentNotice notice(long escalationId, Department department) {
    return escalations.findNotices(escalationId).stream().filter(n -> n.getDepartment() == department).findFirst()
        .orElseThrow();
  }
}
