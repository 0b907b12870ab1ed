package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The clues about a subject and the enforcement actions taken against it, for its history: the
 * sanctions among them, and those within the first-offence window (首违回溯期). Never the reporter.
 */
@Component
public class ClueSubjectHistory implements SubjectHistorySource {

  private final ClueMapper clues;
  private final EnforcementRecords records;
  private final FirstOffenceWindow firstOffenceWindow;

  public ClueSubjectHistory(ClueMapper clues, EnforcementRecords records, FirstOffenceWindow firstOffenceWindow) {
    this.clues = clues;
    this.records = records;
    this.firstOffenceWindow = firstOffenceWindow;
  }

  public record ClueEntry(String clueNo, LocalDateTime receivedAt, ViolationCategory category, String handlingUnit,
      ClueStatus status, ResponseTier tier, String outcome) {
  }

  public record ActionEntry(ActionType actionType, String label, String documentNo, LocalDate issuedOn,
      String unit, String clueNo, String outcome) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    List<Clue> cluesOfSubject = clues.findBySubject(subjectId);
    Map<Long, String> clueNumbers = cluesOfSubject.stream().collect(Collectors.toMap(Clue::getId, Clue::getClueNo));
    List<EnforcementAction> actions = records.ofSubject(subjectId);
    long sanctions = actions.stream().filter(a -> ClueService.SANCTIONS.contains(a.getActionType())).count();
    parts.clues(cluesOfSubject.stream()
            .map(c -> new ClueEntry(c.getClueNo(), c.getReceivedAt(), c.getCategory(), c.getHandlingUnit(),
                c.getStatus(), c.getTier(), c.getOutcome()))
            .toList())
        .actions(actions.stream()
            .map(a -> new ActionEntry(a.getActionType(), a.getActionType().label(), a.getDocumentNo(),
                a.getIssuedOn(), a.getUnit(), a.getClueId() == null ? null : clueNumbers.get(a.getClueId()),
                a.getOutcome()))
            .toList(), sanctions, firstOffenceWindow.count(actions));
  }
}
