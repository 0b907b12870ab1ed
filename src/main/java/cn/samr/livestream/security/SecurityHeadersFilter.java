package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer of the REST APIs (/api, /engine-rest), error answers included: they carry personal
 * data, so no cache may keep them; a browser must not guess a JSON answer to be HTML or script, nor show
 * it in a frame of another site. Set before anything else runs, so a 401 from the authentication filter
 * and a 404 rendered by /error keep them. (The webapps under /camunda get theirs from Camunda's
 * HeaderSecurityFilter and CacheControlFilter.) Whatever runs later cannot weaken them: Camunda's REST
 * layer, for one, sets {@code Cache-Control: no-cache} on its answers.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final Map<String, String> HEADERS = Map.of(
      "X-Content-Type-Options", "nosniff",
      "Cache-Control", "no-store",
      "Pragma", "no-cache",
      "X-Frame-Options", "DENY",
      "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HEADERS.forEach(response::setHeader);
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!isOwn(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!isOwn(name)) {
          super.addHeader(name, value);
        }
      }

      @Override
      public void reset() {
        super.reset();
        HEADERS.forEach(response::setHeader);
      }
    });
  }

  private static boolean isOwn(String name) {
    return HEADERS.keySet().stream().anyMatch(name::equalsIgnoreCase);
  }
}
