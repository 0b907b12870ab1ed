package cn.samr.livestream.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

  @Test
  void phoneIdNumberAndNameAsTheyAreShownMasked() {
    assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalDataMask.phone("021-6688999")).isEqualTo("021****8999");
    assertThat(PersonalDataMask.phone("123456")).isEqualTo("******");
    assertThat(PersonalDataMask.idNumber("310113199001011234")).isEqualTo("310***********1234");
    assertThat(PersonalDataMask.idNumber("31011319900101123X")).isEqualTo("310***********123X");
    assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
    assertThat(PersonalDataMask.name("欧阳小明")).isEqualTo("欧***");
    assertThat(PersonalDataMask.phone(null)).isNull();
  }

  @Test
  void phoneAndIdNumbersWrittenIntoTextAreMaskedAndNothingElse() {
    assertThat(PersonalDataMask.inText("请回电13812345678或+86 139-1234-5678，身份证310113199001011234。"))
        .isEqualTo("请回电138****5678或139****5678，身份证310***********1234。");
    // order numbers, amounts, credit codes and dates stay as written
    String facts = "订单ORDER-20261120-7788，实付299元，经营者91310113MA1GQ4R72U、913101130000012345，"
        + "2026年11月20日下单，单号202611201234567890123";
    assertThat(PersonalDataMask.inText(facts)).isEqualTo(facts);
    assertThat(PersonalDataMask.inText(null)).isNull();
  }
}
