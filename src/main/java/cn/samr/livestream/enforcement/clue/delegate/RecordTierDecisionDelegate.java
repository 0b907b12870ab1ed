package cn.samr.livestream.enforcement.clue.delegate;

import static cn.samr.livestream.enforcement.clue.ClueProcess.Var.*;

import cn.samr.livestream.enforcement.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.samr.livestream.enforcement.ResponseTier;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** 记录处置决定: the tier is final; the reporter notice period starts. */
@Component
public class RecordTierDecisionDelegate implements JavaDelegate {

  private final ClueService clues;

  public RecordTierDecisionDelegate(ClueService clues) {
    this.clues = clues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long clueId = CLUE_ID.require(execution);
    Date now = ClockUtil.getCurrentTime();
    clues.recordDecision(clueId, now);
    DECIDED_AT.set(execution, now);
    TIER_LABEL.set(execution, ResponseTier.valueOf(TIER.require(execution)).label());
  }
}
