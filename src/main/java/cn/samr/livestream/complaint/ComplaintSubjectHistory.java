package cn.samr.livestream.complaint;

import cn.samr.livestream.subject.SubjectHistory;
import cn.samr.livestream.subject.SubjectHistorySource;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The complaints naming a subject, for its history; never the complainant. */
@Component
public class ComplaintSubjectHistory implements SubjectHistorySource {

  private final ComplaintMapper complaints;

  public ComplaintSubjectHistory(ComplaintMapper complaints) {
    this.complaints = complaints;
  }

  public record Entry(String complaintNo, LocalDateTime receivedAt, String handlingUnit, ComplaintStatus status,
      ComplaintOutcome outcome) {
  }

  @Override
  public void addTo(SubjectHistory.Parts parts, long subjectId) {
    parts.complaints(complaints.findBySubject(subjectId).stream()
        .map(c -> new Entry(c.getComplaintNo(), c.getReceivedAt(), c.getHandlingUnit(), c.getStatus(), c.getOutcome()))
        .toList());
  }
}
