package cn.samr.livestream.governance;

import cn.samr.livestream.audit.RecordEvent;
import cn.samr.livestream.audit.TimelineStep;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The timeline rows of the governance records: each part's service records its steps here and its XTimeline reads
 * them back, merged with the documents (enforcement_action) and deadline changes. Written in the caller's
 * transaction, so a rolled-back step leaves no row.
 */
@Service
public class GovernanceEvents {

  private final GovernanceEventMapper events;
  private final Clock clock;

  GovernanceEvents(GovernanceEventMapper events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Records a step (its code is the step's name) of the record, now. */
  public void record(GovernanceRecordKind kind, long recordId, TimelineStep step, String decision, String detail,
      String actor) {
    events.insert(kind, new RecordEvent(recordId, step, decision, detail, actor, LocalDateTime.now(clock)));
  }

  /** The record's steps, oldest first. */
  public List<RecordEvent> of(GovernanceRecordKind kind, long recordId) {
    return events.find(kind, recordId);
  }
}
