package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_ID;
import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.CLUE_NO;

import cn.samr.livestream.enforcement.clue.ClueStep;
import cn.samr.livestream.enforcement.clue.ClueProcess.Message;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.shared.Actors;
import cn.samr.livestream.shared.EngineCalls;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 报综合协调工作组: a matter touching other departments' duties, or major and difficult, is reported to
 * the coordination group (seed 000 §二(二)1) by message Msg_EscalationRaised, which starts
 * coordination-escalation (综合协调工作组研判) with the clue number as business key; it builds the matter
 * from the clue, reported by the clue's handling unit. Should no process listen for the message, the
 * report is recorded on the clue and logged.
 */
@Component
public class RaiseEscalationDelegate implements JavaDelegate {

  public static final String ESCALATED_CLUE_ID = "clueId";
  private static final Logger LOG = LoggerFactory.getLogger(RaiseEscalationDelegate.class);

  private final ClueService clues;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public RaiseEscalationDelegate(ClueService clues, RuntimeService runtimeService, RepositoryService repositoryService) {
    this.clues = clues;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    boolean listening = EngineCalls.asSystem(() -> repositoryService.createProcessDefinitionQuery()
        .messageEventSubscriptionName(Message.ESCALATION_RAISED).count() > 0);
    if (!listening) {
      LOG.warn("No process starts on message {}; escalation of clue {} is recorded only", Message.ESCALATION_RAISED,
          CLUE_NO.get(execution));
      clues.event(clueId, ClueStep.ESCALATION, "RECORDED", "已标记报综合协调工作组（研判流程尚未部署）", Actors.SYSTEM);
      return;
    }
    String started = EngineCalls.asSystem(() -> runtimeService.createMessageCorrelation(Message.ESCALATION_RAISED)
        .processInstanceBusinessKey(CLUE_NO.get(execution))
        .setVariable(ESCALATED_CLUE_ID, clueId)
        .correlateStartMessage().getId());
    clues.event(clueId, ClueStep.ESCALATION, "RAISED", "已报综合协调工作组研判：" + started, Actors.SYSTEM);
  }
}
