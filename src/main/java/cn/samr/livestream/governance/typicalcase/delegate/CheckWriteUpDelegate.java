package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_CLEAN;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;

import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 个人信息检查: the server-side check of every text field; its answer is the gateway's input for this command. */
@Component
public class CheckWriteUpDelegate implements JavaDelegate {

  private final TypicalCaseService writeUps;

  public CheckWriteUpDelegate(TypicalCaseService writeUps) {
    this.writeUps = writeUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WRITE_UP_CLEAN.setForThisCommand(execution, writeUps.check(WRITE_UP_ID.require(execution)));
  }
}
