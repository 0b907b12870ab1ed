package cn.samr.livestream.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The caller of the current request, as authenticated by the REST authentication filters (or set
 * by code through {@link IdentityService#setAuthentication}). Thread-bound: valid while the request
 * is being handled, not in job executor threads.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** True if a user is authenticated on this thread. */
  public boolean isAuthenticated() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null;
  }

  /**
   * The authenticated user's id.
   *
   * @throws IllegalStateException if nobody is authenticated (check {@link #isAuthenticated()})
   */
  public String userId() {
    if (!isAuthenticated()) {
      throw new IllegalStateException("No authenticated user on this thread");
    }
    return identityService.getCurrentAuthentication().getUserId();
  }

  /** The authenticated user's group ids; empty when nobody is authenticated. */
  public List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return List.of();
    }
    return List.copyOf(authentication.getGroupIds());
  }

  /** True if the authenticated user belongs to the group. */
  public boolean isMemberOf(String group) {
    return group != null && groupIds().contains(group);
  }
}
