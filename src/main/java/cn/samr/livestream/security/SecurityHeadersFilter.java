package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer of the REST APIs (/api, /engine-rest), error answers included: they carry personal
 * data, so no cache may keep them; a browser must not guess a JSON answer to be HTML or script, nor show
 * it in a frame of another site. Set before anything else runs, so a 401 from the authentication filter
 * and a 404 rendered by /error keep them. (The webapps under /camunda get theirs from Camunda's
 * HeaderSecurityFilter and CacheControlFilter.)
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    chain.doFilter(request, response);
  }
}
