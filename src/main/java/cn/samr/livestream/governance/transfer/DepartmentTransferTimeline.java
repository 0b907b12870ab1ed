package cn.samr.livestream.governance.transfer;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.enforcement.ActionOutcomes;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A department transfer's timeline: its governance_event rows, its letter (enforcement_action with the 文号) and its
 * process's history (TimelineBuilder). The caller checks that the user may read it.
 */
@Service
public class DepartmentTransferTimeline {

  public static final String KIND = GovernanceRecordKind.TRANSFER.name();
  public static final EventLabels LABELS = EventLabels.of(DepartmentTransferStep.class, DepartmentTransferStep.DECISIONS);

  private final GovernanceEvents events;
  private final EnforcementRecords records;
  private final TimelineBuilder builder;

  public DepartmentTransferTimeline(GovernanceEvents events, EnforcementRecords records, TimelineBuilder builder) {
    this.events = events;
    this.records = records;
    this.builder = builder;
  }

  public Timeline of(DepartmentTransfer transfer) {
    List<TimelineDraft> drafts = new ArrayList<>(
        TimelineDraft.events(events.of(GovernanceRecordKind.TRANSFER, transfer.getId()), LABELS));
    if (transfer.getActionId() != null) {
      records.byId(transfer.getActionId()).ifPresent(letter -> drafts.add(letter(letter)));
    }
    return builder.build(KIND, transfer.getTransferNo(), DepartmentTransferProcess.PROCESS_KEY,
        transfer.getProcessInstanceId(), drafts, List.of());
  }

  private static TimelineDraft letter(EnforcementAction action) {
    return TimelineDraft.action(action.getId(), action.getCreatedAt(), action.getActionType().name(),
        action.getActionType().label(), action.getOutcome(),
        ActionOutcomes.label(action.getOutcome()),
        action.getDetail(), action.getDocumentNo(), List.of());
  }
}
