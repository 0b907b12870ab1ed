package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.access.ProcessAccess;
import cn.samr.livestream.access.ProcessAccess.Starter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start and read special-campaign (collected by access.ProcessKeys for the organisation's grants). */
@Configuration
class CampaignProcessAccess {

  /**
   * 专项整治: planned by the coordination group (city) or a unit's heads (district), POST /api/campaigns; every
   * participating unit works its own summary task, none is granted the instance as a whole.
   */
  @Bean
  ProcessAccess specialCampaignAccess() {
    return ProcessAccess.of(CampaignProcess.PROCESS_KEY).startedBy(Starter.HEADS, Starter.COORDINATION)
        .sharedMonthlyByDistricts();
  }
}
