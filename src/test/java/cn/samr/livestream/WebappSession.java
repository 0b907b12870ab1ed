package cn.samr.livestream;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A user logged in to the Camunda webapps as a browser is: a session cookie from the login form and the
 * CSRF token the webapps hand out, sent back as {@code X-XSRF-TOKEN} on every write. Talks raw HTTP
 * (java.net.http) so tests control the body, its length and chunking byte for byte.
 */
public final class WebappSession {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String csrfToken;

  private WebappSession(String base) {
    this.base = base;
    this.client = newClient();
  }

  private HttpClient newClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Logs {@code user} (password {@link TestUsers#PASSWORD}) in to the webapp {@code app} ({@code tasklist},
   * {@code cockpit}, {@code admin}) on the application at {@code port}.
   */
  public static WebappSession login(int port, String user, String app) throws IOException, InterruptedException {
    WebappSession session = new WebappSession("http://localhost:" + port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/")).GET());
    String form = "username=" + user + "&password=" + TestUsers.PASSWORD;
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri(LOGIN + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("webapp login of " + user + " answered " + login.statusCode());
    }
    // the login starts a new session; its CSRF token comes with the next read
    session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")).GET());
    return session;
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** The session's cookies as a Cookie header, for a request written by hand. */
  public String cookieHeader() {
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(java.util.stream.Collectors.joining("; "));
  }

  /** The CSRF token the webapps handed to this session. */
  public String csrfToken() {
    return csrfToken;
  }

  /** The path on another application node of the same host: the session cookie goes there too (cookies know no port). */
  public URI uriOn(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * Sends the request with the session's cookie but without its CSRF token: what another site can make the logged-in
   * user's browser send.
   */
  public HttpResponse<String> sendForged(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends the request with the session's cookie and CSRF token; remembers a renewed token. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return send(client, request);
  }

  /**
   * As {@link #send}, on a connection of its own: for a request after one the server answered and then closed (a body
   * refused unread), which a pooled connection could meet already closed.
   */
  public HttpResponse<String> sendOnNewConnection(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return send(newClient(), request);
  }

  private HttpResponse<String> send(HttpClient through, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    HttpResponse<String> response = through.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
    return response;
  }
}
