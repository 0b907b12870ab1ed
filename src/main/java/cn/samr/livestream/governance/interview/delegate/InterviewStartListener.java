package cn.samr.livestream.governance.interview.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.*;

import cn.samr.livestream.access.InstanceReadGrants;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.governance.interview.InterviewIntakeService;
import cn.samr.livestream.governance.interview.InterviewKind;
import cn.samr.livestream.governance.interview.InterviewRequest;
import cn.samr.livestream.governance.interview.InterviewStatus;
import cn.samr.livestream.governance.interview.InterviewWorkflowService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.StartFormReader;
import cn.samr.livestream.shared.ViolationCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of administrative-interview. Through the API the interview is stored already; from the Tasklist start form
 * (发起行政约谈) the form's fields are stored as the API would, by the requester's unit, and leave no variable. Either
 * way the host unit and the subjects' districts may read the instance, and Gateway_ApprovalNeeded is told whether
 * the heads must approve.
 */
@Component
public class InterviewStartListener implements ExecutionListener {

  /** Every field of forms/interview-request.form but the checklist of joint departments. */
  static final List<String> FORM_FIELDS = List.of(KIND.name(), SUBJECTS.name(), ISSUES.name(), BASIS.name(),
      CATEGORY.name(), PLANNED_DATE.name(), REQUESTED_HOST_UNIT.name());

  private final InterviewIntakeService intake;
  private final InterviewWorkflowService workflow;
  private final IdentityService identityService;
  private final InstanceReadGrants instanceGrants;

  public InterviewStartListener(InterviewIntakeService intake, InterviewWorkflowService workflow,
      IdentityService identityService, InstanceReadGrants instanceGrants) {
    this.intake = intake;
    this.workflow = workflow;
    this.identityService = identityService;
    this.instanceGrants = instanceGrants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (INTERVIEW_ID.get(execution) == null) {
      store(execution);
    }
    long interviewId = INTERVIEW_ID.require(execution);
    instanceGrants.grantReading(execution, HOST_UNIT.require(execution));
    workflow.subjectDistrictUnits(interviewId).forEach(unit -> instanceGrants.grantReading(execution, unit));
    APPROVAL_NEEDED.setForThisCommand(execution,
        workflow.interview(interviewId).getStatus() == InterviewStatus.AWAITING_APPROVAL);
  }

  private void store(DelegateExecution execution) {
    StartFormReader form = new StartFormReader(execution);
    ViolationCategory category = form.choice(CATEGORY, ViolationCategory.class);
    InterviewKind kind = form.choice(KIND, InterviewKind.class);
    LocalDate planned = form.date(PLANNED_DATE);
    List<String> lines = form.lines(SUBJECTS.name());
    form.require(lines != null && !lines.isEmpty(), SUBJECTS.name(), "请填写被约谈主体，每行一个",
        "name the subjects, one a line");
    form.throwIfAny();
    Inputs inputs = new Inputs();
    List<Long> subjectIds = intake.subjectIdsOf(lines, inputs);
    inputs.throwIfAny();
    List<Department> joint = new ArrayList<>();
    for (Department department : Department.values()) {
      if (Boolean.TRUE.equals(execution.getVariable(JOINT_PREFIX + department.name()))) {
        joint.add(department);
      }
    }
    InterviewRequest request = new InterviewRequest(kind, subjectIds, ISSUES.get(execution), BASIS.get(execution),
        category, joint, planned, REQUESTED_HOST_UNIT.get(execution));
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    CommandScopedVariables.discard(execution,
        Arrays.stream(Department.values()).map(d -> JOINT_PREFIX + d.name()).toList());
    Authentication authentication = identityService.getCurrentAuthentication();
    intake.requestInProcess(request, Actors.current(identityService),
        authentication == null ? null : authentication.getGroupIds(), execution);
  }
}
