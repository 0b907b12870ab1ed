package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.NEW_FINDING_AT;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Taken on the flows that send a clue to a case after its own limit has passed (复查未改正 Flow_NotCorrected, 移送退回
 * Flow_TransferReturned): the moment is the new finding (新的发现) from which 立案审批's 15 working days run in
 * case-investigation (处罚程序规定 Art.18 as we read it; docs/working-days.md).
 */
@Component
public class NewFindingListener implements ExecutionListener {

  private final Clock clock;

  public NewFindingListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NEW_FINDING_AT.set(execution, Date.from(clock.instant()));
  }
}
