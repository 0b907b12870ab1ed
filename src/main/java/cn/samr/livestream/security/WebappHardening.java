package cn.samr.livestream.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters that close known weaknesses of Camunda 7.24 CE in front of its REST layers and webapps
 * (the edition gets no more patches, so the application does it).
 */
@Configuration(proxyBeanMethods = false)
public class WebappHardening {

  /** The engine REST API and the webapps' own copy of it. */
  static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/engine/*"};

  @Bean
  public FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
    FilterRegistrationBean<ExpressionQueryGuard> registration = new FilterRegistrationBean<>(new ExpressionQueryGuard());
    registration.setName("expression-query-guard");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<EngineInputErrorFilter> engineInputErrorFilter() {
    FilterRegistrationBean<EngineInputErrorFilter> registration = new FilterRegistrationBean<>(new EngineInputErrorFilter());
    registration.setName("engine-input-error");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Outside {@link #engineInputErrorFilter()}: a refusal of the engine reads as 403, in Chinese and English. */
  @Bean
  public FilterRegistrationBean<EngineAuthorizationErrorFilter> engineAuthorizationErrorFilter() {
    FilterRegistrationBean<EngineAuthorizationErrorFilter> registration =
        new FilterRegistrationBean<>(new EngineAuthorizationErrorFilter());
    registration.setName("engine-authorization-error");
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(IdentityService identityService) {
    FilterRegistrationBean<AdminSetupGuard> registration = new FilterRegistrationBean<>(new AdminSetupGuard(identityService));
    registration.setName("admin-setup-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
