package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Blocks the Admin webapp's anonymous "initial setup" (/camunda/api/admin/setup/…) once the system
 * has any user: the first administrator of an empty installation is created there, nobody after
 * that. Camunda itself only checks that camunda-admin has no direct member (see {@link AdminGroupGuard}).
 */
public class AdminSetupGuard extends OncePerRequestFilter {

  private final IdentityService identityService;

  public AdminSetupGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (systemIsSetUp()) {
      RestErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "系统已完成初始设置，不能再通过初始设置创建管理员 / The system is set up: no administrator can be created through the initial setup");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Asked without a logged-in user, so the engine counts every user. */
  boolean systemIsSetUp() {
    return identityService.createUserQuery().count() > 0;
  }
}
