package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.ViolationCategory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.samr.livestream.enforcement.clue.ClueService.FindingsInput;
import cn.samr.livestream.enforcement.clue.ClueService.History;
import cn.samr.livestream.shared.InvalidInputException;
import cn.samr.livestream.shared.ProcessVariable;
import java.util.List;

/**
 * 核查: on create the statutory deadline is recorded; on complete an extension request or the findings, with the
 * subjects' record for the tier table. The findings are recorded in the clue; the form's fields that no later task
 * shows live only for this engine command, in which the gateway and the decision tables after the task read them.
 */
@Component
public class ClueVerificationTaskListener implements TaskListener {

  private final ClueService clues;
  private final IdentityService identityService;

  public ClueVerificationTaskListener(ClueService clues, IdentityService identityService) {
    this.clues = clues;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long clueId = CLUE_ID.require(task);
    String actor = Actors.of(task, identityService);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      VERIFICATION_DUE_TEXT.set(task.getExecution(), clues.recordVerificationDue(clueId, task.getDueDate()));
      return;
    }
    // the gateway right after reads the action; the reason stays, the head's approval form shows it
    String action = VERIFICATION_ACTION.take(task);
    if ("REQUEST_EXTENSION".equals(action)) {
      clues.requestExtension(clueId, EXTENSION_REASON.get(task), actor);
      return;
    }
    if (!"SUBMIT_FINDINGS".equals(action)) {
      throw InvalidInputException.of(VERIFICATION_ACTION.name(), "请选择提交核查结果或申请延期",
          "submit the findings or request an extension");
    }
    Double turnover = ILLEGAL_TURNOVER.take(task);
    // the findings text stays: the tier confirmation form shows it
    History history = clues.recordFindings(clueId, new FindingsInput(SUBSTANTIATED.take(task), CATEGORY.take(task),
        flag(task, LIFE_HEALTH_RISK), flag(task, MAJOR_PROPERTY_LOSS), flag(task, HARM_CAUSED),
        flag(task, CORRECTED_PROMPTLY), turnover, flag(task, REFUND_REFUSED),
        flag(task, OTHER_DEPARTMENTS), flag(task, MAJOR_OR_DIFFICULT), FINDINGS.get(task)), actor);
    // the decision tables right after read every fact, unticked boxes and an empty amount too, in this command only
    // (the clue row keeps them); the subjects' record stays, the tier confirmation form shows it
    for (ProcessVariable<Boolean> fact : List.of(LIFE_HEALTH_RISK, MAJOR_PROPERTY_LOSS, HARM_CAUSED, CORRECTED_PROMPTLY,
        REFUND_REFUSED, OTHER_DEPARTMENTS, MAJOR_OR_DIFFICULT)) {
      fact.setForThisCommand(task.getExecution(), flag(task, fact));
    }
    ILLEGAL_TURNOVER.setForThisCommand(task.getExecution(), turnover == null ? 0.0 : turnover);
    PRIOR_ACTIONS.set(task.getExecution(), history.priorActions());
    PRIOR_SANCTIONS_IN_WINDOW.set(task.getExecution(), history.priorSanctionsInWindow());
    SUBJECT_CREDIT_CLASS.setForThisCommand(task.getExecution(), history.subjectCreditClass());
    // the findings may correct the category: the task-list column follows
    ViolationCategory category = clues.clue(clueId).getCategory();
    CATEGORY_LABEL.set(task.getExecution(), category == null ? null : category.label());
  }

  private static boolean flag(DelegateTask task, ProcessVariable<Boolean> variable) {
    return Boolean.TRUE.equals(variable.take(task));
  }
}
