package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import cn.samr.livestream.subject.SubjectRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The subject page's part 专项整治: each campaign with records about the subject (or a record merged into it) tagged
 * — clues naming it, cases against it — with its period and how many such records.
 */
@Component
class CampaignSubjectHistory implements SubjectHistorySource {

  private final CampaignMapper campaigns;
  private final SubjectRegistry registry;

  CampaignSubjectHistory(CampaignMapper campaigns, SubjectRegistry registry) {
    this.campaigns = campaigns;
    this.registry = registry;
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    List<Long> ids = registry.survivorOf(subjectId).map(registry::idsOf).orElse(List.of(subjectId));
    parts.campaigns(campaigns.findBySubjects(ids));
  }
}
