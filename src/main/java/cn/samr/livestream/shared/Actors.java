package cn.samr.livestream.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did it: the authenticated user, else the task's assignee, else the system (timers, jobs). */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {
  }

  public static String current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
  }

  public static String of(DelegateTask task, IdentityService identityService) {
    String user = current(identityService);
    return SYSTEM.equals(user) && task.getAssignee() != null ? task.getAssignee() : user;
  }
}
