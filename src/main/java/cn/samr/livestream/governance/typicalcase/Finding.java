package cn.samr.livestream.governance.typicalcase;

/**
 * One finding of the personal-data check: the field, what kind of data, and where (line and character, from 1, and
 * how many characters) in the text as written. Deliberately without the matched text: findings are stored and shown.
 */
public record Finding(WriteUpField field, FindingKind kind, int line, int column, int length) {

  /** 「案情第 3 行第 12 字：疑似手机号」 */
  public String describe() {
    return field.label() + "第 " + line + " 行第 " + column + " 字：" + kind.label();
  }
}
