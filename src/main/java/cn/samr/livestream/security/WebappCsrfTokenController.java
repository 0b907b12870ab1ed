package cn.samr.livestream.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webapps' CSRF token for the application's own pages: Camunda keeps it in the session and gives it to its apps in
 * a cookie scoped to /camunda, which a page outside /camunda cannot read. This read hands the same token to a page of
 * this origin that is logged in to the webapps; another site can make the browser send the request but cannot read
 * the answer (no CORS), so the token stays this origin's. Session login only ({@link ApiAuthenticationProvider}).
 */
@RestController
class WebappCsrfTokenController {

  static final String PATH = "/api/session/csrf-token";

  @GetMapping(PATH)
  ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(ApiAuthenticationProvider.CSRF_SESSION_ATTRIBUTE);
    if (!(token instanceof String value) || value.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", value));
  }
}
