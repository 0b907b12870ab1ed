package cn.samr.livestream.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;

/**
 * How /api/* callers log in: HTTP Basic, as on /engine-rest; and, for the few read-only addresses that the webapps'
 * own pages call ({@link #WEBAPP_READABLE}), also the login of the webapps' session (the Camunda login form), so that
 * the Welcome page can read them without a second password prompt.
 *
 * <p>Why so narrow: the session cookie goes with every request the browser sends, including one another site makes
 * it send. Every other /api address keeps HTTP Basic only — writes, and reads with side effects such as the personal
 * data access log. An address listed here is GET/HEAD only, changes nothing, and its answer is readable by this
 * origin alone. Credentials in an Authorization header always win over the session. Only the user id is taken from
 * the session: the user must still exist, and {@code ProcessEngineAuthenticationFilter} loads the groups afresh, so
 * a membership removed in Admin counts at once.
 */
public class ApiAuthenticationProvider extends HttpBasicAuthenticationProvider {

  /** /api addresses (below the context path) that accept the webapps' login for GET and HEAD. */
  public static final Set<String> WEBAPP_READABLE = Set.of("/api/calendar/status");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && webappReadable(request)) {
      String userId = webappUser(request, engine);
      if (userId != null) {
        return AuthenticationResult.successful(userId);
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  private static boolean webappReadable(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return WEBAPP_READABLE.contains(path);
  }

  /** The user logged in to the webapps in this request's session, if any and if the user still exists. */
  private static String webappUser(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName());
    String userId = authentication == null ? null : authentication.getIdentityId();
    if (userId == null || engine.getIdentityService().createUserQuery().userId(userId).count() != 1) {
      return null;
    }
    return userId;
  }
}
