package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;

/**
 * Tomcat and Jackson are pinned above Spring Boot's defaults to their latest patch releases (pom.xml
 * tomcat.version, jackson-bom.version): fails when a lower version ends up on the classpath.
 */
class DependencyVersionsTest {

  @Test
  void tomcatIsAtLeastThePinnedPatchRelease() {
    assertThat(compare(ServerInfo.getServerNumber(), "10.1.61")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void jacksonIsAtLeastThePinnedPatchRelease() {
    assertThat(compare(PackageVersion.VERSION.toString(), "2.21.8")).isGreaterThanOrEqualTo(0);
    assertThat(compare(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), "2.21.8"))
        .isGreaterThanOrEqualTo(0);
  }

  /** Compares dotted version numbers, ignoring anything after the numeric parts. */
  static int compare(String actual, String minimum) {
    String[] a = actual.replaceAll("[^0-9.].*$", "").split("\\.");
    String[] m = minimum.split("\\.");
    for (int i = 0; i < m.length; i++) {
      int x = i < a.length ? Integer.parseInt(a[i]) : 0;
      int y = Integer.parseInt(m[i]);
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
