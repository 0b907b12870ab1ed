package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.TestAdministrator;
import cn.samr.livestream.TestHttp;
import cn.samr.livestream.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 11 §4: wrong passwords must throttle guessing without letting an anonymous caller lock an officer
 * out for good. The engine clock stands in for waiting (ClockUtil, never sleeping).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

  static final String OFFICER = "test-lockout-baoshan";
  static final String OTHER = "test-lockout-pudong";
  /** Camunda's default loginMaxAttempts. */
  static final int MAX_ATTEMPTS = 10;
  /** application.yaml: livestream.security.login.*. */
  static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
  static final int ADDRESS_MAX_FAILURES = 30;
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter;
  final ObjectMapper json = new ObjectMapper();
  TestUsers users;
  long now;

  @BeforeEach
  void setUp() {
    users = new TestUsers(identityService);
    users.create(OFFICER, "district-310113");
    users.create(OTHER, "district-310115");
    now = System.currentTimeMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    loginThrottleFilter.getFilter().forgetAll();
    users.removeAll();
  }

  /** Without LockingIdentityProvider the account stays locked (401) until an administrator unlocks it. */
  @Test
  void tenWrongPasswordsLockTheAccountOnlyForTheDocumentedPeriod(CapturedOutput output) {
    lockOut(OFFICER);
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

    advance(ACCOUNT_LOCK.minusMinutes(1));
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND); // logged in, no such path
    // and the right password cleared the count: one more wrong one is a short delay again, not 15 minutes
    assertThat(apiStatus(OFFICER, "wrong-guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
    advance(Duration.ofSeconds(61));
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND);
    // one audit line per lock, with the user id and never the password
    assertThat(output.getAll()).contains("account locked after " + MAX_ATTEMPTS + " failed logins: user=" + OFFICER)
        .doesNotContain("wrong-guess");
  }

  @Test
  void aWrongPasswordAfterTheLockLocksAgain() {
    lockOut(OFFICER);
    advance(ACCOUNT_LOCK.plusSeconds(1));
    assertThat(apiStatus(OFFICER, "wrong-guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
    advance(ACCOUNT_LOCK.minusMinutes(1));
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theAdministratorUnlocksThroughEngineRestAndNobodyElseCan() {
    lockOut(OFFICER);
    // another officer may not unlock (only camunda-admin may)
    assertThat(TestHttp.send(http, OTHER, HttpMethod.POST, "/engine-rest/user/" + OFFICER + "/unlock", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(TestHttp.send(http, TestAdministrator.ID, HttpMethod.POST, "/engine-rest/user/" + OFFICER + "/unlock",
        null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theWebappsLoginIsThrottledTheSameWay() {
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      advance(Duration.ofSeconds(61));
      assertThat(webappLogin(OFFICER, "wrong-guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(webappLogin(OFFICER, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    advance(ACCOUNT_LOCK.plusSeconds(1));
    assertThat(webappLogin(OFFICER, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /**
   * Guessing across accounts from one address: after the limit the address is refused (429) for every
   * account, its passwords unchecked; a lock of one account meanwhile does not grow. Without
   * LoginThrottleFilter each attempt is a plain 401 and the right password logs in.
   */
  @Test
  void oneAddressGuessingAcrossAccountsIsRefusedForAWhile(CapturedOutput output) throws Exception {
    for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      advance(Duration.ofSeconds(1));
      assertThat(apiStatus("guessed-user-" + i, "wrong-guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(output.getAll()).contains("login blocked after " + ADDRESS_MAX_FAILURES + " failed logins: address=");

    ResponseEntity<String> refused = TestHttp.send(http, OFFICER, HttpMethod.GET, "/api/anything", null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(json.readTree(refused.getBody()).get("code").asText()).isEqualTo("TOO_MANY_LOGIN_FAILURES");
    assertThat(TestHttp.send(http, OFFICER, HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(webappLogin(OFFICER, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // the blocked address's guesses never reach the account
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      assertThat(apiStatus(OTHER, "wrong-guess")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }
    // requests without a password are not its business
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    advance(ADDRESS_WINDOW.plusSeconds(1));
    assertThat(apiStatus(OFFICER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(apiStatus(OTHER, TestUsers.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Ten wrong passwords, each after the previous delay has passed, as the attack spaces them. */
  private void lockOut(String user) {
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      advance(Duration.ofSeconds(61));
      assertThat(apiStatus(user, "wrong-guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    advance(Duration.ofSeconds(1));
  }

  private HttpStatus apiStatus(String user, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(user, password)
        .getForEntity("/api/anything", String.class).getStatusCode().value());
  }

  /** The webapps' login form, with the session and CSRF token the login page hands out. */
  private ResponseEntity<String> webappLogin(String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    headers.put(HttpHeaders.COOKIE, cookies.stream().map(cookie -> cookie.split(";", 2)[0]).toList());
    return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
  }

  private void advance(Duration duration) {
    now += duration.toMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }
}
