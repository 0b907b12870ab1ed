package cn.samr.livestream.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The read-only texts the monthly report's task forms show: a district's figures, the city totals.
 * Tasklist forms show one multi-line text per block, so the figures stay readable in any form renderer.
 */
public final class ReportTexts {

  private ReportTexts() {
  }

  /** 2026年10月. */
  public static String month(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }

  /** A district's (or the city's) figures, one line per area of work. */
  public static String figures(DistrictFigures f) {
    return String.join("\n",
        "监测抽查：抽查 " + f.getSpotChecks() + " 条次（配额 " + f.getSpotCheckQuota() + "），发现涉嫌违法 "
            + f.getSuspectedViolations() + " 条",
        "违法线索：收到 " + f.getCluesReceived() + " 条，核查 " + f.getCluesVerified() + " 条",
        "处置：行政告诫 " + f.getAdmonitions() + " 件，行政指导书 " + f.getGuidanceLetters() + " 件，责令改正 "
            + f.getOrdersToCorrect() + " 件（已改正 " + f.getOrdersCorrected() + " 件），下架商品/链接 "
            + f.getTakedowns() + " 个",
        "立案查处：立案 " + f.getCasesFiled() + " 件，结案 " + f.getCasesDecided() + " 件，罚款 "
            + yuan(f.getFines()) + " 元，没收违法所得 " + yuan(f.getConfiscations()) + " 元，移送司法机关 "
            + f.getCriminalTransfers() + " 件",
        "投诉：收到 " + f.getComplaintsReceived() + " 件，受理 " + f.getComplaintsAccepted() + " 件，办结 "
            + f.getComplaintsClosed() + " 件（按时办结 " + f.getComplaintsClosedOnTime() + " 件，按时办结率 "
            + percent(f.getComplaintsOnTimeRate()) + "）",
        "举报：收到 " + f.getReportsReceived() + " 件，核查 " + f.getReportsVerified() + " 件（按时核查 "
            + f.getReportsVerifiedOnTime() + " 件，按时核查率 " + percent(f.getReportsOnTimeRate()) + "）",
        "挽回退款和赔偿：" + yuan(f.getRefundsRecovered()) + " 元",
        "上报综合协调工作组：" + f.getEscalations() + " 件");
  }

  /** The sum of the districts' figures (rates from the summed counts). */
  public static DistrictFigures total(List<DistrictFigures> districts) {
    DistrictFigures t = new DistrictFigures();
    t.setUnitName("全市合计");
    for (DistrictFigures f : districts) {
      t.setSpotChecks(t.getSpotChecks() + f.getSpotChecks());
      t.setSpotCheckQuota(t.getSpotCheckQuota() + f.getSpotCheckQuota());
      t.setSuspectedViolations(t.getSuspectedViolations() + f.getSuspectedViolations());
      t.setCluesReceived(t.getCluesReceived() + f.getCluesReceived());
      t.setCluesVerified(t.getCluesVerified() + f.getCluesVerified());
      t.setAdmonitions(t.getAdmonitions() + f.getAdmonitions());
      t.setGuidanceLetters(t.getGuidanceLetters() + f.getGuidanceLetters());
      t.setOrdersToCorrect(t.getOrdersToCorrect() + f.getOrdersToCorrect());
      t.setOrdersCorrected(t.getOrdersCorrected() + f.getOrdersCorrected());
      t.setTakedowns(t.getTakedowns() + f.getTakedowns());
      t.setCasesFiled(t.getCasesFiled() + f.getCasesFiled());
      t.setCasesDecided(t.getCasesDecided() + f.getCasesDecided());
      t.setFines(t.getFines().add(nonNull(f.getFines())));
      t.setConfiscations(t.getConfiscations().add(nonNull(f.getConfiscations())));
      t.setCriminalTransfers(t.getCriminalTransfers() + f.getCriminalTransfers());
      t.setComplaintsReceived(t.getComplaintsReceived() + f.getComplaintsReceived());
      t.setComplaintsAccepted(t.getComplaintsAccepted() + f.getComplaintsAccepted());
      t.setComplaintsClosed(t.getComplaintsClosed() + f.getComplaintsClosed());
      t.setComplaintsClosedOnTime(t.getComplaintsClosedOnTime() + f.getComplaintsClosedOnTime());
      t.setReportsReceived(t.getReportsReceived() + f.getReportsReceived());
      t.setReportsVerified(t.getReportsVerified() + f.getReportsVerified());
      t.setReportsVerifiedOnTime(t.getReportsVerifiedOnTime() + f.getReportsVerifiedOnTime());
      t.setRefundsRecovered(t.getRefundsRecovered().add(nonNull(f.getRefundsRecovered())));
      t.setEscalations(t.getEscalations() + f.getEscalations());
    }
    return t;
  }

  static String yuan(BigDecimal amount) {
    return nonNull(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String percent(BigDecimal rate) {
    return rate == null ? "—" : rate.toPlainString() + "%";
  }

  private static BigDecimal nonNull(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
