package cn.samr.livestream.governance.typicalcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The personal-data check (docs/governance.md §5.2): every kind of finding, the spellings that try to slip past it
 * (full-width digits, spaces, dashes, zero-width characters, 张·三), and findings that never carry the text.
 */
class WriteUpScrubberTest {

  static final String ID_NUMBER = TypicalCaseFixtures.idNumber("31011319900307001");
  /** A valid credit code (GB 32100 check character). */
  static final String CREDIT_CODE = "91310000MA1FL4GT82";
  /** 16 digits passing Luhn. */
  static final String CARD = "6222020200112230";

  final WriteUpScrubber scrubber = new WriteUpScrubber();

  static {
    assertThat(WriteUpScrubber.validIdNumber(ID_NUMBER)).isTrue();
    assertThat(WriteUpScrubber.luhn(CARD)).isTrue();
  }

  List<Finding> facts(String text) {
    return facts(text, KnownValues.none());
  }

  List<Finding> facts(String text, KnownValues known) {
    Map<WriteUpField, String> fields = new EnumMap<>(WriteUpField.class);
    fields.put(WriteUpField.FACTS, text);
    return scrubber.scan(fields, known);
  }

  static List<FindingKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"联系电话13800138000。", "联系电话１３８００１３８０００。", "联系电话138 0013 8000。",
      "联系电话138-0013-8000。", "联系电话138\u200B0013\u200C8000。", "联系电话138.0013.8000。"})
  void mobileNumbersInAnySpelling(String text) {
    List<Finding> findings = facts(text);
    assertThat(kinds(findings)).containsExactly(FindingKind.PHONE);
    assertThat(findings.get(0).line()).isEqualTo(1);
    assertThat(findings.get(0).column()).isEqualTo(5);
  }

  @Test
  void everyPattern() {
    assertThat(kinds(facts("座机021-64001234"))).containsExactly(FindingKind.LANDLINE);
    assertThat(kinds(facts("座机(021)64001234"))).containsExactly(FindingKind.LANDLINE);
    assertThat(kinds(facts("身份证号" + ID_NUMBER))).containsExactly(FindingKind.ID_NUMBER);
    assertThat(kinds(facts("身份证号" + ID_NUMBER.substring(0, 6) + " " + ID_NUMBER.substring(6))))
        .containsExactly(FindingKind.ID_NUMBER);
    assertThat(kinds(facts("代码" + CREDIT_CODE))).containsExactly(FindingKind.CREDIT_CODE_PATTERN);
    assertThat(kinds(facts("代码" + CREDIT_CODE.toLowerCase()))).containsExactly(FindingKind.CREDIT_CODE_PATTERN);
    assertThat(kinds(facts("邮箱 zhang.san@example.com"))).containsExactly(FindingKind.EMAIL);
    assertThat(kinds(facts("邮箱 ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"))).containsExactly(FindingKind.EMAIL);
    assertThat(kinds(facts("卡号" + CARD))).containsExactly(FindingKind.BANK_CARD);
    assertThat(kinds(facts("卡号6222 0202 0011 2230"))).containsExactly(FindingKind.BANK_CARD);
    assertThat(kinds(facts("直播间 https://live.douyin.com/123456789"))).containsExactly(FindingKind.URL_WITH_ACCOUNT);
    assertThat(kinds(facts("主页 v.kuaishou.com/u/abc"))).containsExactly(FindingKind.URL_WITH_ACCOUNT);
    assertThat(kinds(facts("线索XS-20260302-00012办理中"))).containsExactly(FindingKind.DOCUMENT_NO);
  }

  @Test
  void ordinaryNumbersAreNotFindings() {
    assertThat(facts("罚款50000元，没收违法所得12000.50元；2026年3月2日立案，销售额共计3万余元。")).isEmpty();
    assertThat(facts("依据《广告法》第二十八条、第五十五条，责令停止发布。")).isEmpty();
    assertThat(facts("卡号6222020200112234（校验位不符）")).isEmpty();
    assertThat(facts("网站 www.samr.gov.cn")).isEmpty();
    assertThat(facts("编号" + ID_NUMBER.substring(0, 17) + "0")).as("a wrong check digit").isEmpty();
  }

  @Test
  void knownValuesWhateverTheSeparators() {
    KnownValues known = new KnownValues().add(FindingKind.SUBJECT_NAME, "上海优品网络科技有限公司")
        .add(FindingKind.SUBJECT_NAME, "优品网络科技").add(FindingKind.FORMER_NAME, "上海优品贸易商行")
        .add(FindingKind.CREDIT_CODE, "913101130000000123").add(FindingKind.ACCOUNT, "room8848")
        .add(FindingKind.COMPLAINANT, "张三").add(FindingKind.REPORTER, "王举报")
        .add(FindingKind.OFFICER, "李执法").add(FindingKind.DOCUMENT_NO, "沪宝山市监处罚〔2026〕12号");
    assertThat(kinds(facts("当事人上海优品网络科技有限公司", known))).containsExactly(FindingKind.SUBJECT_NAME);
    assertThat(kinds(facts("当事人上海 优品 网络科技有限公司", known))).containsExactly(FindingKind.SUBJECT_NAME);
    assertThat(kinds(facts("当事人「优品网络科技」", known))).containsExactly(FindingKind.SUBJECT_NAME);
    assertThat(kinds(facts("原名上海优品贸易商行", known))).containsExactly(FindingKind.FORMER_NAME);
    assertThat(kinds(facts("代码913101130000000123", known))).containsExactly(FindingKind.CREDIT_CODE);
    assertThat(kinds(facts("账号ROOM8848", known))).containsExactly(FindingKind.ACCOUNT);
    assertThat(kinds(facts("投诉人张·三反映", known))).containsExactly(FindingKind.COMPLAINANT);
    assertThat(kinds(facts("投诉人张\u200B三反映", known))).containsExactly(FindingKind.COMPLAINANT);
    assertThat(kinds(facts("举报人王 举 报", known))).containsExactly(FindingKind.REPORTER);
    assertThat(kinds(facts("执法人员李执法", known))).containsExactly(FindingKind.OFFICER);
    assertThat(kinds(facts("决定书沪宝山市监处罚〔2026〕12号", known))).containsExactly(FindingKind.DOCUMENT_NO);
    assertThat(kinds(facts("决定书沪宝山市监处罚(2026)12号", known))).containsExactly(FindingKind.DOCUMENT_NO);
    assertThat(facts("当事人上海某网络科技有限公司，某网络主播", known)).isEmpty();
  }

  @Test
  void aSingleCharacterIsNeverLookedFor() {
    assertThat(facts("王某某", new KnownValues().add(FindingKind.COMPLAINANT, "王"))).isEmpty();
  }

  @Test
  void findingsGiveFieldLinePositionAndLengthButNeverTheText() {
    KnownValues known = new KnownValues().add(FindingKind.COMPLAINANT, "张三");
    Map<WriteUpField, String> fields = new EnumMap<>(WriteUpField.class);
    fields.put(WriteUpField.TITLE, "某案");
    fields.put(WriteUpField.FACTS, "第一行没有。\n第二行有张三，电话13800138000。");
    List<Finding> findings = scrubber.scan(fields, known);
    assertThat(findings).containsExactly(new Finding(WriteUpField.FACTS, FindingKind.COMPLAINANT, 2, 5, 2),
        new Finding(WriteUpField.FACTS, FindingKind.PHONE, 2, 10, 11));
    assertThat(findings.get(0).describe()).isEqualTo("案情第 2 行第 5 字：投诉人信息");
    assertThat(findings.toString()).doesNotContain("张三").doesNotContain("13800138000");
  }

  @Test
  void aPlaceFoundAsAKnownValueIsNotReportedAgainAsAPattern() {
    KnownValues known = new KnownValues().add(FindingKind.REPORTER, "13700001111");
    assertThat(kinds(facts("举报人电话137 0000 1111", known))).containsExactly(FindingKind.REPORTER);
  }

  @Test
  void everyFieldIsChecked() {
    for (WriteUpField field : WriteUpField.values()) {
      Map<WriteUpField, String> fields = new EnumMap<>(WriteUpField.class);
      fields.put(field, "13800138000");
      assertThat(scrubber.scan(fields, KnownValues.none())).extracting(Finding::field).containsExactly(field);
    }
  }

  @Test
  void designationsFollowSeed002() {
    cn.samr.livestream.subject.SupervisedSubject company = new cn.samr.livestream.subject.SupervisedSubject();
    company.setSubjectType(cn.samr.livestream.subject.SubjectType.MERCHANT);
    company.setName("上海优品科技开发有限公司");
    assertThat(WriteUpSources.designate(company)).isEqualTo("上海某科技开发有限公司");
    company.setName("上海某某医院有限公司");
    assertThat(WriteUpSources.designate(company)).isEqualTo("上海某医院有限公司");
    company.setSubjectType(cn.samr.livestream.subject.SubjectType.STREAMER);
    assertThat(WriteUpSources.designate(company)).isEqualTo("某网络主播");
    assertThat(WriteUpSources.core("上海市宝山区优品网络科技有限公司")).isEqualTo("优品网络科技");
  }
}
