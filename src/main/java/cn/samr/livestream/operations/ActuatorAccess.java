package cn.samr.livestream.operations;

import cn.samr.livestream.security.ApiAuthenticationFilter;
import cn.samr.livestream.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The door of /actuator (health, metrics, Prometheus): the same HTTP Basic login against Camunda's users as /api and
 * /engine-rest (wrong passwords count towards the same lockout), then the {@link OperationsRole}: anonymous 401,
 * anyone else 403. The webapps' session does not open it.
 *
 * <p>Fails closed: the filters cover every path under /actuator whatever is exposed, and the application refuses to
 * start when the actuator would be served where these filters do not run (its own port, another base path) or when
 * more than {@link #EXPOSED} is exposed.
 */
@Configuration(proxyBeanMethods = false)
public class ActuatorAccess {

  public static final String BASE_PATH = "/actuator";
  public static final String PATHS = BASE_PATH + "/*";
  /** What the operations view serves; nothing that changes anything, nothing that shows configuration or memory. */
  static final Set<String> EXPOSED = Set.of("health", "metrics", "prometheus");

  public ActuatorAccess(Environment environment) {
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("运维端点配置不安全，拒绝启动 / Refusing to start: the actuator would be exposed "
          + "beyond the operations door:\n  - " + String.join("\n  - ", problems));
    }
  }

  static List<String> problems(Environment environment) {
    List<String> problems = new ArrayList<>();
    String managementPort = environment.getProperty("management.server.port");
    if (managementPort != null && !managementPort.equals(environment.getProperty("server.port"))) {
      problems.add("management.server.port=" + managementPort + "：运维端点须与应用同一端口（认证过滤器只在应用端口上）"
          + " / the actuator must share the application's port, where its login runs");
    }
    String basePath = environment.getProperty("management.endpoints.web.base-path", BASE_PATH);
    if (!BASE_PATH.equals(basePath)) {
      problems.add("management.endpoints.web.base-path=" + basePath + "：须为 " + BASE_PATH + " / must be " + BASE_PATH);
    }
    String include = environment.getProperty("management.endpoints.web.exposure.include", "health");
    for (String endpoint : include.split(",")) {
      String id = endpoint.trim();
      if (!id.isEmpty() && !EXPOSED.contains(id)) {
        problems.add("management.endpoints.web.exposure.include 含 " + id + "：只允许 " + EXPOSED.stream().sorted().toList()
            + " / only these endpoints may be exposed");
      }
    }
    // Spring Boot's own default is unrestricted: the setting must be there
    if (!Objects.equals(environment.getProperty("management.endpoints.access.default"), "read-only")) {
      problems.add("management.endpoints.access.default 须为 read-only / endpoints must be read-only");
    }
    return problems;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthenticationFilter(ProcessEngine processEngine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine));
    registration.setName("actuator-authentication");
    registration.addUrlPatterns(PATHS);
    // HTTP Basic only: a browser's webapp session is no way in
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OperationsRoleFilter> actuatorRoleFilter(OperationsRole role, CurrentUser currentUser,
      IdentityService identityService) {
    FilterRegistrationBean<OperationsRoleFilter> registration =
        new FilterRegistrationBean<>(new OperationsRoleFilter(role, currentUser, identityService));
    registration.setName("actuator-operations-role");
    registration.addUrlPatterns(PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }
}
