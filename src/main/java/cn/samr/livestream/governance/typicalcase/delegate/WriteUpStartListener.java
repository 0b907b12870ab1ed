package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.SOURCE_NO;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;

import cn.samr.livestream.governance.typicalcase.TypicalCaseIntakeService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 提议典型案例 from the Tasklist start form: the case or transfer number is taken and the write-up registered inside
 * the starting instance. Started through POST /api/typical-cases the write-up exists already and nothing is done.
 */
@Component
public class WriteUpStartListener implements ExecutionListener {

  private final TypicalCaseIntakeService intake;
  private final IdentityService identityService;

  public WriteUpStartListener(TypicalCaseIntakeService intake, IdentityService identityService) {
    this.intake = intake;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (WRITE_UP_ID.get(execution) == null) {
      intake.proposeInProcess(SOURCE_NO.take(execution), Actors.current(identityService), execution);
    }
  }
}
