package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.BASIS;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.FACTS;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.OUTCOME;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.PARTY_DESIGNATION;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.SIGNIFICANCE;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.TITLE;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.VIOLATION;
import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;

import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import cn.samr.livestream.governance.typicalcase.TypicalCaseService.DraftInput;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 起草典型案例: on create the form gets the current text (places the last check found replaced by a mark) and the
 * findings as task-local variables; on complete those are removed (a completion sets the submitted fields on the
 * execution, under the task-local ones) and the submitted fields are taken and written to typical_case.
 */
@Component
public class DraftListener implements TaskListener {

  private final TypicalCaseService writeUps;
  private final IdentityService identityService;

  public DraftListener(TypicalCaseService writeUps, IdentityService identityService) {
    this.writeUps = writeUps;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = WRITE_UP_ID.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(writeUps.draftForm(id));
      return;
    }
    // the form's display copies are task-local; what the officer submitted is on the execution
    task.removeVariablesLocal(TypicalCaseService.DRAFT_FORM_KEYS);
    writeUps.saveDraft(id, new DraftInput(TITLE.take(task), PARTY_DESIGNATION.take(task), FACTS.take(task),
        VIOLATION.take(task), BASIS.take(task), OUTCOME.take(task), SIGNIFICANCE.take(task)),
        Actors.of(task, identityService));
  }
}
