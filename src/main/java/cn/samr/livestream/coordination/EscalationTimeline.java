package cn.samr.livestream.coordination;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.enforcement.clue.ClueTimeline;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An escalation's timeline: its escalation_event rows and its process's history (TimelineBuilder), with
 * the reporter's identity of the clue that raised it masked. The caller checks that the user may read it.
 */
@Service
public class EscalationTimeline {

  public static final String KIND = "ESCALATION";
  public static final EventLabels LABELS = EventLabels.of(EscalationStep.class, EscalationStep.DECISIONS);

  private final EscalationMapper escalations;
  private final ClueTimeline clues;
  private final TimelineBuilder builder;

  public EscalationTimeline(EscalationMapper escalations, ClueTimeline clues, TimelineBuilder builder) {
    this.escalations = escalations;
    this.clues = clues;
    this.builder = builder;
  }

  public Timeline of(Escalation escalation) {
    // the clue that raised it may name a real-name reporter
    List<String> personal = escalation.getClueId() == null ? List.of() : clues.personalData(escalation.getClueId());
    return builder.build(KIND, escalation.getEscalationNo(), CoordinationProcess.PROCESS_KEY,
        escalation.getProcessInstanceId(), TimelineDraft.events(escalations.findEvents(escalation.getId()), LABELS),
        personal);
  }
}
