package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseInvestigationService;
import cn.samr.livestream.enforcement.casefile.DecisionDeadline;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 延期审批 completed: approved, the deadline and its timer move by 30 days. */
@Component
public class ExtensionApprovalListener implements TaskListener {

  private final CaseInvestigationService investigation;
  private final IdentityService identityService;

  public ExtensionApprovalListener(CaseInvestigationService investigation, IdentityService identityService) {
    this.investigation = investigation;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    DecisionDeadline deadline = investigation.decideExtension(CASE_ID.require(task),
        EXTENSION_APPROVED.take(task), EXTENSION_NOTE.take(task), Actors.of(task, identityService));
    DECISION_PERIOD_DAYS.set(task.getExecution(), deadline.periodDays());
    DECISION_DEADLINE_TEXT.set(task.getExecution(), deadline.text());
  }
}
