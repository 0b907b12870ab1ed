package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.RECONSIDERATION_DECISION;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.RECONSIDERATION_REASON;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_OUTCOME;

import cn.samr.livestream.enforcement.transfer.PoliceDecision;
import cn.samr.livestream.enforcement.transfer.TransferOutcome;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 记录复议决定 completed: the police accept after all, or the refusal stands and the case returns. */
@Component
public class ReconsiderationResultListener implements TaskListener {

  private final TransferService transfers;
  private final IdentityService identityService;

  public ReconsiderationResultListener(TransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    PoliceDecision decision = transfers.recordReconsideration(TRANSFER_ID.require(task),
        RECONSIDERATION_DECISION.take(task), RECONSIDERATION_REASON.take(task), Actors.of(task, identityService));
    TRANSFER_OUTCOME.set(task.getExecution(),
        (decision == PoliceDecision.ACCEPTED ? TransferOutcome.ACCEPTED : TransferOutcome.RETURNED).name());
  }
}
