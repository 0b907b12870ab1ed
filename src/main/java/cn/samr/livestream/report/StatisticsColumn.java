package cn.samr.livestream.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Function;

/**
 * One column of the monthly statistics table: the JSON property of {@link DistrictFigures} it shows
 * ({@code key}), its Chinese heading ({@code label}) under a group heading ({@code group}, null for a
 * column of its own), and what kind of value it holds. The API hands {@link #ALL} to the charts page
 * and the Excel file is laid out from it, so both show the same headings.
 */
public record StatisticsColumn(String key, String group, String label, Kind kind,
    @JsonIgnore Function<DistrictFigures, Object> value) {

  /** How a column's values are written. */
  public enum Kind {
    /** the unit's name. */
    NAME,
    /** a number of items (件/条次). */
    COUNT,
    /** yuan, two decimals. */
    AMOUNT,
    /** a percentage 0–100 with one decimal; empty when there is nothing to divide by. */
    RATE,
    /** yes / no / not yet. */
    FLAG,
    /** free text (情况说明, 工作建议). */
    TEXT
  }

  /** The table's columns in order. */
  public static final List<StatisticsColumn> ALL = List.of(
      new StatisticsColumn("unitName", null, "单位", Kind.NAME, DistrictFigures::getUnitName),
      new StatisticsColumn("spotChecks", "抽查监测", "抽查条次", Kind.COUNT, DistrictFigures::getSpotChecks),
      new StatisticsColumn("spotCheckQuota", "抽查监测", "抽查配额", Kind.COUNT, DistrictFigures::getSpotCheckQuota),
      new StatisticsColumn("spotCheckRate", "抽查监测", "配额完成率", Kind.RATE, DistrictFigures::getSpotCheckRate),
      new StatisticsColumn("suspectedViolations", "抽查监测", "发现涉嫌违法", Kind.COUNT,
          DistrictFigures::getSuspectedViolations),
      new StatisticsColumn("cluesReceived", "违法线索", "收到线索", Kind.COUNT, DistrictFigures::getCluesReceived),
      new StatisticsColumn("cluesVerified", "违法线索", "核查线索", Kind.COUNT, DistrictFigures::getCluesVerified),
      new StatisticsColumn("admonitions", "分级处置", "行政告诫", Kind.COUNT, DistrictFigures::getAdmonitions),
      new StatisticsColumn("guidanceLetters", "分级处置", "行政指导书", Kind.COUNT, DistrictFigures::getGuidanceLetters),
      new StatisticsColumn("ordersToCorrect", "分级处置", "责令改正", Kind.COUNT, DistrictFigures::getOrdersToCorrect),
      new StatisticsColumn("ordersCorrected", "分级处置", "复查已改正", Kind.COUNT, DistrictFigures::getOrdersCorrected),
      new StatisticsColumn("takedowns", "分级处置", "下架商品/链接", Kind.COUNT, DistrictFigures::getTakedowns),
      new StatisticsColumn("casesFiled", "立案查处", "立案", Kind.COUNT, DistrictFigures::getCasesFiled),
      new StatisticsColumn("casesDecided", "立案查处", "作出处罚决定", Kind.COUNT, DistrictFigures::getCasesDecided),
      new StatisticsColumn("fines", "立案查处", "罚款（元）", Kind.AMOUNT, DistrictFigures::getFines),
      new StatisticsColumn("confiscations", "立案查处", "没收违法所得（元）", Kind.AMOUNT,
          DistrictFigures::getConfiscations),
      new StatisticsColumn("criminalTransfers", "立案查处", "移送司法机关", Kind.COUNT,
          DistrictFigures::getCriminalTransfers),
      new StatisticsColumn("complaintsReceived", "投诉处理", "收到投诉", Kind.COUNT,
          DistrictFigures::getComplaintsReceived),
      new StatisticsColumn("complaintsAccepted", "投诉处理", "受理", Kind.COUNT, DistrictFigures::getComplaintsAccepted),
      new StatisticsColumn("complaintsClosed", "投诉处理", "办结", Kind.COUNT, DistrictFigures::getComplaintsClosed),
      new StatisticsColumn("complaintsClosedOnTime", "投诉处理", "按时办结", Kind.COUNT,
          DistrictFigures::getComplaintsClosedOnTime),
      new StatisticsColumn("complaintsOnTimeRate", "投诉处理", "按时办结率", Kind.RATE,
          DistrictFigures::getComplaintsOnTimeRate),
      new StatisticsColumn("reportsReceived", "举报核查", "收到举报", Kind.COUNT, DistrictFigures::getReportsReceived),
      new StatisticsColumn("reportsVerified", "举报核查", "核查", Kind.COUNT, DistrictFigures::getReportsVerified),
      new StatisticsColumn("reportsVerifiedOnTime", "举报核查", "按时核查", Kind.COUNT,
          DistrictFigures::getReportsVerifiedOnTime),
      new StatisticsColumn("reportsOnTimeRate", "举报核查", "按时核查率", Kind.RATE,
          DistrictFigures::getReportsOnTimeRate),
      new StatisticsColumn("refundsRecovered", null, "挽回退款和赔偿（元）", Kind.AMOUNT,
          DistrictFigures::getRefundsRecovered),
      new StatisticsColumn("escalations", null, "上报综合协调工作组", Kind.COUNT, DistrictFigures::getEscalations),
      new StatisticsColumn("submittedOnTime", "数据报送", "按时报送", Kind.FLAG, DistrictFigures::getSubmittedOnTime),
      new StatisticsColumn("remarks", "数据报送", "情况说明", Kind.TEXT, DistrictFigures::getRemarks),
      new StatisticsColumn("suggestions", "数据报送", "工作建议", Kind.TEXT, DistrictFigures::getSuggestions),
      // issue 16, appended so that the columns before keep their places in the Excel file and the charts
      new StatisticsColumn("departmentTransfers", null, "移交其他部门", Kind.COUNT,
          DistrictFigures::getDepartmentTransfers));
}
