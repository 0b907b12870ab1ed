package cn.samr.livestream.platform;

import java.time.Clock;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The platforms' interface /platform-api/*: its filter, after the shared hardening (security headers, UTF-8 only,
 * login throttling per address: security.ApiHardening) and before the controllers; its OpenAPI group.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformApiConfiguration {

  public static final String PATHS = "/platform-api/*";
  public static final String GROUP = "platform-api-v1";

  @Bean
  PlatformRateLimiter platformRateLimiter(Clock clock, PlatformMapper mapper) {
    return new PlatformRateLimiter(clock, mapper);
  }

  @Bean
  FilterRegistrationBean<PlatformApiFilter> platformApiFilter(PlatformClients clients, PlatformMapper mapper,
      PlatformRateLimiter limiter, PlatformApiSettings settings, Clock clock) {
    FilterRegistrationBean<PlatformApiFilter> registration =
        new FilterRegistrationBean<>(new PlatformApiFilter(clients, mapper, limiter, settings, clock));
    registration.setName("platform-api-authentication");
    registration.addUrlPatterns(PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Only /platform-api/v1 is described: officers' /api and the engine's REST API are not the platforms' business. */
  @Bean
  GroupedOpenApi platformApiV1() {
    return GroupedOpenApi.builder().group(GROUP).displayName("平台协同共治接口 v1 / platform API v1")
        .pathsToMatch("/platform-api/v1/**").packagesToScan("cn.samr.livestream.platform.api.v1")
        .addOpenApiCustomizer(PlatformOpenApi::describe)
        .build();
  }
}
