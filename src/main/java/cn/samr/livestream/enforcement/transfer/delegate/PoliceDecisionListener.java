package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.POLICE_DECIDED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.POLICE_DECISION;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.POLICE_REASON;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_OUTCOME;

import cn.samr.livestream.enforcement.transfer.PoliceDecision;
import cn.samr.livestream.enforcement.transfer.TransferOutcome;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 记录公安机关决定: on create the police's 3 days are recorded; on complete their decision. */
@Component
public class PoliceDecisionListener implements TaskListener {

  private final TransferService transfers;
  private final IdentityService identityService;

  public PoliceDecisionListener(TransferService transfers, IdentityService identityService) {
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long transferId = TRANSFER_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      transfers.recordPoliceDecisionDue(transferId, task.getDueDate());
      return;
    }
    PoliceDecision decision = transfers.recordPoliceDecision(transferId, POLICE_DECISION.take(task),
        // the reason stays: the reconsideration request form shows it
        POLICE_REASON.get(task), Actors.of(task, identityService));
    POLICE_DECIDED_AT.set(task.getExecution(), ClockUtil.getCurrentTime());
    if (decision == PoliceDecision.ACCEPTED) {
      TRANSFER_OUTCOME.set(task.getExecution(), TransferOutcome.ACCEPTED.name());
    }
  }
}
