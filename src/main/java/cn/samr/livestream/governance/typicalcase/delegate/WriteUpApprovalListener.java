package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.APPROVAL_NOTE;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_DECISION;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_TEXT;

import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批典型案例: on create the form shows the checked text; on complete the head's decision (the gateway reads it). */
@Component
public class WriteUpApprovalListener implements TaskListener {

  private final TypicalCaseService writeUps;
  private final IdentityService identityService;

  public WriteUpApprovalListener(TypicalCaseService writeUps, IdentityService identityService) {
    this.writeUps = writeUps;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = WRITE_UP_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      WRITE_UP_TEXT.setLocal(task, writeUps.approvalText(id));
      return;
    }
    task.removeVariableLocal(WRITE_UP_TEXT.name());
    writeUps.decide(id, WRITE_UP_DECISION.take(task), APPROVAL_NOTE.take(task), Actors.of(task, identityService));
  }
}
