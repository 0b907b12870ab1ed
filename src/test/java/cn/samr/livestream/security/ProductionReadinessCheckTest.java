package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.samr.livestream.Application;
import cn.samr.livestream.security.ProductionReadinessCheck.ProcessUser;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile refuses weak settings; each rule is one entry of the list it refuses with. */
class ProductionReadinessCheckTest {

  /** The user deploy/livestream-supervision.service runs the application as. */
  static final ProcessUser SERVICE_USER = new ProcessUser("livestream", 998);

  @Test
  void aHardenedConfigurationPasses() {
    assertThat(ProductionReadinessCheck.problems(hardened(), hardenedEngine(), SERVICE_USER)).isEmpty();
  }

  @Test
  void everyWeakeningIsReported() {
    assertThat(problem(hardened().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x"))).contains("MySQL");
    MockEnvironment h2Only = hardened();
    h2Only.setActiveProfiles("prod");
    assertThat(problem(h2Only)).contains("MySQL");
    MockEnvironment local = hardened();
    local.setActiveProfiles("prod", "mysql", "local");
    assertThat(problem(local)).contains("演示");
    assertThat(problem(hardened().withProperty("livestream.demo.password", "demo2026"))).contains("演示");
    assertThat(problem(hardened().withProperty("camunda.bpm.admin-user.id", "admin"))).contains("admin-user");
    assertThat(problem(hardened().withProperty("spring.datasource.password", "demo2026"))).contains("DB_PASSWORD");
    assertThat(problem(hardened().withProperty("spring.datasource.password", ""))).contains("DB_PASSWORD");
    assertThat(problem(hardened().withProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie", "false")))
        .contains("Secure");
    assertThat(problem(hardened().withProperty("camunda.bpm.webapp.session-cookie.enable-same-site-cookie", "false")))
        .contains("SameSite");
    assertThat(problem(hardened().withProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", "false")))
        .contains("CSRF");
    assertThat(problem(hardened().withProperty("server.servlet.session.cookie.secure", "false"))).contains("Servlet");
    assertThat(problem(hardened().withProperty("camunda.bpm.webapp.header-security.hsts-disabled", "true")))
        .contains("HSTS");

    StandaloneInMemProcessEngineConfiguration noPolicy = hardenedEngine();
    noPolicy.setEnablePasswordPolicy(false);
    assertThat(ProductionReadinessCheck.problems(hardened(), noPolicy, SERVICE_USER)).singleElement().asString().contains("密码策略");
    StandaloneInMemProcessEngineConfiguration unlimited = hardenedEngine();
    unlimited.setQueryMaxResultsLimit(Integer.MAX_VALUE);
    assertThat(ProductionReadinessCheck.problems(hardened(), unlimited, SERVICE_USER)).singleElement().asString()
        .contains("queryMaxResultsLimit");
    StandaloneInMemProcessEngineConfiguration noThrottling = hardenedEngine();
    noThrottling.setLoginMaxAttempts(0);
    assertThat(ProductionReadinessCheck.problems(hardened(), noThrottling, SERVICE_USER)).singleElement().asString()
        .contains("登录失败");
    StandaloneInMemProcessEngineConfiguration noAuthorization = hardenedEngine();
    noAuthorization.setAuthorizationEnabled(false);
    assertThat(ProductionReadinessCheck.problems(hardened(), noAuthorization, SERVICE_USER)).singleElement().asString()
        .contains("授权");
  }

  @Test
  void rootIsRefusedByUidWhateverItIsCalled() {
    assertThat(ProductionReadinessCheck.problems(hardened(), hardenedEngine(), new ProcessUser("root", 0)))
        .singleElement().asString().contains("root").contains("uid 0");
    assertThat(ProductionReadinessCheck.problems(hardened(), hardenedEngine(), new ProcessUser("toor", 0)))
        .singleElement().asString().contains("root");
    // no uid (Windows): the name decides
    assertThat(ProductionReadinessCheck.problems(hardened(), hardenedEngine(), new ProcessUser("root", -1))).hasSize(1);
    assertThat(ProductionReadinessCheck.problems(hardened(), hardenedEngine(), new ProcessUser("livestream", -1))).isEmpty();
  }

  @Test
  void theEngineIsNotBuiltAsRoot() {
    ProductionReadinessCheck asRoot = new ProductionReadinessCheck(hardened(), () -> new ProcessUser("root", 0));
    assertThatThrownBy(() -> asRoot.postInit(hardenedEngine())).hasMessageContaining("拒绝启动").hasMessageContaining("root");
    new ProductionReadinessCheck(hardened(), () -> SERVICE_USER).postInit(hardenedEngine());
  }

  @Test
  void theOperatingSystemIsAskedForTheUser() {
    ProcessUser current = ProcessUser.current();
    // the uid comes from the system, not from the user.name property
    assertThat(current.uid()).isGreaterThanOrEqualTo(0);
    assertThat(current.isRoot()).isEqualTo(current.uid() == 0);
  }

  @Test
  void theApplicationRefusesToStartInProdOnH2() {
    SpringApplicationBuilder prodOnH2 = new SpringApplicationBuilder(Application.class)
        .profiles("prod")
        .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:prod-refused;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false");
    // as a command-line argument: it outranks the spring.profiles.active the build sets for the suite
    assertThatThrownBy(() -> prodOnH2.run("--spring.profiles.active=prod")).hasStackTraceContaining("拒绝启动").hasStackTraceContaining("MySQL");
  }

  private static String problem(MockEnvironment environment) {
    List<String> problems = ProductionReadinessCheck.problems(environment, hardenedEngine(), SERVICE_USER);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static MockEnvironment hardened() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:mysql://db.internal:3306/livestream")
        .withProperty("spring.datasource.password", "a-Long-random-Secret-91")
        .withProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie", "true")
        .withProperty("camunda.bpm.webapp.session-cookie.enable-same-site-cookie", "true")
        .withProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", "true")
        .withProperty("server.servlet.session.cookie.secure", "true")
        .withProperty("camunda.bpm.webapp.header-security.hsts-disabled", "false");
    environment.setActiveProfiles("mysql", "prod");
    return environment;
  }

  private static StandaloneInMemProcessEngineConfiguration hardenedEngine() {
    StandaloneInMemProcessEngineConfiguration engine = new StandaloneInMemProcessEngineConfiguration();
    engine.setEnablePasswordPolicy(true);
    engine.setQueryMaxResultsLimit(2000);
    engine.setAuthorizationEnabled(true);
    return engine;
  }
}
