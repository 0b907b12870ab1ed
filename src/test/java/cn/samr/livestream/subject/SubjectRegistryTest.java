package cn.samr.livestream.subject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.samr.livestream.IntegrationTest;
import cn.samr.livestream.complaint.ComplaintFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** SupervisedSubjectMapper through the registry: how a named subject is recognised again. */
@IntegrationTest
@Transactional
class SubjectRegistryTest {

  @Autowired SubjectRegistry registry;
  @Autowired SupervisedSubjectMapper mapper;

  @Test
  void anOrganisationIsRecognisedByItsCreditCodeWhateverTheNameSays() {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    SupervisedSubject first = registry.resolve(SubjectType.MERCHANT, "某某商贸有限公司", code, null, null, null);
    SupervisedSubject again = registry.resolve(SubjectType.MERCHANT, "某某商贸", code, null, null, "310113");

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(mapper.findById(first.getId()).orElseThrow().getDistrictCode()).isEqualTo("310113");
  }

  @Test
  void aStreamerIsRecognisedByPlatformAndAccount() {
    SupervisedSubject first = registry.resolve(SubjectType.STREAMER, "小明", null, "测试平台X", "acct-42", null);
    SupervisedSubject renamed = registry.resolve(SubjectType.STREAMER, "小明同学", null, "测试平台X", "acct-42", null);
    SupervisedSubject otherPlatform = registry.resolve(SubjectType.STREAMER, "小明", null, "测试平台Y", "acct-42", null);

    assertThat(renamed.getId()).isEqualTo(first.getId());
    assertThat(otherPlatform.getId()).isNotEqualTo(first.getId());
    assertThat(mapper.findByAccount("测试平台X", "acct-42")).isPresent();
  }

  @Test
  void withoutCodeOrAccountTheExactNameIdentifies() {
    SupervisedSubject platform = registry.resolve(SubjectType.PLATFORM, "名称识别平台", null, null, null, "310115");
    assertThat(registry.resolve(SubjectType.PLATFORM, "名称识别平台", null, null, null, null).getId())
        .isEqualTo(platform.getId());
    assertThat(mapper.findFirstByName(SubjectType.MERCHANT, "名称识别平台")).isEmpty();
  }

  @Test
  void theSameCompanyNamedAsMerchantAndAsRoomOperatorIsOneSubjectWithBothRoles() {
    String code = ComplaintFixtures.uniqueCreditCode("310113");
    SupervisedSubject merchant = registry.resolve(SubjectType.MERCHANT, "某某商贸有限公司", code, null, null, "310113");
    SupervisedSubject operator = registry.resolve(SubjectType.ROOM_OPERATOR, "某某直播间", code, "测试平台X",
        "room-" + code, null);

    assertThat(operator.getId()).isEqualTo(merchant.getId());
    SupervisedSubject stored = registry.byId(merchant.getId()).orElseThrow();
    assertThat(stored.getRoles()).containsExactly(SubjectType.ROOM_OPERATOR, SubjectType.MERCHANT);
    assertThat(stored.getSubjectType()).isEqualTo(SubjectType.MERCHANT);
    assertThat(stored.getAccountId()).as("the account it was named with is learnt").isEqualTo("room-" + code);
    assertThat(mapper.findNames(merchant.getId())).extracting(SubjectNameEntry::name, SubjectNameEntry::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("某某商贸有限公司", SubjectNameEntry.REGISTERED),
            org.assertj.core.groups.Tuple.tuple("某某直播间", SubjectNameEntry.INTAKE));
    assertThat(registry.resolve(SubjectType.STREAMER, "主播", null, "测试平台X", "room-" + code, null).getId())
        .as("the account is the same party").isEqualTo(merchant.getId());
  }
}
