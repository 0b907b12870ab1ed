package cn.samr.livestream.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The actuator refuses to start where its door would not stand: another port, another path, more endpoints. */
class ActuatorAccessTest {

  @Test
  void theApplicationsSettingsPass() {
    assertThat(ActuatorAccess.problems(new MockEnvironment().withProperty("server.port", "8080")
        .withProperty("management.endpoints.web.exposure.include", "health, metrics, prometheus")
        .withProperty("management.endpoints.access.default", "read-only"))).isEmpty();
  }

  @Test
  void everyWayAroundTheDoorIsRefused() {
    MockEnvironment weakened = new MockEnvironment().withProperty("server.port", "8080")
        .withProperty("management.server.port", "9090")
        .withProperty("management.endpoints.web.base-path", "/manage")
        .withProperty("management.endpoints.web.exposure.include", "health,env,heapdump")
        .withProperty("management.endpoints.access.default", "unrestricted");
    assertThat(ActuatorAccess.problems(weakened)).hasSize(5).anyMatch(p -> p.contains("9090"))
        .anyMatch(p -> p.contains("/manage")).anyMatch(p -> p.contains("env")).anyMatch(p -> p.contains("heapdump"))
        .anyMatch(p -> p.contains("read-only"));
    assertThatThrownBy(() -> new ActuatorAccess(weakened)).hasMessageContaining("拒绝启动");
    assertThat(ActuatorAccess.problems(new MockEnvironment().withProperty("management.endpoints.web.exposure.include",
        "*").withProperty("management.endpoints.access.default", "read-only"))).hasSize(1);
    assertThat(ActuatorAccess.problems(new MockEnvironment())).as("access left at Spring Boot's default")
        .singleElement().asString().contains("read-only");
  }
}
