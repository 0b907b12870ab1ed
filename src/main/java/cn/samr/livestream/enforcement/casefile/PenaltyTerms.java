package cn.samr.livestream.enforcement.casefile;

import cn.samr.livestream.shared.Inputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The penalty's checks and wording, shared by the proposal (拟处罚意见) and the decision (处罚决定). */
final class PenaltyTerms {

  private PenaltyTerms() {
  }

  static void check(Inputs inputs, String prefix, Double fine, Double confiscation, Boolean warning,
      Boolean publication, Boolean seriousList, Boolean licence, Boolean suspend) {
    String fineField = prefix.isEmpty() ? "fineAmount" : "plannedFineAmount";
    String confField = prefix.isEmpty() ? "confiscationAmount" : "plannedConfiscationAmount";
    inputs.require(fine == null || fine >= 0, fineField, "罚款金额不能为负数", "must not be negative")
        .require(confiscation == null || confiscation >= 0, confField, "没收金额不能为负数", "must not be negative");
    boolean any = (fine != null && fine > 0) || (confiscation != null && confiscation > 0)
        || Boolean.TRUE.equals(warning) || Boolean.TRUE.equals(seriousList) || Boolean.TRUE.equals(licence)
        || Boolean.TRUE.equals(suspend);
    inputs.require(any, fineField, "请至少选择一项处罚（警告、罚款、没收等）", "choose at least one penalty");
  }

  static String describe(Double fine, Double confiscation, Boolean warning, Boolean publication,
      Boolean seriousList, Boolean licence, Boolean suspend) {
    List<String> parts = new ArrayList<>();
    if (Boolean.TRUE.equals(warning)) parts.add("警告");
    if (fine != null && fine > 0) parts.add("罚款" + amount(fine).toPlainString() + "元");
    if (confiscation != null && confiscation > 0) parts.add("没收违法所得" + amount(confiscation).toPlainString() + "元");
    if (Boolean.TRUE.equals(licence)) parts.add("吊销许可证件/降低资质等级");
    if (Boolean.TRUE.equals(suspend)) parts.add("责令停产停业");
    if (Boolean.TRUE.equals(seriousList)) parts.add("列入严重违法失信名单");
    if (Boolean.TRUE.equals(publication)) parts.add("公示");
    String text = String.join("、", parts);
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  static BigDecimal amount(Double value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
