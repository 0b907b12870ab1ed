package cn.samr.livestream.governance.interview;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read administrative-interview (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class InterviewProcessAccess {

  /**
   * 行政约谈与提醒告诫: started by the heads of a working unit and by the coordination group (docs/governance.md §2.1),
   * not by a district's officers; overseen city-wide by the supervisors.
   */
  @Bean
  ProcessAccess administrativeInterviewAccess() {
    return ProcessAccess.of(InterviewProcess.PROCESS_KEY).startedBy(Starter.HEADS, Starter.COORDINATION);
  }
}
