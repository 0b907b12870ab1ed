package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILLED_AMOUNT;
import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILLED_ON;
import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILMENT_OUTCOME;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REFUSAL_REASON;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_DEADLINE_TEXT;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_ID;

import cn.samr.livestream.complaint.RemedyService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认履行: on create the party's deadline is recorded; on complete the fulfilment or refusal. */
@Component
public class RemedyConfirmationListener implements TaskListener {

  private final RemedyService remedies;
  private final IdentityService identityService;

  public RemedyConfirmationListener(RemedyService remedies, IdentityService identityService) {
    this.remedies = remedies;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long remedyId = REMEDY_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      REMEDY_DEADLINE_TEXT.set(task.getExecution(), remedies.recordDeadline(remedyId, task.getDueDate()));
      return;
    }
    remedies.confirm(remedyId, FULFILMENT_OUTCOME.take(task), FULFILLED_AMOUNT.take(task), FULFILLED_ON.take(task),
        REFUSAL_REASON.take(task), Actors.of(task, identityService));
  }
}
