package cn.samr.livestream.governance.transfer.delegate;

import static cn.samr.livestream.governance.transfer.DepartmentTransferProcess.Var.*;

import cn.samr.livestream.access.InstanceReadGrants;
import cn.samr.livestream.coordination.Department;
import cn.samr.livestream.governance.transfer.DepartmentTransferIntakeService;
import cn.samr.livestream.governance.transfer.DepartmentTransferRequest;
import cn.samr.livestream.governance.transfer.TransferReason;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.CommandScopedVariables;
import cn.samr.livestream.shared.StartFormReader;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of department-transfer (部门移送申请). Through the API the transfer is stored already; from the Tasklist
 * start form the form's fields are stored as the API would, for the requester's unit, and live for this command
 * only. Either way the sending unit's officers and heads may read the instance from the start.
 */
@Component
public class TransferRequestListener implements ExecutionListener {

  /** Every field of forms/department-transfer-request.form. */
  static final List<String> FORM_FIELDS = List.of(DEPARTMENT.name(), RECIPIENT_NAME.name(), CLUE_NO.name(),
      CASE_NO.name(), SUBJECT_IDS.name(), REASON.name(), FACTS.name(), MATERIALS.name(), BASIS.name(),
      FEEDBACK_WORKING_DAYS.name(), NOT_CRIMINAL.name(), SENDER.name());

  private final DepartmentTransferIntakeService intake;
  private final IdentityService identityService;
  private final InstanceReadGrants instanceGrants;

  public TransferRequestListener(DepartmentTransferIntakeService intake, IdentityService identityService,
      InstanceReadGrants instanceGrants) {
    this.intake = intake;
    this.identityService = identityService;
    this.instanceGrants = instanceGrants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (TRANSFER_ID.get(execution) == null) {
      store(execution);
    }
    instanceGrants.grantReading(execution, SENDER_UNIT.require(execution));
  }

  private void store(DelegateExecution execution) {
    StartFormReader form = new StartFormReader(execution);
    Department department = form.choice(DEPARTMENT, Department.class);
    TransferReason reason = form.choice(REASON, TransferReason.class);
    List<Long> subjectIds = new ArrayList<>();
    List<String> lines = form.lines(SUBJECT_IDS.name()) == null ? List.of() : form.lines(SUBJECT_IDS.name());
    for (int i = 0; i < lines.size(); i++) {
      try {
        subjectIds.add(Long.valueOf(lines.get(i).trim()));
      } catch (NumberFormatException e) {
        form.require(false, SUBJECT_IDS.name(), "第" + (i + 1) + "行不是名录编号：" + lines.get(i),
            "line " + (i + 1) + " is not a register id");
      }
    }
    Long days = FEEDBACK_WORKING_DAYS.get(execution);
    form.throwIfAny();
    DepartmentTransferRequest request = new DepartmentTransferRequest(department, form.text(RECIPIENT_NAME),
        form.text(CLUE_NO), form.text(CASE_NO), subjectIds, reason, form.text(FACTS), form.text(MATERIALS),
        form.text(BASIS), days == null ? null : Math.toIntExact(days), form.flag(NOT_CRIMINAL), form.text(SENDER));
    CommandScopedVariables.discard(execution, FORM_FIELDS);
    Authentication authentication = identityService.getCurrentAuthentication();
    intake.requestInProcess(request, Actors.current(identityService),
        authentication == null ? null : authentication.getGroupIds(), execution);
  }
}
