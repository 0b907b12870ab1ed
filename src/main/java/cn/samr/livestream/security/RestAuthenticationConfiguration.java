package cn.samr.livestream.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against Camunda's identity service for the engine REST API
 * (/engine-rest/*) and our own REST API (/api/*). An authenticated request runs with
 * IdentityService's current authentication set (user and groups), so the engine's authorization
 * checks apply and {@link CurrentUser} tells controllers who calls; without valid credentials the
 * answer is 401 with a Basic challenge. The webapps (/camunda) keep their own session login, which /api accepts
 * only for the read-only addresses of {@link ApiAuthenticationProvider#WEBAPP_READABLE}.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

  static final String PROVIDER = HttpBasicAuthenticationProvider.class.getName();

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    // HTTP Basic, and the webapps' login for the few read-only addresses the webapps' pages call
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ApiAuthenticationProvider.class.getName());
    return registration;
  }
}
