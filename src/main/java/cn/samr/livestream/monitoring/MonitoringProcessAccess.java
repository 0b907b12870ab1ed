package cn.samr.livestream.monitoring;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the monitoring processes (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class MonitoringProcessAccess {

  /** 月度抽查监测: started by its monthly timer, one instance for every district. */
  @Bean
  ProcessAccess monthlyMonitoringAccess() {
    return ProcessAccess.of(MonitoringProcess.PROCESS_KEY).sharedMonthlyByDistricts();
  }

  /** 录入抽查记录: one spot check from the Tasklist start form, by a district or the monitoring centre. */
  @Bean
  ProcessAccess spotCheckEntryAccess() {
    return ProcessAccess.of(SpotCheckEntryProcess.PROCESS_KEY).startedBy(Starter.DISTRICTS, Starter.MONITORING_CENTRE);
  }
}
