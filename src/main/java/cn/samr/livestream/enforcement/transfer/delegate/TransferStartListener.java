package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.CLUE_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.CLUE_NO;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.COMPLAINT_NO;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.HANDLING_UNIT_NAME;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.PROPOSED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_SUMMARY;

import cn.samr.livestream.enforcement.transfer.TransferService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 拟移送: the clue number becomes the task-list number, the forms get the clue's summary, and the moment of the
 * decision to transfer is kept (移送报告 is due from it).
 */
@Component
public class TransferStartListener implements ExecutionListener {

  private final TransferService transfers;

  public TransferStartListener(TransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String clueNo = CLUE_NO.require(execution);
    if (COMPLAINT_NO.get(execution) == null) {
      COMPLAINT_NO.set(execution, clueNo);
    }
    PROPOSED_AT.set(execution, transfers.proposedAt());
    TRANSFER_SUMMARY.set(execution,
        transfers.summary(CLUE_ID.require(execution), clueNo, HANDLING_UNIT_NAME.get(execution)));
  }
}
