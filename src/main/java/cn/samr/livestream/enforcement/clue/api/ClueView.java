package cn.samr.livestream.enforcement.clue.api;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueReporter;
import cn.samr.livestream.enforcement.transfer.CriminalTransfer;
import cn.samr.livestream.subject.SupervisedSubject;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A clue as /api shows it: the clue, its subjects, its events, the enforcement actions taken on it
 * (with their document numbers), its case file(s) and criminal transfer(s). A real-name reporter's
 * identity is shown only to the handling unit's officers (投诉举报办法 Art.33); everyone else learns only
 * that there is one.
 */
public record ClueView(Clue clue, ReporterView reporter, List<SupervisedSubject> subjects, List<Event> events,
    List<EnforcementAction> actions, List<CaseFile> caseFiles, List<CriminalTransfer> transfers) {

  /** A clue_event row as this view has always shown it: the record's id as clueId. */
  public record Event(Long id, Long clueId, String step, String decision, String detail, String actor,
      LocalDateTime occurredAt) {

    static List<Event> of(List<RecordEvent> events) {
      return events.stream().map(e -> new Event(e.getId(), e.getRecordId(), e.getStep(), e.getDecision(),
          e.getDetail(), e.getActor(), e.getOccurredAt())).toList();
    }
  }

  /** {@code {"present": true}} without identity unless {@link #identified}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReporterView(boolean present, String name, String phone, String idNumber, String address) {

    static final ReporterView NONE = new ReporterView(false, null, null, null, null);
    static final ReporterView WITHHELD = new ReporterView(true, null, null, null, null);

    static ReporterView identified(ClueReporter reporter) {
      return new ReporterView(true, reporter.getName(), reporter.getPhone(), reporter.getIdNumber(),
          reporter.getAddress());
    }

    /** Never the identity: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
      return "ReporterView[present=" + present + "]";
    }
  }
}
