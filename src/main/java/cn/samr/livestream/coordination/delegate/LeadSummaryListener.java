package cn.samr.livestream.coordination.delegate;

import static cn.samr.livestream.coordination.LeadSummaryProcess.Var.*;

import cn.samr.livestream.coordination.LeadSummaryProcess.Element;
import cn.samr.livestream.coordination.LeadSummaryService;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 报送 by the centre and 审阅 by the group: who and when, with their remarks. */
@Component
public class LeadSummaryListener implements TaskListener {

  private final LeadSummaryService summaries;
  private final IdentityService identityService;

  public LeadSummaryListener(LeadSummaryService summaries, IdentityService identityService) {
    this.summaries = summaries;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = SUMMARY_ID.require(task);
    String actor = Actors.of(task, identityService);
    if (Element.SUBMIT.equals(task.getTaskDefinitionKey())) {
      // the remarks stay: the group's review form shows them
      summaries.submit(id, CENTRE_REMARKS.get(task), actor);
    } else {
      summaries.review(id, REVIEW_NOTE.take(task), actor);
    }
  }
}
