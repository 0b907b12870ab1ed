package cn.samr.livestream.organization;

import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.coordination.LeadSummaryProcess;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.transfer.TransferProcess;
import cn.samr.livestream.monitoring.SpotCheckEntryProcess;
import cn.samr.livestream.report.ReportProcess;
import java.util.List;

/** Process definition keys the organisation's authorizations refer to. */
public final class ProcessKeys {

  /** 投诉处理. */
  public static final String COMPLAINT_HANDLING = "complaint-handling";
  /** 督促退赔. */
  public static final String REMEDY_ENFORCEMENT = "remedy-enforcement";
  /** 线索核查 (started by POST /api/clues and the Tasklist start form). */
  public static final String CLUE_VERIFICATION = ClueProcess.PROCESS_KEY;
  /** 立案调查 (called by clue-verification). */
  public static final String CASE_INVESTIGATION = CaseProcess.PROCESS_KEY;
  /** 涉嫌犯罪案件移送 (called by clue-verification and case-investigation). */
  public static final String CRIMINAL_TRANSFER = TransferProcess.PROCESS_KEY;

  /** 月度抽查监测 (started by its monthly timer; officers work its tasks). */
  public static final String MONTHLY_MONITORING = "monthly-monitoring";

  /** 录入抽查记录 (one spot check from the Tasklist start form: districts and the monitoring centre). */
  public static final String SPOT_CHECK_ENTRY = SpotCheckEntryProcess.PROCESS_KEY;

  /**
   * 综合协调工作组研判 (started by POST /api/escalations, the Tasklist start form and clue verification); the
   * coordination group reads every process already.
   */
  public static final String COORDINATION_ESCALATION = CoordinationProcess.PROCESS_KEY;

  /** 投诉举报线索月度汇总 (timer on the 1st; the complaint centre submits, the coordination group reviews). */
  public static final String COMPLAINT_LEAD_SUMMARY = LeadSummaryProcess.PROCESS_KEY;

  /**
   * 月度数据报送 (timer on the 1st; district officers submit, district heads supervise overdue reports, the
   * coordination group reviews).
   */
  public static final String MONTHLY_REPORT = ReportProcess.PROCESS_KEY;

  /** Every process the application deploys (ProcessKeysTest checks it against the deployment). */
  public static final List<String> ALL = List.of(COMPLAINT_HANDLING, REMEDY_ENFORCEMENT, CLUE_VERIFICATION,
      CASE_INVESTIGATION, CRIMINAL_TRANSFER, MONTHLY_MONITORING, SPOT_CHECK_ENTRY, COORDINATION_ESCALATION,
      COMPLAINT_LEAD_SUMMARY, MONTHLY_REPORT);

  /**
   * Processes whose instances the supervisors (监督查看) and the monitoring centre read city-wide: all but
   * the escalations, which only the coordination group sees city-wide (a reporting unit sees its own).
   */
  public static final List<String> OVERSEEN = ALL.stream().filter(key -> !key.equals(COORDINATION_ESCALATION))
      .toList();

  /**
   * Processes with one instance a month for every district (a multi-instance task per district): a district
   * works its own task there, but is not granted the instance as a whole, which holds every district's work.
   */
  public static final List<String> SHARED_BY_DISTRICTS = List.of(MONTHLY_MONITORING, MONTHLY_REPORT);

  /** Processes officers of working units may start. */
  public static final List<String> STARTABLE_BY_OFFICERS = List.of(COMPLAINT_HANDLING, CLUE_VERIFICATION,
      COORDINATION_ESCALATION);
  /** Processes only the districts' officers and heads may start, besides {@link #STARTABLE_BY_OFFICERS}. */
  public static final List<String> STARTABLE_BY_DISTRICTS = List.of(SPOT_CHECK_ENTRY);
  /**
   * Processes the monitoring centre (市局监测评价中心) may start: recording spot checks for every district,
   * and clue-verification, which a suspected violation among them starts.
   */
  public static final List<String> STARTABLE_BY_MONITORING_CENTRE = List.of(SPOT_CHECK_ENTRY, CLUE_VERIFICATION);
  /** Processes officers of working units may read (and work the tasks of). */
  public static final List<String> READABLE_BY_OFFICERS = List.of(COMPLAINT_HANDLING, REMEDY_ENFORCEMENT,
      CLUE_VERIFICATION, CASE_INVESTIGATION, CRIMINAL_TRANSFER, MONTHLY_MONITORING, SPOT_CHECK_ENTRY,
      COORDINATION_ESCALATION, COMPLAINT_LEAD_SUMMARY, MONTHLY_REPORT);

  private ProcessKeys() {
  }
}
