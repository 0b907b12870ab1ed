package cn.samr.livestream.operations;

import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the authentication of /actuator: the caller must hold the {@link OperationsRole}, else 403 — officers,
 * heads, supervisors and administrators alike. A caller who gets through reads the engine's aggregate state (counts,
 * metrics), not records: the request's Camunda authentication is cleared so that the engine's per-user authorization
 * checks do not hide jobs or incidents from the counts (the operations group has no engine grants at all).
 */
class OperationsRoleFilter extends OncePerRequestFilter {

  private final OperationsRole role;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final ObjectMapper json = new ObjectMapper();

  OperationsRoleFilter(OperationsRole role, CurrentUser currentUser, IdentityService identityService) {
    this.role = role;
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!currentUser.isAuthenticated() || !role.isHeldBy(currentUser.groupIds())) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), ApiError.of("FORBIDDEN", "运行状态与指标仅供运维组查看",
          "the health and metrics are for the operations group only"));
      return;
    }
    identityService.clearAuthentication();
    chain.doFilter(request, response);
  }
}
