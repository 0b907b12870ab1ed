package cn.samr.livestream.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of what anyone may read without login: /public-api/* (published typical cases) and the static pages
 * under /public/*. Shared plumbing, it knows no feature. Only GET and HEAD pass (405 otherwise); the caller's
 * Authorization and Cookie headers are not seen by anything behind it, so nobody is logged in here and no session
 * is read, made or renewed (a session asked for is refused); no cookie is set; each address may make
 * {@code requestsPerMinute} requests a minute (429 with Retry-After); answers may be cached for 5 minutes by anyone
 * and carry the same hardening headers as /api.
 */
public class PublicApiFilter extends OncePerRequestFilter {

  static final Set<String> METHODS = Set.of("GET", "HEAD");
  static final String CACHE_CONTROL = "public, max-age=300";
  static final Duration WINDOW = Duration.ofMinutes(1);
  /** The JSON answers: nothing to run, nothing to embed. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  /** The pages: their own script, style and the public API, nothing else. */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final Set<String> HIDDEN_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

  private final int requestsPerMinute;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public PublicApiFilter(int requestsPerMinute, Clock clock) {
    this.requestsPerMinute = Math.max(1, requestsPerMinute);
    this.clock = clock;
  }

  private record Window(long startMillis, int count) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/public-api/");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
    if (!METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      answer(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "只允许 GET、HEAD",
          "only GET and HEAD");
      return;
    }
    long retryAfter = admit(request.getRemoteAddr());
    if (retryAfter > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      answer(response, 429, "TOO_MANY_REQUESTS", "请求过于频繁，请稍后再试", "too many requests, try again later");
      return;
    }
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    chain.doFilter(new Anonymous(request), new NoCookies(response));
  }

  /** 0 when the request may pass, else the seconds until the address's window ends. */
  long admit(String address) {
    long now = clock.millis();
    Window window = windows.compute(address == null ? "" : address, (key, old) ->
        old == null || now - old.startMillis() >= WINDOW.toMillis() ? new Window(now, 1)
            : new Window(old.startMillis(), old.count() + 1));
    if (windows.size() > 10_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().startMillis() >= WINDOW.toMillis());
    }
    if (window.count() <= requestsPerMinute) {
      return 0;
    }
    return Math.max(1, (window.startMillis() + WINDOW.toMillis() - now + 999) / 1000);
  }

  /** Forgets every address's count (operations; tests that exhaust the limit). */
  public void resetCounts() {
    windows.clear();
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  private static void answer(HttpServletResponse response, int status, String code, String chinese, String english)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    String body = "{\"code\":\"" + code + "\",\"message\":\"" + chinese + " / " + english + "\",\"fieldErrors\":[]}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The request as an anonymous reader makes it: no credentials, no cookies, no session. */
  static final class Anonymous extends HttpServletRequestWrapper {

    Anonymous(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(n -> !hidden(n))
          .toList());
    }

    @Override
    public Cookie[] getCookies() {
      return null;
    }

    @Override
    public String getRemoteUser() {
      return null;
    }

    @Override
    public java.security.Principal getUserPrincipal() {
      return null;
    }

    @Override
    public String getAuthType() {
      return null;
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }

    @Override
    public HttpSession getSession() {
      throw new IllegalStateException("no session on the public pages");
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("no session on the public pages");
      }
      return null;
    }

    private static boolean hidden(String name) {
      return name != null && HIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
  }

  /** The answer without cookies, whoever behind tries to set one. */
  static final class NoCookies extends HttpServletResponseWrapper {

    NoCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
      // none
    }

    @Override
    public void setHeader(String name, String value) {
      if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
