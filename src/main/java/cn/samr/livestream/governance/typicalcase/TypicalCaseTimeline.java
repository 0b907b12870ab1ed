package cn.samr.livestream.governance.typicalcase;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A write-up's timeline: its governance_event rows (提议、预填、起草、检查、审批、发布、撤回) and its process's history.
 * The check's findings are counted, never quoted. The caller checks that the user may read the write-up.
 */
@Service
public class TypicalCaseTimeline {

  public static final String KIND = "TYPICAL_CASE";
  public static final EventLabels LABELS = EventLabels.of(TypicalCaseStep.class, Map.of());

  private final GovernanceEvents events;
  private final TimelineBuilder builder;

  public TypicalCaseTimeline(GovernanceEvents events, TimelineBuilder builder) {
    this.events = events;
    this.builder = builder;
  }

  public Timeline of(TypicalCase writeUp) {
    List<TimelineDraft> drafts = TimelineDraft.events(events.of(GovernanceRecordKind.TYPICAL_CASE, writeUp.getId()),
        LABELS);
    return builder.build(KIND, writeUp.getWriteUpNo(), TypicalCaseProcess.PROCESS_KEY,
        writeUp.getProcessInstanceId(), drafts, List.of());
  }
}
