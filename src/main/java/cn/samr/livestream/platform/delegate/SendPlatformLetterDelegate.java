package cn.samr.livestream.platform.delegate;

import static cn.samr.livestream.governance.interview.InterviewProcess.Var.INTERVIEW_SUBJECT_ID;

import cn.samr.livestream.platform.PlatformLetters;
import cn.samr.livestream.shared.Actors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * administrative-interview's Task_SendLetterToPlatform (经平台通道送达函件), once a subject: its letter goes to it
 * through the channel if it is a connected platform, else the timeline says 须另行送达.
 */
@Component
public class SendPlatformLetterDelegate implements JavaDelegate {

  private final PlatformLetters letters;
  private final IdentityService identityService;

  public SendPlatformLetterDelegate(PlatformLetters letters, IdentityService identityService) {
    this.letters = letters;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.sendLetter(INTERVIEW_SUBJECT_ID.require(execution), Actors.current(identityService));
  }
}
