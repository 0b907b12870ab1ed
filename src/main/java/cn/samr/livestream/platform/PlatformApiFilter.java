package cn.samr.livestream.platform;

import cn.samr.livestream.platform.PlatformRecords.Call;
import cn.samr.livestream.security.CachedBodyRequest;
import cn.samr.livestream.shared.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The door of /platform-api/*: the platforms' own login, limits and audit, in front of the controllers of
 * {@code platform.api}. Officers' logins do not open it (no Camunda identity is consulted), and what it lets in
 * carries no Camunda identity either, so a client's credentials open nothing on /api, /engine-rest or /camunda
 * (those check Camunda users, which clients never are).
 *
 * <p>In order: the OpenAPI description and its viewer are public (they describe, hold no data); everything else
 * needs HTTP Basic with the client id and secret (401 otherwise); a client over its calls per minute gets 429 with
 * Retry-After; a body over the size limit gets 413, read no further. Every call, refused or not, leaves a row in
 * platform_call_log: client, method, path, status, time, duration, batch id; never a body or a query string.
 */
public class PlatformApiFilter extends OncePerRequestFilter {

  /** The request attribute holding the authenticated {@link PlatformClient}. */
  public static final String CLIENT = PlatformApiFilter.class.getName() + ".client";
  /** The request attribute a controller sets to the batch id of the call, for the audit row. */
  public static final String BATCH_ID = PlatformApiFilter.class.getName() + ".batch";
  static final String REALM = "Basic realm=\"platform-api\", charset=\"UTF-8\"";

  private static final Logger LOG = LoggerFactory.getLogger(PlatformApiFilter.class);

  private final PlatformClients clients;
  private final PlatformMapper mapper;
  private final PlatformRateLimiter limiter;
  private final PlatformApiSettings settings;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  PlatformApiFilter(PlatformClients clients, PlatformMapper mapper, PlatformRateLimiter limiter,
      PlatformApiSettings settings, Clock clock) {
    this.clients = clients;
    this.mapper = mapper;
    this.limiter = limiter;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PlatformApiSettings.isDocumentation(path) && "GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    LocalDateTime calledAt = LocalDateTime.now(clock);
    PlatformClient client = authenticated(request).orElse(null);
    if (client == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
      refuse(request, response, null, path, calledAt, started, HttpServletResponse.SC_UNAUTHORIZED,
          ApiError.of("UNAUTHORIZED", "请以平台客户端编号和密钥登录（HTTP Basic）",
              "log in with the platform client id and secret (HTTP Basic)"));
      return;
    }
    int perMinute = client.getRequestsPerMinute() != null ? client.getRequestsPerMinute() : settings.requestsPerMinute();
    Optional<Duration> wait = limiter.acquire(client.getClientId(), perMinute);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
      refuse(request, response, client, path, calledAt, started, 429, ApiError.of("TOO_MANY_REQUESTS",
          "调用过于频繁：每分钟至多" + perMinute + "次，请" + seconds + "秒后再试",
          "too many calls: at most " + perMinute + " a minute, try again in " + seconds + " s"));
      return;
    }
    Optional<byte[]> body = body(request);
    if (body.isEmpty()) {
      refuse(request, response, client, path, calledAt, started, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          ApiError.of("PAYLOAD_TOO_LARGE", "请求内容超过" + settings.maxBodyBytes() / 1024 + " KB，请分批报送",
              "the body exceeds " + settings.maxBodyBytes() / 1024 + " KB: send it in smaller batches"));
      return;
    }
    request.setAttribute(CLIENT, client);
    // the answer is held back until the call is audited: a client that has its answer finds its audit row
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    boolean failed = true;
    try {
      chain.doFilter(new CachedBodyRequest(request, body.get()), held);
      failed = false;
    } finally {
      audit(client, request, path, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : held.getStatus(),
          calledAt, started);
      held.copyBodyToResponse();
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, PlatformClient client, String path,
      LocalDateTime calledAt, long started, int status, ApiError error) throws IOException {
    audit(client, request, path, status, calledAt, started);
    write(response, status, error);
  }

  private Optional<PlatformClient> authenticated(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0 ? Optional.empty()
        : clients.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  /** The whole body, or empty when it is longer than allowed (declared or sent): read no further then. */
  private Optional<byte[]> body(HttpServletRequest request) throws IOException {
    long declared = request.getContentLengthLong();
    int max = settings.maxBodyBytes();
    if (declared > max) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    try (InputStream in = request.getInputStream()) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > max) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(out.toByteArray());
  }

  private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), error);
  }

  /** One audit row; its failure must not turn an answered call into an error (logged instead). */
  private void audit(PlatformClient client, HttpServletRequest request, String path, int status,
      LocalDateTime calledAt, long started) {
    Call call = new Call();
    call.clientId = client == null ? null : client.getClientId();
    call.method = request.getMethod().length() <= 8 ? request.getMethod() : request.getMethod().substring(0, 8);
    call.path = path.length() <= 200 ? path : path.substring(0, 200);
    call.status = status;
    call.calledAt = calledAt;
    call.durationMs = (System.nanoTime() - started) / 1_000_000;
    Object batch = request.getAttribute(BATCH_ID);
    call.batchId = batch == null ? null : batch.toString();
    try {
      mapper.insertCall(call);
    } catch (RuntimeException e) {
      LOG.error("平台接口调用审计记录写入失败 / platform call audit row not written: client={} status={}",
          call.clientId, status, e);
    }
  }
}
