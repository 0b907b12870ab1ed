package cn.samr.livestream.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The profile {@code prod} refuses to start unless the installation is one a bureau's security
 * review would accept. Runs while the engine is built (after every plugin's settings are applied),
 * before the web server opens its port; lists every problem at once.
 */
@Component
@Profile("prod")
public class ProductionReadinessCheck extends AbstractProcessEnginePlugin {

  /** Passwords nobody may run production with: the demo password and the usual defaults. */
  static final Set<String> WEAK_PASSWORDS = Set.of("demo2026", "demo", "password", "passw0rd", "admin", "root",
      "camunda", "123456", "12345678", "changeme", "secret", "test");

  private final Environment environment;
  private final Supplier<ProcessUser> processUser;

  @Autowired
  public ProductionReadinessCheck(Environment environment) {
    this(environment, ProcessUser::current);
  }

  /** With the operating-system user the check sees, so that tests need not run as root or not. */
  ProductionReadinessCheck(Environment environment, Supplier<ProcessUser> processUser) {
    this.environment = environment;
    this.processUser = processUser;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<String> problems = problems(environment, configuration, processUser.get());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("生产环境配置不合格，拒绝启动 / Refusing to start the prod profile:\n  - "
          + String.join("\n  - ", problems));
    }
  }

  static List<String> problems(Environment env, ProcessEngineConfigurationImpl engine, ProcessUser user) {
    List<String> problems = new ArrayList<>();
    if (user.isRoot()) {
      // whatever an attacker makes the application do, it does with the rights of this user
      problems.add("不得以 root 身份运行，请使用专用的非特权用户（见 deploy/livestream-supervision.service） / must not run as root: "
          + "use an unprivileged user of its own (see deploy/livestream-supervision.service); running as " + user);
    }
    List<String> profiles = Arrays.asList(env.getActiveProfiles());
    String url = env.getProperty("spring.datasource.url", "");
    if (!profiles.contains("mysql") || url.startsWith("jdbc:h2:")) {
      problems.add("数据库必须是 MySQL（同时启用 mysql 配置） / the database must be MySQL (activate the mysql profile), not H2: " + url);
    }
    if (profiles.contains("local") || env.getProperty("livestream.demo.enabled", Boolean.class, false)
        || env.containsProperty("livestream.demo.password")) {
      problems.add("不得启用演示用户和演示密码（local 配置、livestream.demo.*） / demo users and the demo password must be off (profile local, livestream.demo.*)");
    }
    if (env.containsProperty("camunda.bpm.admin-user.id") || env.containsProperty("camunda.bpm.admin-user.password")) {
      problems.add("不得通过配置创建管理员（camunda.bpm.admin-user） / no administrator may be created from properties (camunda.bpm.admin-user)");
    }
    String dbPassword = env.getProperty("spring.datasource.password", "");
    if (dbPassword.isBlank() || WEAK_PASSWORDS.contains(dbPassword.toLowerCase(Locale.ROOT))) {
      problems.add("数据库密码为空或为默认密码（DB_PASSWORD） / the database password (DB_PASSWORD) is empty or a default");
    }
    require(problems, env, "camunda.bpm.webapp.session-cookie.enable-secure-cookie", true,
        "会话 Cookie 必须设置 Secure / the webapps' session cookie must be Secure");
    require(problems, env, "camunda.bpm.webapp.session-cookie.enable-same-site-cookie", true,
        "会话 Cookie 必须设置 SameSite / the webapps' session cookie must carry SameSite");
    require(problems, env, "camunda.bpm.webapp.csrf.enable-secure-cookie", true,
        "CSRF Cookie 必须设置 Secure / the CSRF cookie must be Secure");
    require(problems, env, "server.servlet.session.cookie.secure", true,
        "Servlet 会话 Cookie 必须设置 Secure / the servlet session cookie must be Secure");
    require(problems, env, "camunda.bpm.webapp.header-security.hsts-disabled", false,
        "必须启用 HSTS / HSTS must be on (camunda.bpm.webapp.header-security.hsts-disabled=false)");
    if (!engine.isEnablePasswordPolicy()) {
      problems.add("必须启用密码策略 / the password policy must be on (enablePasswordPolicy)");
    }
    if (engine.getQueryMaxResultsLimit() == Integer.MAX_VALUE) {
      problems.add("必须限制查询结果条数 / queryMaxResultsLimit must be configured");
    }
    if (engine.getLoginMaxAttempts() <= 0 || engine.getLoginDelayBase() <= 0) {
      problems.add("必须保留登录失败限制 / login throttling (loginMaxAttempts, loginDelayBase) must stay on");
    }
    if (!engine.isAuthorizationEnabled()) {
      problems.add("必须启用授权检查 / authorization checks must be on");
    }
    return problems;
  }

  private static void require(List<String> problems, Environment env, String property, boolean expected, String problem) {
    Boolean actual = env.getProperty(property, Boolean.class);
    if (actual == null || actual != expected) {
      problems.add(problem + " (" + property + "=" + expected + ")");
    }
  }

  /** The operating-system user the JVM runs as: name and numeric uid (-1 where the system has none). */
  record ProcessUser(String name, long uid) {

    /** uid 0 is root whatever it is called; where there is no uid, the name decides. */
    boolean isRoot() {
      return uid == 0 || (uid < 0 && "root".equals(name));
    }

    /**
     * Asks the operating system, not the {@code user.name} property, which a command line can set.
     * On systems without Unix user ids (Windows) only the name is known.
     */
    static ProcessUser current() {
      try {
        com.sun.security.auth.module.UnixSystem unix = new com.sun.security.auth.module.UnixSystem();
        return new ProcessUser(unix.getUsername(), unix.getUid());
      } catch (LinkageError notUnix) {
        return new ProcessUser(System.getProperty("user.name"), -1);
      }
    }

    @Override
    public String toString() {
      return name + " (uid " + uid + ")";
    }
  }
}
