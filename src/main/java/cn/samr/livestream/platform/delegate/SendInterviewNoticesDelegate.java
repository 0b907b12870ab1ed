package cn.samr.livestream.platform.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.INTERVIEW_ID;

import cn.samr.livestream.platform.PlatformLetters;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * administrative-interview's Task_SendNoticesToPlatforms (向平台送达约谈通知): the notices just issued go to the
 * subjects that are connected platforms (only to inform; nothing waits). The step lives with the channel; the
 * interview feature knows nothing of platforms.
 */
@Component
public class SendInterviewNoticesDelegate implements JavaDelegate {

  private final PlatformLetters letters;
  private final IdentityService identityService;

  public SendInterviewNoticesDelegate(PlatformLetters letters, IdentityService identityService) {
    this.letters = letters;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.sendInterviewNotices(INTERVIEW_ID.require(execution), Actors.current(identityService));
  }
}
