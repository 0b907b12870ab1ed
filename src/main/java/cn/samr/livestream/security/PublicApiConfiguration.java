package cn.samr.livestream.security;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public door ({@link PublicApiFilter}) on /public-api/* and /public/*, first of all filters (before the
 * session filter, which then sees no cookie). Neither path goes through the /api authentication.
 */
@Configuration(proxyBeanMethods = false)
public class PublicApiConfiguration {

  public static final String PUBLIC_API = "/public-api/*";
  public static final String PUBLIC_PAGES = "/public/*";

  @Bean
  public FilterRegistrationBean<PublicApiFilter> publicApiFilter(Clock clock,
      @Value("${livestream.public.requests-per-minute:60}") int requestsPerMinute) {
    if (requestsPerMinute < 1) {
      throw new IllegalStateException("livestream.public.requests-per-minute must be at least 1");
    }
    FilterRegistrationBean<PublicApiFilter> registration =
        new FilterRegistrationBean<>(new PublicApiFilter(requestsPerMinute, clock));
    registration.setName("public-api");
    registration.addUrlPatterns(PUBLIC_API, PUBLIC_PAGES);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
