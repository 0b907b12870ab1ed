package cn.samr.livestream.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The groups code names (candidate groups, fallbacks, city-wide readers) exist once the organisation file is
 * loaded: a group renamed in the file but not in {@link CityGroups} would silently read or work nothing.
 */
@IntegrationTest
class CityGroupsTest {

  @Autowired IdentityService identityService;

  @Test
  void everyNamedGroupAndEveryCityReaderIsAGroupOfTheLoadedOrganisation() {
    List<String> named = Stream.of(CityGroups.class.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
        .map(CityGroupsTest::value).toList();
    assertThat(named).hasSize(6);
    List<String> readers = Arrays.stream(CityReaders.values()).flatMap(r -> r.groups().stream()).distinct().toList();
    assertThat(named).containsAll(readers);
    for (String group : named) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isOne();
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
