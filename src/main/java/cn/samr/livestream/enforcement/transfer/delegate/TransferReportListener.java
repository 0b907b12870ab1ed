package cn.samr.livestream.enforcement.transfer.delegate;

import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.CASE_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.CLUE_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.CLUE_NO;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.HANDLING_UNIT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.ILLEGAL_TURNOVER;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.OFFICER1;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.OFFICER2;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.REPORTED_AT;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.REPORT_FACTS;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.SUBJECT_ID;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.SUSPECTED_OFFENCE;
import static cn.samr.livestream.enforcement.transfer.TransferProcess.Var.TRANSFER_ID;

import cn.samr.livestream.enforcement.transfer.CriminalTransfer;
import cn.samr.livestream.enforcement.transfer.TransferService;
import cn.samr.livestream.enforcement.transfer.TransferService.Report;
import cn.samr.livestream.shared.Times;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 移送报告 completed: two officers of the unit report; the criminal_transfer row is created. The report's fields stay
 * variables: the approval form shows them all, the transfer form the suspected offence.
 */
@Component
public class TransferReportListener implements TaskListener {

  private final TransferService transfers;

  public TransferReportListener(TransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public void notify(DelegateTask task) {
    CriminalTransfer transfer = transfers.report(new Report(CLUE_ID.require(task), CLUE_NO.require(task),
        CASE_ID.get(task), SUBJECT_ID.get(task), HANDLING_UNIT.require(task), OFFICER1.get(task), OFFICER2.get(task),
        SUSPECTED_OFFENCE.get(task), REPORT_FACTS.get(task), ILLEGAL_TURNOVER.get(task), task.getProcessInstanceId()));
    TRANSFER_ID.set(task.getExecution(), transfer.getId());
    REPORTED_AT.set(task.getExecution(), Times.toDate(transfer.getReportedAt()));
  }
}
