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

/** 核查: on create the statutory deadline is recorded; on complete an extension request or the findings, with the subjects' record for the tier table. */
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
    if ("REQUEST_EXTENSION".equals(VERIFICATION_ACTION.get(task))) {
      clues.requestExtension(clueId, EXTENSION_REASON.get(task), actor);
      return;
    }
    if (!"SUBMIT_FINDINGS".equals(VERIFICATION_ACTION.get(task))) {
      throw InvalidInputException.of(VERIFICATION_ACTION.name(), "请选择提交核查结果或申请延期",
          "submit the findings or request an extension");
    }
    History history = clues.recordFindings(clueId, new FindingsInput(SUBSTANTIATED.get(task), CATEGORY.get(task),
        flag(task, LIFE_HEALTH_RISK), flag(task, MAJOR_PROPERTY_LOSS), flag(task, HARM_CAUSED),
        flag(task, CORRECTED_PROMPTLY), ILLEGAL_TURNOVER.get(task), flag(task, REFUND_REFUSED),
        flag(task, OTHER_DEPARTMENTS), flag(task, MAJOR_OR_DIFFICULT), FINDINGS.get(task)), actor);
    // the decision tables read every fact; unticked boxes and an empty amount are facts too
    for (ProcessVariable<Boolean> fact : List.of(LIFE_HEALTH_RISK, MAJOR_PROPERTY_LOSS, HARM_CAUSED, CORRECTED_PROMPTLY,
        REFUND_REFUSED, OTHER_DEPARTMENTS, MAJOR_OR_DIFFICULT)) {
      fact.set(task.getExecution(), flag(task, fact));
    }
    ILLEGAL_TURNOVER.set(task.getExecution(), ILLEGAL_TURNOVER.get(task) == null ? 0.0 : ILLEGAL_TURNOVER.get(task));
    PRIOR_ACTIONS.set(task.getExecution(), history.priorActions());
    PRIOR_SANCTIONS_IN_WINDOW.set(task.getExecution(), history.priorSanctionsInWindow());
    // the findings may correct the category: the task-list column follows
    ViolationCategory category = clues.clue(clueId).getCategory();
    CATEGORY_LABEL.set(task.getExecution(), category == null ? null : category.label());
  }

  private static boolean flag(DelegateTask task, ProcessVariable<Boolean> variable) {
    return Boolean.TRUE.equals(variable.get(task));
  }
}
