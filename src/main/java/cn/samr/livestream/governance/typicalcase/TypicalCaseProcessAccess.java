package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read typical-case (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class TypicalCaseProcessAccess {

  /**
   * 典型案例发布: POST /api/typical-cases and the Tasklist start form, by the officers and heads of the unit that
   * handled the case or transfer (checked by TypicalCaseIntakeService); overseen city-wide by the supervisors.
   */
  @Bean
  ProcessAccess typicalCaseAccess() {
    return ProcessAccess.of(TypicalCaseProcess.PROCESS_KEY).startedBy(Starter.OFFICERS);
  }
}
