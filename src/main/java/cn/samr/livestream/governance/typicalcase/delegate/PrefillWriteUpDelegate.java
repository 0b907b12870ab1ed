package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;

import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 预填案例草稿: category, penalty and a designation of the party, from the case or transfer. */
@Component
public class PrefillWriteUpDelegate implements JavaDelegate {

  private final TypicalCaseService writeUps;

  public PrefillWriteUpDelegate(TypicalCaseService writeUps) {
    this.writeUps = writeUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    writeUps.prefill(WRITE_UP_ID.require(execution));
  }
}
