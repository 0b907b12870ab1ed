package cn.samr.livestream.coordination.api;

import cn.samr.livestream.audit.RecordEvent;
import java.time.LocalDateTime;
import java.util.List;

/** An escalation_event row as GET /api/escalations/{no} has always shown it: the record's id as escalationId. */
public record EscalationEventView(Long id, Long escalationId, String step, String decision, String detail,
    String actor, LocalDateTime occurredAt) {

  static List<EscalationEventView> of(List<RecordEvent> events) {
    return events.stream().map(e -> new EscalationEventView(e.getId(), e.getRecordId(), e.getStep(),
        e.getDecision(), e.getDetail(), e.getActor(), e.getOccurredAt())).toList();
  }
}
