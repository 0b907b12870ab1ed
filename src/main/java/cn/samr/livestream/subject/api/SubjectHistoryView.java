package cn.samr.livestream.subject.api;

import cn.samr.livestream.complaint.ComplaintOutcome;
import cn.samr.livestream.complaint.ComplaintStatus;
import cn.samr.livestream.enforcement.ActionType;
import cn.samr.livestream.enforcement.ResponseTier;
import cn.samr.livestream.enforcement.clue.ClueStatus;
import cn.samr.livestream.shared.ViolationCategory;
import cn.samr.livestream.subject.SupervisedSubject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A supervised subject's record: complaints naming it, clues about it and enforcement actions taken
 * against it. {@code firstOffence} is true while no sanction is on record (then a new violation is a
 * first offence, 首违); {@code sanctions} counts them. No complainant or reporter data.
 */
public record SubjectHistoryView(SupervisedSubject subject, long sanctions, boolean firstOffence,
    List<ComplaintEntry> complaints, List<ClueEntry> clues, List<ActionEntry> actions) {

  public record ComplaintEntry(String complaintNo, LocalDateTime receivedAt, String handlingUnit,
      ComplaintStatus status, ComplaintOutcome outcome) {
  }

  public record ClueEntry(String clueNo, LocalDateTime receivedAt, ViolationCategory category, String handlingUnit,
      ClueStatus status, ResponseTier tier, String outcome) {
  }

  public record ActionEntry(ActionType actionType, String label, String documentNo, LocalDate issuedOn,
      String unit, String clueNo, String outcome) {
  }
}
