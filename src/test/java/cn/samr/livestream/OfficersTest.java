package cn.samr.livestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link Officers}: one TestUsers per test class, whose users are gone once the class has run. */
@IntegrationTest
class OfficersTest {

  static final String OFFICER = "officers-test-baoshan-officer";

  @Autowired IdentityService identityService;

  @Test
  void theOfficersOfAClassAreDeletedWhenTheClassEnds() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithOfficers.class)).execute()
        .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(identityService.createUserQuery().userId(OFFICER).count()).isZero();
  }

  /** Run only by the test above (surefire leaves out nested classes). */
  @IntegrationTest
  @Officers
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class WithOfficers {

    @Autowired IdentityService identityService;
    TestUsers created;

    @BeforeAll
    void createUsers(TestUsers users) {
      created = users;
      users.create(OFFICER, "district-310113");
    }

    @Test
    void theOfficerIsARealUserOfTheUnit() {
      assertThat(identityService.createUserQuery().userId(OFFICER).memberOfGroup("district-310113").count()).isOne();
    }

    @Test
    void everyMethodOfTheClassGetsTheSameTestUsers(TestUsers users) {
      assertThat(users).isSameAs(created);
    }
  }
}
