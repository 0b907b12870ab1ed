package cn.samr.livestream.report;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Aggregate queries behind the monthly statistics table, one per source table, each grouped by unit
 * over every unit at once (or one unit when {@link FigurePeriod#getUnit()} is set); statements in
 * mapper/report/ReportFiguresMapper.xml, plain SQL that runs on H2 and MySQL/MariaDB. Every query
 * answers partial {@link DistrictFigures} rows: the unit code and only the figures of its table;
 * {@link ReportFiguresService} puts them together. Units without rows in a table are absent.
 */
@Mapper
public interface ReportFiguresMapper {

  /** spotChecks, suspectedViolations and spotCheckQuota from the month's spot_check_assignment rows. */
  List<DistrictFigures> spotChecks(@Param("p") FigurePeriod period);

  /** cluesReceived, cluesVerified, reportsReceived, reportsVerified, reportsVerifiedOnTime (clue.handling_unit). */
  List<DistrictFigures> clues(@Param("p") FigurePeriod period);

  /** admonitions, guidanceLetters, ordersToCorrect, ordersCorrected, takedowns (enforcement_action.unit, issued_on). */
  List<DistrictFigures> actions(@Param("p") FigurePeriod period);

  /** casesFiled, casesDecided, fines, confiscations (case_file.unit). */
  List<DistrictFigures> cases(@Param("p") FigurePeriod period);

  /** criminalTransfers (criminal_transfer.unit, transferred_at). */
  List<DistrictFigures> transfers(@Param("p") FigurePeriod period);

  /** complaintsReceived, complaintsAccepted, complaintsClosed, complaintsClosedOnTime (complaint.handling_unit). */
  List<DistrictFigures> complaints(@Param("p") FigurePeriod period);

  /** refundsRecovered: remedy_obligation.fulfilled_amount fulfilled in the month, by the complaint's handling_unit. */
  List<DistrictFigures> refunds(@Param("p") FigurePeriod period);

  /** escalations (escalation.reporting_unit, reported_at). */
  List<DistrictFigures> escalations(@Param("p") FigurePeriod period);

  /** departmentTransfers (department_transfer.sender_unit, sent_at: the DEPARTMENT_TRANSFER letter of 部门移送). */
  List<DistrictFigures> departmentTransfers(@Param("p") FigurePeriod period);

  /** submittedOnTime, remarks, suggestions from the month's district_report rows. */
  List<DistrictFigures> submissions(@Param("p") FigurePeriod period);

  /** The frozen rows of a month (monthly_report_figures) in display order; empty when not frozen. */
  List<DistrictFigures> findFrozen(@Param("monthCode") String monthCode);

  /** When the month was frozen; null when it was not. */
  LocalDateTime findFrozenAt(@Param("monthCode") String monthCode);

  /** Units that were asked to report the month (district_report rows), in no particular order. */
  List<String> findReportingUnits(@Param("monthCode") String monthCode);

  int insertFrozen(@Param("monthCode") String monthCode, @Param("f") DistrictFigures figures,
      @Param("frozenAt") LocalDateTime frozenAt);
}
