package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.MapperTest;
import cn.samr.livestream.complaint.ComplaintFixtures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register's queries: search criteria, lists, merged records and roles taken away, counts per district. */
@MapperTest
class SupervisedSubjectMapperTest {

  private static final String DISTRICT = "310120";

  @Autowired SupervisedSubjectMapper mapper;
  @Autowired SubjectRegistry registry;

  @Test
  void searchFindsByNamePartLiterallyAndByFormerNameButNeverAMergedRecord() {
    SupervisedSubject percent = registry.resolve(SubjectType.MERCHANT, "百分之百_好货%店", code(), null, null, DISTRICT);
    registry.resolve(SubjectType.MERCHANT, "百分之百好货店", code(), null, null, DISTRICT);
    SupervisedSubject renamed = registry.resolve(SubjectType.MERCHANT, "新名字商行", code(), null, null, DISTRICT);
    mapper.insertName(renamed.getId(), new SubjectNameEntry("旧名字商行", null, null, null,
        SubjectNameEntry.CORRECTION, LocalDateTime.now()));

    assertThat(search("_好货%", null, null)).extracting(SupervisedSubject::getId).containsExactly(percent.getId());
    assertThat(search("旧名字", null, null)).extracting(SupervisedSubject::getId).containsExactly(renamed.getId());
    assertThat(search("百分之百", null, null)).hasSize(2);
  }

  @Test
  void listsFollowRolesAreasAndThresholdsAndCountsPerDistrict() {
    SupervisedSubject food = registry.resolve(SubjectType.MERCHANT, "名录食品店", code(), null, null, DISTRICT);
    food.setKeyArea(KeyArea.FOOD);
    food.setFollowers(null);
    mapper.update(food);
    SupervisedSubject star = registry.resolve(SubjectType.STREAMER, "名录大主播", null, "名录平台", "star-" + code(), DISTRICT);
    star.setFollowers(2_000_000L);
    mapper.update(star);
    SupervisedSubject small = registry.resolve(SubjectType.STREAMER, "名录小主播", null, "名录平台", "small-" + code(),
        DISTRICT);
    small.setAnnualTurnover(new BigDecimal("5000.00"));
    mapper.update(small);

    assertThat(search(null, RegisterList.KEY_MERCHANTS, null)).extracting(SupervisedSubject::getId)
        .containsExactly(food.getId());
    assertThat(search(null, RegisterList.INFLUENTIAL_STREAMERS, null)).extracting(SupervisedSubject::getId)
        .containsExactly(star.getId());
    mapper.removeRole(star.getId(), SubjectType.STREAMER, LocalDateTime.now());
    assertThat(search(null, RegisterList.INFLUENTIAL_STREAMERS, null)).as("a role taken away").isEmpty();
    mapper.restoreRole(star.getId(), SubjectType.STREAMER);

    List<Map<String, Object>> roles = mapper.countRolesByDistrict().stream()
        .filter(r -> DISTRICT.equals(r.get("district"))).toList();
    assertThat(roles).anySatisfy(r -> {
      assertThat(r.get("role")).isEqualTo("STREAMER");
      assertThat(((Number) r.get("n")).longValue()).isEqualTo(2);
    });
    assertThat(mapper.countInfluentialByDistrict(1_000_000, new BigDecimal("100000000")).stream()
        .filter(r -> DISTRICT.equals(r.get("district"))).map(r -> ((Number) r.get("n")).longValue()))
        .containsExactly(1L);
  }

  private List<SupervisedSubject> search(String q, RegisterList list, SubjectType role) {
    SubjectSearch s = new SubjectSearch(q, null, null, null, role, DISTRICT, null, list, null, null, null, 1_000_000L,
        new BigDecimal("100000000"), 0, 50, null);
    assertThat(mapper.count(s)).isEqualTo(mapper.search(s).size());
    return mapper.search(s);
  }

  private static String code() {
    return ComplaintFixtures.uniqueCreditCode("310120");
  }
}
