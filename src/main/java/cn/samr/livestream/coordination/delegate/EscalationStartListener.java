package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.CoordinationProcess.Var.*;

import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.coordination.EscalationRequest;
import cn.samr.livestream.coordination.DepartmentFields;
import cn.samr.livestream.coordination.EscalationIntakeService;
import cn.samr.livestream.access.InstanceReadGrants;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.shared.Inputs;
import cn.samr.livestream.shared.StartFormReader;
import cn.samr.livestream.shared.ViolationCategory;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of coordination-escalation. Through the API the matter is stored already; by message
 * Msg_EscalationRaised the clue becomes the matter; from the Tasklist start form (上报重大疑难问题) the
 * form's fields are stored as the API would, by the reporter's unit. Whichever way, the reporting unit's
 * officers and heads may read the instance from the start (only the coordination group reads every
 * escalation).
 */
@Component
public class EscalationStartListener implements ExecutionListener {

  /** Every field of forms/coordination-report.form. */
  static final List<String> FORM_FIELDS = List.of(TITLE.name(), DESCRIPTION.name(), CATEGORY.name(),
      SUGGESTED_DEPARTMENTS, REPORTING_UNIT.name());

  private final EscalationIntakeService escalations;
  private final IdentityService identityService;
  private final InstanceReadGrants instanceGrants;

  public EscalationStartListener(EscalationIntakeService escalations, IdentityService identityService,
      InstanceReadGrants instanceGrants) {
    this.escalations = escalations;
    this.identityService = identityService;
    this.instanceGrants = instanceGrants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ESCALATION_ID.get(execution) == null) {
      store(execution);
    }
    instanceGrants.grantReading(execution, REPORTING_UNIT.require(execution));
  }

  private void store(DelegateExecution execution) {
    Long clueId = CLUE_ID.get(execution);
    if (clueId != null) {
      escalations.raiseFromClue(clueId, execution);
      return;
    }
    StartFormReader form = new StartFormReader(execution);
    ViolationCategory category = form.choice(CATEGORY, ViolationCategory.class);
    form.throwIfAny();
    EscalationRequest request = new EscalationRequest(TITLE.get(execution), DESCRIPTION.get(execution), category,
        DepartmentFields.chosen(execution, DepartmentFields.SUGGEST_PREFIX, SUGGESTED_DEPARTMENTS).stream()
            .map(d -> Inputs.enumValue(Department.class, d, SUGGESTED_DEPARTMENTS)).toList(),
        REPORTING_UNIT.get(execution));
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    CommandScopedVariables.discard(execution, DepartmentFields.names(DepartmentFields.SUGGEST_PREFIX));
    Authentication authentication = identityService.getCurrentAuthentication();
    escalations.reportInProcess(request, Actors.current(identityService),
        authentication == null ? null : authentication.getGroupIds(), execution);
  }
}
