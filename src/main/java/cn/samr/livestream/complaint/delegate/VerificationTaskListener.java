package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.ComplaintProcess.Var.AMOUNT_OWED;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.CLUE_CATEGORY;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.CLUE_DESCRIPTION;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.COMPLAINT_ID;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.FACTS;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.MEDIATION_DEADLINE_TEXT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.OWED_BY_MERCHANT;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.OWED_BY_PLATFORM;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.OWED_BY_STREAMER;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REMEDY_COMPENSATION;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REMEDY_OWED;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REMEDY_REFUND;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REMEDY_RETURN;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.REMEDY_WORKING_DAYS;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.SUBSTANTIATED;
import static cn.samr.livestream.complaint.ComplaintProcess.Var.VIOLATION_CLUE_FOUND;

import cn.samr.livestream.complaint.ComplaintWorkflowService;
import cn.samr.livestream.complaint.ComplaintWorkflowService.Findings;
import cn.samr.livestream.complaint.ComplaintWorkflowService.FindingsInput;
import cn.samr.livestream.complaint.RemedyService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ProcessVariable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调查核实与调解: on create the mediation deadline is recorded; on complete the findings are stored in the domain
 * tables, and the form's fields are not kept as variables.
 */
@Component
public class VerificationTaskListener implements TaskListener {

  static final long MAX_REMEDY_WORKING_DAYS = 60;

  private final ComplaintWorkflowService workflow;
  private final IdentityService identityService;

  public VerificationTaskListener(ComplaintWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = COMPLAINT_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      MEDIATION_DEADLINE_TEXT.set(task.getExecution(), workflow.recordMediationDeadline(complaintId, task.getDueDate()));
      return;
    }
    Long workingDays = REMEDY_WORKING_DAYS.get(task);
    if (workingDays == null) {
      workingDays = (long) RemedyService.DEFAULT_WORKING_DAYS;
    } else if (workingDays < 1 || workingDays > MAX_REMEDY_WORKING_DAYS) {
      throw InvalidInputException.of(REMEDY_WORKING_DAYS.name(), "履行期限应为1至60个工作日",
          "the fulfilment period is 1 to 60 working days");
    }
    Findings findings = workflow.recordFindings(complaintId, new FindingsInput(SUBSTANTIATED.take(task),
        FACTS.take(task), flag(task, REMEDY_RETURN), flag(task, REMEDY_REFUND), flag(task, REMEDY_COMPENSATION),
        AMOUNT_OWED.take(task), flag(task, OWED_BY_STREAMER), flag(task, OWED_BY_PLATFORM),
        flag(task, OWED_BY_MERCHANT), flag(task, VIOLATION_CLUE_FOUND), CLUE_CATEGORY.take(task),
        CLUE_DESCRIPTION.take(task)), Actors.of(task, identityService));
    REMEDY_OWED.set(task.getExecution(), findings.remedyOwed());
    // read by the gateway right after this task; REMEDY_OWED also after a referral, which runs in a later command
    VIOLATION_CLUE_FOUND.setForThisCommand(task.getExecution(), findings.violationClueFound());
    REMEDY_WORKING_DAYS.set(task.getExecution(), workingDays);
  }

  private static boolean flag(DelegateTask task, ProcessVariable<Boolean> variable) {
    return Boolean.TRUE.equals(variable.take(task));
  }
}
