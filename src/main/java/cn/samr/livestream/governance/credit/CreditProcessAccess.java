package cn.samr.livestream.governance.credit;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read the credit processes (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class CreditProcessAccess {

  /**
   * 信用名单列入与移出: a listing is a head's decision (POST /api/credit-listings, the Tasklist start form) or a
   * case's penalty decision; the listing unit reads its own, the coordination group city-wide.
   */
  @Bean
  ProcessAccess creditListingAccess() {
    return ProcessAccess.of(CreditListingProcess.PROCESS_KEY).startedBy(Starter.HEADS);
  }

  /** 信用分类与约谈建议每日计算: started by its daily timer only. */
  @Bean
  ProcessAccess governanceDailyAccess() {
    return ProcessAccess.of(GovernanceDailyProcess.PROCESS_KEY);
  }
}
