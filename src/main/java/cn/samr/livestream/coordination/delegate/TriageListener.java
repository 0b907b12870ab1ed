package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.coordination.DepartmentFields;
import cn.samr.livestream.coordination.EscalationWorkflowService;
import cn.samr.livestream.coordination.EscalationWorkflowService.TriageInput;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.ProcessVariable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 研判: the group's choices, recorded in the escalation and its department notices. The gateways read the meeting
 * and notice flags as plain booleans, the one after the meeting or the notices in a later command, so those two stay
 * variables, as does the guidance the consolidation and acknowledgement forms show; the other fields live only for
 * this command (issue 15).
 */
@Component
public class TriageListener implements TaskListener {

  private final EscalationWorkflowService escalations;
  private final IdentityService identityService;

  public TriageListener(EscalationWorkflowService escalations, IdentityService identityService) {
    this.escalations = escalations;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean answer = Boolean.TRUE.equals(ANSWER_DIRECTLY.take(task));
    boolean meeting = Boolean.TRUE.equals(CONVENE_MEETING.get(task));
    boolean departments = Boolean.TRUE.equals(NOTIFY_DEPARTMENTS.get(task));
    Map<String, Long> ownDays = new HashMap<>();
    for (Department department : Department.values()) {
      Object days = task.getVariable(DepartmentFields.FEEDBACK_DAYS_PREFIX + department.name());
      if (days instanceof Number n) {
        ownDays.put(department.name(), n.longValue());
      }
    }
    escalations.triage(ESCALATION_ID.require(task), new TriageInput(answer, meeting, departments, GUIDANCE.get(task),
        DepartmentFields.chosen(task, DepartmentFields.DEPARTMENT_PREFIX, DEPARTMENTS),
        FEEDBACK_WORKING_DAYS.take(task), ownDays, PLANNED_MEETING_DATE.take(task)), Actors.of(task, identityService));
    for (String field : DepartmentFields.names(DepartmentFields.DEPARTMENT_PREFIX,
        DepartmentFields.FEEDBACK_DAYS_PREFIX)) {
      ProcessVariable.of(field, Object.class).take(task);
    }
    ProcessVariable.of(DEPARTMENTS, Object.class).take(task);
    CONVENE_MEETING.set(task.getExecution(), meeting);
    NOTIFY_DEPARTMENTS.set(task.getExecution(), departments);
  }
}
