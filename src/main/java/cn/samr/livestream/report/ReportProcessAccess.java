package cn.samr.livestream.report;

import cn.samr.livestream.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the monthly report (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class ReportProcessAccess {

  /**
   * 月度数据报送: timer on the 1st, one instance for every district; district heads supervise overdue reports,
   * the coordination group reviews.
   */
  @Bean
  ProcessAccess monthlyReportAccess() {
    return ProcessAccess.of(ReportProcess.PROCESS_KEY).sharedMonthlyByDistricts();
  }
}
