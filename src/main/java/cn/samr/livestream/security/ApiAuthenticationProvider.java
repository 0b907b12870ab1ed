package cn.samr.livestream.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
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
 * the Welcome page can read them without a second password prompt. The API of the application's own pages
 * ({@link #WEBAPP_PAGE_APIS}: the register page, the charts page, the Tasklist hand-offs, the notifications of every
 * page) takes the session too: reads as above, writes only with the
 * webapps' CSRF token in {@value #CSRF_HEADER} — the token Camunda keeps in the session and hands to the pages, which
 * another site cannot read — so that a request another site makes the browser send is refused.
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
  public static final Set<String> WEBAPP_READABLE = Set.of("/api/calendar/status", WebappCsrfTokenController.PATH);
  /** /api address prefixes of the application's own pages: the session for reads, the session + CSRF token for writes. */
  public static final List<String> WEBAPP_PAGE_APIS = List.of("/api/subjects", "/api/reports", "/api/tasks",
      "/api/notifications", "/api/notification-preferences");
  /** The header and session attribute of the webapps' CSRF protection (Camunda's CsrfPreventionFilter). */
  public static final String CSRF_HEADER = "X-XSRF-TOKEN";
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

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
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read && WEBAPP_READABLE.contains(path)) {
      return true;
    }
    if (!pageApi(path)) {
      return false;
    }
    return read || csrfTokenMatches(request);
  }

  /** Under a page API prefix, and plainly so: no path parameters, encoded or dot segments (those fall back to Basic). */
  private static boolean pageApi(String path) {
    if (path.contains(";") || path.contains("%") || path.contains("//") || path.contains("/.")) {
      return false;
    }
    return WEBAPP_PAGE_APIS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String header = request.getHeader(CSRF_HEADER);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return header != null && expected instanceof String token && !token.isEmpty()
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
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
