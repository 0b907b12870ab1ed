package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.coordination.DepartmentFields;
import cn.samr.livestream.coordination.EscalationWorkflowService;
import cn.samr.livestream.coordination.EscalationWorkflowService.TriageInput;
import cn.samr.livestream.shared.Actors;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 研判: the group's choices; the gateways read them as plain booleans. */
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
    boolean answer = Boolean.TRUE.equals(ANSWER_DIRECTLY.get(task));
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
        FEEDBACK_WORKING_DAYS.get(task), ownDays, PLANNED_MEETING_DATE.get(task)), Actors.of(task, identityService));
    ANSWER_DIRECTLY.set(task.getExecution(), answer);
    CONVENE_MEETING.set(task.getExecution(), meeting);
    NOTIFY_DEPARTMENTS.set(task.getExecution(), departments);
  }
}
