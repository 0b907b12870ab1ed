package cn.samr.livestream.subject;

import java.math.BigDecimal;
import java.util.List;

/**
 * A search of the register; null criteria do not filter. {@code districts} is the caller's scope (null: the
 * whole city), {@code district} the district asked for, {@code listed} a credit list the subject is on now. The influential-streamer thresholds are filled in by
 * {@link SubjectRegisterService} from the settings.
 */
public record SubjectSearch(String q, String creditCode, String account, String platform, SubjectType role,
    String district, List<String> districts, RegisterList list, RiskLevel risk, KeyArea keyArea,
    CreditClass creditClass, Long minFollowers, BigDecimal minTurnover, int offset, int limit, CreditList listed) {

  public SubjectSearch withThresholds(Long followers, BigDecimal turnover) {
    return new SubjectSearch(q, creditCode, account, platform, role, district, districts, list, risk, keyArea,
        creditClass, followers, turnover, offset, limit, listed);
  }

  /** Like-pattern of the name text, LIKE's own characters taken literally (escape character '!'). */
  public String qPattern() {
    return q == null ? null : "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
