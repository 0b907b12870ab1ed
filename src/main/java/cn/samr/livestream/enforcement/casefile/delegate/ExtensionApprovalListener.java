package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseService;
import cn.samr.livestream.shared.Actors;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 延期审批 completed: approved, the deadline and its timer move by 30 days. */
@Component
public class ExtensionApprovalListener implements TaskListener {

  private final CaseService cases;
  private final IdentityService identityService;

  public ExtensionApprovalListener(CaseService cases, IdentityService identityService) {
    this.cases = cases;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = CASE_ID.require(task);
    Date due = cases.decideExtension(caseId, EXTENSION_APPROVED.get(task), EXTENSION_NOTE.get(task),
        Actors.of(task, identityService));
    DECISION_PERIOD_DAYS.set(task.getExecution(), cases.decisionPeriodDays(caseId));
    DECISION_DEADLINE_TEXT.set(task.getExecution(), cases.formatDeadline(due));
  }
}
