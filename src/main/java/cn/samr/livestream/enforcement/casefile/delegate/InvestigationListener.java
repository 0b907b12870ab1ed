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
    PlannedPenalty planned = new PlannedPenalty(PLANNED_FINE_AMOUNT.take(task), PLANNED_CONFISCATION_AMOUNT.take(task),
        PLANNED_WARNING.take(task), PLANNED_PUBLICATION.take(task), PLANNED_SERIOUS_VIOLATION_LIST.take(task),
        PLANNED_LICENCE_REVOCATION.take(task), PLANNED_SUSPEND_BUSINESS.take(task));
    // extensionReason and findings stay: the extension approval and the penalty decision forms show them. The rest
    // is read in this command only: by the gateway, the period exclusion, the transfer's start and the hearing table
    InvestigationAction action = investigation.recordInvestigation(CASE_ID.require(task),
        INVESTIGATION_ACTION.take(task), EXTENSION_REASON.get(task), EXCLUDED_KIND.take(task),
        EXCLUDED_START.take(task), EXCLUDED_END.take(task), SUSPECTED_OFFENCE.take(task), FINDINGS.get(task), planned);
    boolean partyIndividual = Boolean.TRUE.equals(PARTY_INDIVIDUAL.take(task));
    if (action == InvestigationAction.CONCLUDE) {
      var execution = task.getExecution();
      PARTY_INDIVIDUAL.setForThisCommand(execution, partyIndividual);
      PLANNED_FINE_AMOUNT.setForThisCommand(execution, planned.fineAmount() == null ? 0.0 : planned.fineAmount());
      PLANNED_CONFISCATION_AMOUNT.setForThisCommand(execution,
          planned.confiscationAmount() == null ? 0.0 : planned.confiscationAmount());
      PLANNED_LICENCE_REVOCATION.setForThisCommand(execution, Boolean.TRUE.equals(planned.licenceRevocation()));
      PLANNED_SUSPEND_BUSINESS.setForThisCommand(execution, Boolean.TRUE.equals(planned.suspendBusiness()));
      PLANNED_SERIOUS_VIOLATION_LIST.setForThisCommand(execution, Boolean.TRUE.equals(planned.seriousViolationList()));
    }
  }
}
