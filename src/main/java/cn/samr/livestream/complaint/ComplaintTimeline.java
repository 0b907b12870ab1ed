package cn.samr.livestream.complaint;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A complaint's timeline: its complaint_event rows and its processes' history (TimelineBuilder), with the
 * complainant's name and phone masked. The caller checks that the user may read the complaint.
 */
@Service
public class ComplaintTimeline {

  public static final String KIND = "COMPLAINT";
  public static final EventLabels LABELS = EventLabels.of(ComplaintStep.class, ComplaintStep.DECISIONS);

  private final ComplaintMapper complaints;
  private final ReferralMapper referrals;
  private final TimelineBuilder builder;

  public ComplaintTimeline(ComplaintMapper complaints, ReferralMapper referrals, TimelineBuilder builder) {
    this.complaints = complaints;
    this.referrals = referrals;
    this.builder = builder;
  }

  public Timeline of(Complaint complaint) {
    return builder.build(KIND, complaint.getComplaintNo(), ComplaintProcess.PROCESS_KEY,
        complaint.getProcessInstanceId(), TimelineDraft.events(complaints.findEvents(complaint.getId()), LABELS),
        complainant(complaint.getId()));
  }

  /** The complainant's data that the timeline of a clue referred from the complaint masks too. */
  public List<String> personalDataOfReferral(long referralId) {
    return referrals.findById(referralId).map(referral -> complainant(referral.getComplaintId())).orElse(List.of());
  }

  private List<String> complainant(Long complaintId) {
    if (complaintId == null) {
      return List.of();
    }
    return complaints.findComplainant(complaintId).map(p -> Arrays.asList(p.getName(), p.getPhone()))
        .orElse(List.of());
  }
}
