package cn.samr.livestream.governance.credit;

import cn.samr.livestream.access.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the credit processes (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class CreditProcessAccess {

  /** 信用分类每日计算: started by its daily timer only. */
  @Bean
  ProcessAccess governanceDailyAccess() {
    return ProcessAccess.of(GovernanceDailyProcess.PROCESS_KEY);
  }
}
