package cn.samr.livestream.monitoring;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import cn.samr.livestream.subject.SubjectRegistry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The monthly spot checks (抽查监测) of a live room or streamer, for its history: a check names the platform and the
 * account it looked at, which is how the register knows a streamer or live room. Subjects without an account (a
 * merchant, an agency) have none here; what a check found against them reaches them as a clue.
 */
@Component
class SpotCheckSubjectHistory implements SubjectHistorySource {

  private final SpotCheckMapper checks;
  private final SubjectRegistry registry;

  SpotCheckSubjectHistory(SpotCheckMapper checks, SubjectRegistry registry) {
    this.checks = checks;
    this.registry = registry;
  }

  public record SpotCheckEntry(LocalDate checkDate, String platform, String liveRoom, String productOrService,
      String result, String resultLabel, String violationCategory) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    List<SpotCheckEntry> entries = registry.byId(subjectId)
        .filter(s -> s.getPlatformName() != null && s.getAccountId() != null)
        .map(s -> checks.findByAccount(s.getPlatformName(), s.getAccountId()).stream()
            .map(c -> new SpotCheckEntry(c.getCheckDate(), c.getPlatform(), c.getLiveRoom(), c.getProductOrService(),
                c.getCheckResult().name(), c.getCheckResult().label(),
                c.getViolationCategory() == null ? null : c.getViolationCategory().label()))
            .toList())
        .orElse(List.of());
    parts.spotChecks(entries);
  }
}
