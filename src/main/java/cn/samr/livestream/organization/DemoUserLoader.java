package cn.samr.livestream.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Creates the demo users of organization/demo-users.yaml, only in the profile {@code local} with
 * {@code livestream.demo.enabled=true}, only those missing. Their password is
 * {@code livestream.demo.password} (no default here). Runs after {@link OrganizationLoader} has
 * created the groups. Logs one block listing the users it created.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "livestream.demo.enabled", havingValue = "true")
public class DemoUserLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoUserLoader.class);
  static final Resource USERS = new ClassPathResource("organization/demo-users.yaml");

  private final IdentityService identityService;
  private final Environment environment;

  public DemoUserLoader(IdentityService identityService, Environment environment) {
    this.identityService = identityService;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    createMissingUsers();
  }

  List<String> createMissingUsers() {
    String password = environment.getProperty("livestream.demo.password");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("livestream.demo.enabled is true but livestream.demo.password is not set");
    }
    List<String> created = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (Map<?, ?> entry : readUsers()) {
      String id = String.valueOf(entry.get("id"));
      if (identityService.createUserQuery().userId(id).count() > 0) {
        continue;
      }
      User user = identityService.newUser(id);
      user.setFirstName(String.valueOf(entry.get("firstName")));
      user.setLastName(String.valueOf(entry.get("lastName")));
      user.setPassword(password);
      identityService.saveUser(user);
      List<String> groups = new ArrayList<>();
      if (entry.get("groups") instanceof List<?> list) {
        list.forEach(g -> groups.add(String.valueOf(g)));
      }
      for (String group : groups) {
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
          throw new IllegalStateException("Demo user " + id + ": group " + group + " does not exist");
        }
        identityService.createMembership(id, group);
      }
      created.add(id);
      block.append(String.format("%n  %-18s %-24s %-10s %s", id, String.join(",", groups), password,
          user.getLastName() + user.getFirstName()));
    }
    if (!created.isEmpty()) {
      log.warn("""

          ==================== DEMO USERS CREATED (profile local) ====================
            user               group(s)                 password   name\
          {}
          Log in at /camunda or use HTTP Basic on /engine-rest and /api.
          ============================================================================""", block);
    }
    return created;
  }

  private List<Map<?, ?>> readUsers() {
    try (InputStream in = USERS.getInputStream()) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<Map<?, ?>> users = new ArrayList<>();
      if (root instanceof Map<?, ?> top && top.get("users") instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> map && map.get("id") != null) {
            users.add(map);
          } else {
            throw new IllegalStateException("demo-users.yaml: every user needs an id: " + item);
          }
        }
      }
      return users;
    } catch (IOException e) {
      throw new IllegalStateException("demo-users.yaml cannot be read", e);
    }
  }
}
