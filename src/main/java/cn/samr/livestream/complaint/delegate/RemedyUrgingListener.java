package cn.samr.livestream.complaint.delegate;

import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILLED_AMOUNT;
import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILLED_ON;
import static cn.samr.livestream.complaint.RemedyProcess.Var.FULFILMENT_OUTCOME;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REFUSAL_REASON;
import static cn.samr.livestream.complaint.RemedyProcess.Var.REMEDY_ID;
import static cn.samr.livestream.complaint.RemedyProcess.Var.URGE_NOTE;

import cn.samr.livestream.complaint.RemedyService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 督促履行 completed: the party paid after urging, or delays or refuses deliberately. */
@Component
public class RemedyUrgingListener implements TaskListener {

  private final RemedyService remedies;
  private final IdentityService identityService;

  public RemedyUrgingListener(RemedyService remedies, IdentityService identityService) {
    this.remedies = remedies;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    remedies.urge(REMEDY_ID.require(task), URGE_NOTE.take(task), FULFILMENT_OUTCOME.take(task), FULFILLED_AMOUNT.take(task),
        FULFILLED_ON.take(task), REFUSAL_REASON.take(task), Actors.of(task, identityService));
  }
}
