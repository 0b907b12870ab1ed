package cn.samr.livestream.enforcement.casefile.delegate;

import static cn.samr.livestream.enforcement.casefile.CaseProcess.Var.*;

import cn.samr.livestream.enforcement.casefile.CaseInvestigationService;
import cn.samr.livestream.enforcement.casefile.CaseInvestigationService.PlannedPenalty;
import cn.samr.livestream.enforcement.casefile.InvestigationAction;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调查取证: on create the decision deadline is shown; on complete the chosen action is checked, and a
 * proposed penalty gets the inputs of the hearing-right decision.
 */
@Component
public class InvestigationListener implements TaskListener {

  private final CaseInvestigationService investigation;

  public InvestigationListener(CaseInvestigationService investigation) {
    this.investigation = investigation;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DECISION_DEADLINE_TEXT.set(task.getExecution(), investigation.formatDeadline(task.getDueDate()));
      return;
    }
    PlannedPenalty planned = new PlannedPenalty(PLANNED_FINE_AMOUNT.get(task), PLANNED_CONFISCATION_AMOUNT.get(task),
        PLANNED_WARNING.get(task), PLANNED_PUBLICATION.get(task), PLANNED_SERIOUS_VIOLATION_LIST.get(task),
        PLANNED_LICENCE_REVOCATION.get(task), PLANNED_SUSPEND_BUSINESS.get(task));
    InvestigationAction action = investigation.recordInvestigation(CASE_ID.require(task),
        INVESTIGATION_ACTION.get(task), EXTENSION_REASON.get(task), EXCLUDED_KIND.get(task), EXCLUDED_START.get(task),
        EXCLUDED_END.get(task), SUSPECTED_OFFENCE.get(task), FINDINGS.get(task), planned);
    if (action == InvestigationAction.CONCLUDE) {
      var execution = task.getExecution();
      PARTY_INDIVIDUAL.set(execution, Boolean.TRUE.equals(PARTY_INDIVIDUAL.get(task)));
      PLANNED_FINE_AMOUNT.set(execution, planned.fineAmount() == null ? 0.0 : planned.fineAmount());
      PLANNED_CONFISCATION_AMOUNT.set(execution,
          planned.confiscationAmount() == null ? 0.0 : planned.confiscationAmount());
      PLANNED_LICENCE_REVOCATION.set(execution, Boolean.TRUE.equals(planned.licenceRevocation()));
      PLANNED_SUSPEND_BUSINESS.set(execution, Boolean.TRUE.equals(planned.suspendBusiness()));
      PLANNED_SERIOUS_VIOLATION_LIST.set(execution, Boolean.TRUE.equals(planned.seriousViolationList()));
    }
  }
}
