package cn.samr.livestream.enforcement;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import cn.samr.livestream.enforcement.casefile.CaseProcess;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.enforcement.transfer.TransferProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the enforcement processes (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class EnforcementProcessAccess {

  /**
   * 线索核查: POST /api/clues and the Tasklist start form; the monitoring centre starts it for a suspected
   * violation among its spot checks.
   */
  @Bean
  ProcessAccess clueVerificationAccess() {
    return ProcessAccess.of(ClueProcess.PROCESS_KEY).startedBy(Starter.OFFICERS, Starter.MONITORING_CENTRE);
  }

  /** 立案调查: called by clue-verification. */
  @Bean
  ProcessAccess caseInvestigationAccess() {
    return ProcessAccess.of(CaseProcess.PROCESS_KEY);
  }

  /** 涉嫌犯罪案件移送: called by clue-verification and case-investigation. */
  @Bean
  ProcessAccess criminalTransferAccess() {
    return ProcessAccess.of(TransferProcess.PROCESS_KEY);
  }
}
