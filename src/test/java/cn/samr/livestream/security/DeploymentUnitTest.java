package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The systemd unit the repository ships (deploy/) keeps the settings docs/operations.md promises: its
 * own unprivileged user, no new privileges, a read-only system but for the data and log folders, a
 * private /tmp, restart on failure, secrets from an environment file. Where systemd-analyze exists,
 * the unit also verifies clean.
 */
class DeploymentUnitTest {

  static final Path UNIT = Path.of("deploy/livestream-supervision.service");
  static final Path ENVIRONMENT = Path.of("deploy/livestream-supervision.env.example");

  @Test
  void theUnitKeepsItsHardening() throws IOException {
    Map<String, List<String>> service = directives(UNIT);
    assertThat(service.get("User")).singleElement().isNotIn("root", "0").isEqualTo("livestream");
    assertThat(service.get("Group")).singleElement().isNotIn("root", "0");
    assertThat(service.get("NoNewPrivileges")).containsExactly("yes");
    assertThat(service.get("ProtectSystem")).containsExactly("strict");
    assertThat(service.get("ReadWritePaths")).singleElement().asString()
        .isEqualTo("/var/lib/livestream-supervision /var/log/livestream-supervision");
    assertThat(service.get("PrivateTmp")).containsExactly("yes");
    assertThat(service.get("ProtectHome")).containsExactly("yes");
    assertThat(service.get("CapabilityBoundingSet")).containsExactly("");
    assertThat(service.get("Restart")).containsExactly("on-failure");
    assertThat(service.get("EnvironmentFile")).containsExactly("/etc/livestream-supervision/livestream-supervision.env");
    // no secret or profile in the unit itself: systemctl show prints it to anyone
    assertThat(service).doesNotContainKey("Environment");
    assertThat(String.join(" ", service.get("ExecStart"))).doesNotContain("DB_PASSWORD").doesNotContain("--spring");
  }

  @Test
  void theEnvironmentExampleNamesEverySecretAndTheProductionProfiles() throws IOException {
    Map<String, List<String>> environment = directives(ENVIRONMENT);
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).containsExactly("mysql,prod");
    assertThat(environment).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD");
    assertThat(ProductionReadinessCheck.WEAK_PASSWORDS).doesNotContain(environment.get("DB_PASSWORD").get(0));
  }

  @Test
  void systemdVerifiesTheUnit() throws Exception {
    Path analyze = Path.of("/usr/bin/systemd-analyze");
    Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
    // verify checks that ExecStart's program exists
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/java")), "no /usr/bin/java here");
    Process verify = new ProcessBuilder(analyze.toString(), "verify", UNIT.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).isEmpty();
    assertThat(verify.exitValue()).isZero();
  }

  /** KEY=value lines, continuation lines joined, comments and section headers left out. */
  private static Map<String, List<String>> directives(Path file) throws IOException {
    String joined = Files.readString(file).replace("\\\n", " ");
    return Arrays.stream(joined.split("\n"))
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("[") && l.contains("="))
        .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf('=')),
            Collectors.mapping(l -> l.substring(l.indexOf('=') + 1).strip(), Collectors.toList())));
  }
}
