package cn.samr.livestream.complaint.api;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.complaint.Complaint;
import cn.samr.livestream.complaint.ComplaintFinding;
import cn.samr.livestream.complaint.ComplaintSubject;
import cn.samr.livestream.complaint.Referral;
import cn.samr.livestream.complaint.RemedyObligation;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A complaint as /api shows it. The complainant's contact data is masked unless the caller works in the
 * handling unit (投诉举报办法 Art.33: keep the complainant's information confidential).
 */
public record ComplaintView(Complaint complaint, ComplainantView complainant, List<ComplaintSubject> subjects,
    ComplaintFinding finding, List<RemedyObligation> remedies, List<Referral> referrals, List<Event> events) {

  /** A complaint_event row as this view has always shown it: the record's id as complaintId. */
  public record Event(Long id, Long complaintId, String step, String decision, String detail, String actor,
      LocalDateTime occurredAt) {

    static List<Event> of(List<RecordEvent> events) {
      return events.stream().map(e -> new Event(e.getId(), e.getRecordId(), e.getStep(), e.getDecision(),
          e.getDetail(), e.getActor(), e.getOccurredAt())).toList();
    }
  }

  public record ComplainantView(String name, String phone, boolean confidential, boolean masked) {

    /** Never the person: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
      return "ComplainantView[masked=" + masked + "]";
    }
  }
}
