package cn.samr.livestream.governance.credit;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import java.util.List;
import org.springframework.stereotype.Service;

/** A listing's timeline: its governance_event rows and its process's history. The caller checks the reader. */
@Service
public class ListingTimeline {

  public static final String KIND = "LISTING";
  public static final EventLabels LABELS = EventLabels.of(ListingStep.class, ListingStep.DECISIONS);

  private final GovernanceEvents events;
  private final TimelineBuilder builder;

  public ListingTimeline(GovernanceEvents events, TimelineBuilder builder) {
    this.events = events;
    this.builder = builder;
  }

  public Timeline of(CreditListing listing) {
    return builder.build(KIND, listing.getListingNo(), CreditListingProcess.PROCESS_KEY,
        listing.getProcessInstanceId(),
        TimelineDraft.events(events.of(GovernanceRecordKind.LISTING, listing.getId()), LABELS), List.of());
  }
}
