package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.RECONSIDERATION_NOTE;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.RECONSIDERATION_REQUESTED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.REQUEST_RECONSIDERATION;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_OUTCOME;

import cn.samr.livestream.enforcement.transfer.TransferOutcome;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 是否提请复议 completed: the head asks the police to reconsider, or the refusal stands. */
@Component
public class ReconsiderationDecisionListener implements TaskListener {

  private final TransferService transfers;
  private final IdentityService identityService;

  public ReconsiderationDecisionListener(TransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean requested = transfers.decideReconsideration(TRANSFER_ID.require(task), REQUEST_RECONSIDERATION.take(task),
        // the note stays: the reconsideration result form shows it
        RECONSIDERATION_NOTE.get(task), Actors.of(task, identityService));
    if (requested) {
      RECONSIDERATION_REQUESTED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
    } else {
      TRANSFER_OUTCOME.set(task.getExecution(), TransferOutcome.RETURNED.name());
    }
  }
}
