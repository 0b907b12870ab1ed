package cn.samr.livestream.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's units are held in memory (OrganizationService): a change made through the loader is seen at
 * once, a rolled-back one never, and one made by another node (straight into the table) after the time to live.
 */
@IntegrationTest
class OrganizationCacheTest {

  static final String BAOSHAN = "district-310113";
  static final String BAOSHAN_NAME = "宝山区市场监督管理局";
  static final String RENAMED = "宝山区市场监督管理局（更名测试）";

  @Autowired OrganizationService organization;
  @Autowired OrganizationLoader loader;
  @Autowired OrgUnitMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Value("${livestream.organization.resource}") Resource file;

  @Test
  void aUnitRenamedAndADistrictDeactivatedThroughTheLoaderAreSeenAtOnce() throws IOException {
    assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
    assertThat(organization.districtByCode("AIRPORT")).isPresent();
    String yaml = file.getContentAsString(StandardCharsets.UTF_8).replace("name: " + BAOSHAN_NAME, "name: " + RENAMED)
        .replaceFirst("(code: district-airport[^\\n]*\\n(?:[ ]{4}[^\\n]*\\n)*?[ ]{4}active: )true", "$1false");
    try {
      loader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "renamed Baoshan"));

      assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(RENAMED);
      assertThat(organization.unitOfGroup(BAOSHAN + "-head").orElseThrow().getName()).isEqualTo(RENAMED);
      assertThat(organization.districtByCode("310113").orElseThrow().getName()).isEqualTo(RENAMED);
      assertThat(organization.activeDistricts()).extracting(OrgUnit::getName).contains(RENAMED)
          .doesNotContain(BAOSHAN_NAME);
      assertThat(organization.districtByCode("AIRPORT")).isEmpty();
      assertThat(organization.isKnownUnit("district-airport")).isFalse();
    } finally {
      loader.load();
    }
    assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
    assertThat(organization.districtByCode("AIRPORT")).isPresent();
  }

  @Test
  void aRolledBackChangeIsNeverServed() {
    assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      organization.unitsChanged();
      OrgUnit renamed = mapper.findByCode(BAOSHAN);
      renamed.setName(RENAMED);
      mapper.update(renamed);
      // the writing transaction reads its own change
      assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(RENAMED);
      status.setRollbackOnly();
    });

    assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
  }

  @Test
  void callersGetCopiesNotTheCachedUnits() {
    organization.unit(BAOSHAN).orElseThrow().setName(RENAMED);
    organization.activeDistricts().forEach(unit -> unit.setActive(false));

    assertThat(organization.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
    assertThat(organization.activeDistricts()).hasSize(18);
  }

  @Test
  void aChangeByAnotherNodeIsSeenAfterTheTimeToLive() {
    AtomicLong now = new AtomicLong();
    OrganizationService node = new OrganizationService(mapper, Duration.ofSeconds(30), now::get);
    assertThat(node.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
    try {
      // another node's loader wrote the table: this node is not told
      jdbc.update("UPDATE org_unit SET name = ? WHERE code = ?", RENAMED, BAOSHAN);

      now.set(Duration.ofSeconds(29).toNanos());
      assertThat(node.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
      now.set(Duration.ofSeconds(30).toNanos());
      assertThat(node.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(RENAMED);
      assertThat(node.districtByCode("310113").orElseThrow().getName()).isEqualTo(RENAMED);
    } finally {
      jdbc.update("UPDATE org_unit SET name = ? WHERE code = ?", BAOSHAN_NAME, BAOSHAN);
      organization.unitsChanged();
    }
  }

  @Test
  void withoutATimeToLiveEveryLookUpReadsTheTable() {
    OrganizationService uncached = new OrganizationService(mapper, Duration.ZERO, () -> 0);
    assertThat(uncached.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(BAOSHAN_NAME);
    try {
      jdbc.update("UPDATE org_unit SET name = ? WHERE code = ?", RENAMED, BAOSHAN);

      assertThat(uncached.unit(BAOSHAN).orElseThrow().getName()).isEqualTo(RENAMED);
    } finally {
      jdbc.update("UPDATE org_unit SET name = ? WHERE code = ?", BAOSHAN_NAME, BAOSHAN);
      organization.unitsChanged();
    }
  }
}
