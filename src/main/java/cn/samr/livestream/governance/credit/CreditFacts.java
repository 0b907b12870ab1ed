package cn.samr.livestream.governance.credit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs of credit-risk-class.dmn for one party (all its merged register records): from the register itself, the
 * register's complaints, clues, cases and transfers ({@link CreditClassMapper#registerFacts}) and, through
 * {@link CreditFactSource}, the governance parts (listings, interviews). The names are the rule table's input
 * variables.
 */
public record CreditFacts(boolean seriousListed, boolean abnormalListed, long penaltiesIn3Years,
    BigDecimal finesIn3Years, long criminalTransfersIn3Years, long substantiatedCluesIn1Year, long complaintsIn1Year,
    long ordersNotCorrectedIn1Year, long failedCommitmentsIn1Year, long unacknowledgedLettersIn1Year, String keyArea,
    boolean influential) {

  public CreditFacts {
    finesIn3Years = finesIn3Years == null ? BigDecimal.ZERO : finesIn3Years;
    keyArea = keyArea == null ? "" : keyArea;
  }

  /** The register's own facts, nothing from the governance parts yet. */
  static CreditFacts of(RegisterFacts register, String keyArea, boolean influential) {
    return new CreditFacts(false, false, register.getPenaltiesIn3Years(), register.getFinesIn3Years(),
        register.getCriminalTransfersIn3Years(), register.getSubstantiatedCluesIn1Year(),
        register.getComplaintsIn1Year(), register.getOrdersNotCorrectedIn1Year(), 0, 0, keyArea, influential);
  }

  /** With the party's credit listings in force (经营异常名录、严重违法失信名单). */
  public CreditFacts withListings(boolean serious, boolean abnormal) {
    return new CreditFacts(seriousListed || serious, abnormalListed || abnormal, penaltiesIn3Years, finesIn3Years,
        criminalTransfersIn3Years, substantiatedCluesIn1Year, complaintsIn1Year, ordersNotCorrectedIn1Year,
        failedCommitmentsIn1Year, unacknowledgedLettersIn1Year, keyArea, influential);
  }

  /** With the interview commitments not kept and the letters not acknowledged in the last year. */
  public CreditFacts withInterviews(long failedCommitments, long unacknowledgedLetters) {
    return new CreditFacts(seriousListed, abnormalListed, penaltiesIn3Years, finesIn3Years, criminalTransfersIn3Years,
        substantiatedCluesIn1Year, complaintsIn1Year, ordersNotCorrectedIn1Year,
        failedCommitmentsIn1Year + failedCommitments, unacknowledgedLettersIn1Year + unacknowledgedLetters, keyArea,
        influential);
  }

  /** The rule table's input variables, in its column order. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("seriousListed", seriousListed);
    variables.put("abnormalListed", abnormalListed);
    variables.put("penaltiesIn3Years", penaltiesIn3Years);
    variables.put("finesIn3Years", finesIn3Years.doubleValue());
    variables.put("criminalTransfersIn3Years", criminalTransfersIn3Years);
    variables.put("substantiatedCluesIn1Year", substantiatedCluesIn1Year);
    variables.put("complaintsIn1Year", complaintsIn1Year);
    variables.put("ordersNotCorrectedIn1Year", ordersNotCorrectedIn1Year);
    variables.put("failedCommitmentsIn1Year", failedCommitmentsIn1Year);
    variables.put("unacknowledgedLettersIn1Year", unacknowledgedLettersIn1Year);
    variables.put("keyArea", keyArea);
    variables.put("influential", influential);
    return variables;
  }
}
