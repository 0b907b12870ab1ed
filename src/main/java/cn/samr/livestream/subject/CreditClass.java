package cn.samr.livestream.subject;

import java.util.Arrays;
import java.util.Optional;

/**
 * A subject's credit risk class (信用风险分类), computed by this system from the register's data with the rule
 * table credit-risk-class.dmn (governance.credit) and kept on the subject, so that the other rules and pages read it
 * from the register. The four classes follow SAMR's enterprise credit-risk classification (A–D); this system's class
 * does not replace the national publicity system's.
 */
public enum CreditClass {
  A("信用风险低"),
  B("信用风险一般"),
  C("信用风险较高"),
  D("信用风险高");

  private final String label;

  CreditClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The class with this code (A–D), or empty for anything else (a rule table's output the code does not know). */
  public static Optional<CreditClass> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
