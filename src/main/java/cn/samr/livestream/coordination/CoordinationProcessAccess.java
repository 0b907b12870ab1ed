package cn.samr.livestream.coordination;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may start and read the coordination processes (collected by access.ProcessKeys for the organisation's
 * grants).
 */
@Configuration
class CoordinationProcessAccess {

  /**
   * 综合协调工作组研判: POST /api/escalations, the Tasklist start form and clue verification; only the
   * coordination group reads it city-wide, a reporting unit its own.
   */
  @Bean
  ProcessAccess coordinationEscalationAccess() {
    return ProcessAccess.of(CoordinationProcess.PROCESS_KEY).startedBy(Starter.OFFICERS).notOverseen();
  }

  /** 投诉举报线索月度汇总: timer on the 1st; the complaint centre submits, the coordination group reviews. */
  @Bean
  ProcessAccess complaintLeadSummaryAccess() {
    return ProcessAccess.of(LeadSummaryProcess.PROCESS_KEY);
  }
}
