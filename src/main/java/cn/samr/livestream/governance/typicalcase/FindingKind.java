package cn.samr.livestream.governance.typicalcase;

/** What the personal-data check found (docs/governance.md §5.2); a finding never carries the matched text. */
public enum FindingKind {
  SUBJECT_NAME("当事人名称"),
  FORMER_NAME("当事人曾用名"),
  CREDIT_CODE("当事人统一社会信用代码"),
  ACCOUNT("平台账号或直播间号"),
  COMPLAINANT("投诉人信息"),
  REPORTER("举报人信息"),
  OFFICER("执法人员姓名或账号"),
  DOCUMENT_NO("文号或内部编号"),
  PHONE("疑似手机号"),
  LANDLINE("疑似固定电话"),
  ID_NUMBER("疑似身份证号"),
  CREDIT_CODE_PATTERN("疑似统一社会信用代码"),
  EMAIL("疑似电子邮箱"),
  BANK_CARD("疑似银行卡号"),
  URL_WITH_ACCOUNT("疑似带账号的链接");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
