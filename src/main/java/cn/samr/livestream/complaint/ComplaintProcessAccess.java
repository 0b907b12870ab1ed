package cn.samr.livestream.complaint;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the complaint processes (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class ComplaintProcessAccess {

  /** 投诉处理: registered by the intake units (POST /api/complaints and the Tasklist start form). */
  @Bean
  ProcessAccess complaintHandlingAccess() {
    return ProcessAccess.of(ComplaintProcess.PROCESS_KEY).startedBy(Starter.OFFICERS);
  }

  /** 督促退赔: called by complaint-handling. */
  @Bean
  ProcessAccess remedyEnforcementAccess() {
    return ProcessAccess.of(RemedyProcess.PROCESS_KEY);
  }
}
