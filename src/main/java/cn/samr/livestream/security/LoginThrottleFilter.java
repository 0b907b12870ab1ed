package cn.samr.livestream.security;

import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per client address, in front of every place a password is checked: HTTP Basic
 * on /api and /engine-rest, the webapps' login form (POST /camunda/api/admin/auth/user/{engine}/login/{app}).
 *
 * <p>Why: the engine throttles per account ({@link LockingIdentityProvider}); an address that guesses
 * across many accounts, or keeps accounts locked, must be slowed down on its own. After
 * {@code maxFailures} refused logins (401) within {@code window}, the address is refused with 429 and
 * Retry-After for one {@code window}, without its passwords being checked, so it neither guesses nor
 * prolongs any account's lock meanwhile. One audit line per block. Kept in this node's memory (lost on
 * restart, per node); behind a reverse proxy, configure it to pass the client address
 * (server.forward-headers-strategy) or all clients share one.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  /** Beyond this many tracked addresses, those with nothing recent are forgotten. */
  private static final int TRACKED = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Address> addresses = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  public LoginThrottleFilter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesCredentials(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Instant now = clock.instant();
    Instant blockedUntil = blockedUntil(address, now);
    if (blockedUntil != null) {
      refuse(request, response, Duration.between(now, blockedUntil));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(address, clock.instant());
    }
  }

  /** A password to check: a Basic (or any) Authorization header, or the webapps' login form. */
  static boolean carriesCredentials(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/admin/auth/user/")) {
      return "POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/");
    }
    return request.getHeader("Authorization") != null;
  }

  private Instant blockedUntil(String address, Instant now) {
    Address state = addresses.get(address);
    if (state == null) {
      return null;
    }
    synchronized (state) {
      return state.blockedUntil != null && state.blockedUntil.isAfter(now) ? state.blockedUntil : null;
    }
  }

  private void failed(String address, Instant now) {
    if (addresses.size() > TRACKED) {
      addresses.values().removeIf(state -> state.idleAt(now, window));
    }
    Address state = addresses.computeIfAbsent(address, a -> new Address());
    synchronized (state) {
      state.failures.addLast(now);
      while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(now.minus(window))) {
        state.failures.removeFirst();
      }
      if (state.failures.size() >= maxFailures) {
        state.blockedUntil = now.plus(window);
        state.failures.clear();
        LOG.warn("来源地址登录失败{}次，暂停其登录至{} / login blocked after {} failed logins: address={} until={}",
            maxFailures, shown(state.blockedUntil), maxFailures, address, shown(state.blockedUntil));
      }
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Duration left) throws IOException {
    long minutes = Math.max(1, (left.getSeconds() + 59) / 60);
    String chinese = "登录失败次数过多，请" + minutes + "分钟后再试";
    String english = "too many failed logins from this address, try again in " + minutes + " minutes";
    response.setHeader("Retry-After", String.valueOf(Math.max(1, left.getSeconds())));
    if (ApiErrorPaths.answersApiError(request)) {
      response.setStatus(429);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), ApiError.of("TOO_MANY_LOGIN_FAILURES", chinese, english));
    } else {
      RestErrors.write(response, 429, "TooManyLoginFailuresException", chinese + " / " + english);
    }
  }

  private static OffsetDateTime shown(Instant time) {
    return OffsetDateTime.ofInstant(time, ZoneId.systemDefault());
  }

  /** Forgets every address (tests that move the engine clock back). */
  void forgetAll() {
    addresses.clear();
  }

  /** One address's recent failed logins and its block. Guarded by itself. */
  private static final class Address {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant blockedUntil;

    synchronized boolean idleAt(Instant now, Duration window) {
      boolean recentFailure = !failures.isEmpty() && failures.peekLast().isAfter(now.minus(window));
      return !recentFailure && (blockedUntil == null || !blockedUntil.isAfter(now));
    }
  }
}
