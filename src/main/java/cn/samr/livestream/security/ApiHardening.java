package cn.samr.livestream.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters in front of the REST APIs (our /api, the platforms' /platform-api, the engine's /engine-rest, /actuator and the
 * webapps' copy under /camunda/api): response headers, UTF-8 only, login throttling per address, no direct /error. They run
 * before the authentication filters, so their answers and headers hold for anonymous callers too.
 */
@Configuration(proxyBeanMethods = false)
public class ApiHardening {

  /** The platforms' interface (feature platform) gets the same hardening; its own door comes after these. */
  static final String PLATFORM_API = "/platform-api/*";
  /** The operations view (health, metrics, Prometheus; operations.ActuatorAccess): its door comes after these. */
  static final String ACTUATOR = "/actuator/*";
  static final String[] REST_APIS = {"/api/*", "/engine-rest/*", PLATFORM_API, ACTUATOR};

  @Bean
  public FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("rest-security-headers");
    registration.addUrlPatterns(REST_APIS);
    registration.addUrlPatterns("/error");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<DirectErrorPathFilter> directErrorPathFilter() {
    FilterRegistrationBean<DirectErrorPathFilter> registration = new FilterRegistrationBean<>(new DirectErrorPathFilter());
    registration.setName("direct-error-path");
    registration.addUrlPatterns("/error");
    // REQUEST only (the default): the server's own error dispatches to /error pass
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(Clock clock,
      @Value("${livestream.security.login.address-max-failures:30}") int maxFailures,
      @Value("${livestream.security.login.address-window-minutes:15}") long windowMinutes) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(Math.max(1, maxFailures), Duration.ofMinutes(Math.max(1, windowMinutes)), clock));
    registration.setName("login-throttle");
    registration.addUrlPatterns(REST_APIS);
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<RequestCharsetFilter> requestCharsetFilter() {
    FilterRegistrationBean<RequestCharsetFilter> registration = new FilterRegistrationBean<>(new RequestCharsetFilter());
    registration.setName("request-charset");
    registration.addUrlPatterns(REST_APIS);
    registration.addUrlPatterns(WebappHardening.ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }
}
