package cn.samr.livestream.subject.importing;

import java.util.Arrays;
import java.util.Optional;

/** The columns of a register import file (docs/register.md, 批量导入): header, field, whether required, example. */
public enum SubjectColumn {
  ROLES("角色", "roles", true, "商品经营者、直播间运营者"),
  NAME("名称", "name", true, "上海某某食品有限公司"),
  CREDIT_CODE("统一社会信用代码", "creditCode", false, "91310113MA1GL00001"),
  PLATFORM("平台", "platformName", false, "某直播平台"),
  ACCOUNT("账号", "accountId", false, "room-10001"),
  DISTRICT("所属辖区代码", "districtCode", true, "310113"),
  KEY_AREA("重点领域", "keyArea", false, "食品"),
  FOLLOWERS("粉丝数", "followers", false, ""),
  TURNOVER("年交易额（元）", "annualTurnover", false, ""),
  RISK("风险等级", "riskLevel", false, "中");

  private final String header;
  private final String field;
  private final boolean required;
  private final String example;

  SubjectColumn(String header, String field, boolean required, String example) {
    this.header = header;
    this.field = field;
    this.required = required;
    this.example = example;
  }

  public String header() {
    return header;
  }

  public String field() {
    return field;
  }

  public boolean required() {
    return required;
  }

  public String example() {
    return example;
  }

  /** The column a header names: its Chinese header or its field name, case and spaces ignored. */
  public static Optional<SubjectColumn> byHeader(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.replace("\uFEFF", "").trim();
    return Arrays.stream(values()).filter(c -> c.header.equals(t) || c.field.equalsIgnoreCase(t)).findFirst();
  }
}
