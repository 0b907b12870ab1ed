package cn.samr.livestream.governance.interview;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.governance.GovernanceEvents;
import cn.samr.livestream.governance.GovernanceRecordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An interview's timeline (docs/governance.md §1.6, §2.8): its governance_event rows, the notices issued with their
 * 文号 (enforcement_action) and its process's history. No personal data is kept on an interview. The caller checks
 * that the user may read it.
 */
@Service
public class InterviewTimeline {

  public static final String KIND = GovernanceRecordKind.INTERVIEW.name();
  public static final EventLabels LABELS = EventLabels.of(InterviewStep.class, InterviewStep.DECISIONS);

  private final GovernanceEvents events;
  private final InterviewMapper interviews;
  private final EnforcementRecords records;
  private final TimelineBuilder builder;

  public InterviewTimeline(GovernanceEvents events, InterviewMapper interviews, EnforcementRecords records,
      TimelineBuilder builder) {
    this.events = events;
    this.interviews = interviews;
    this.records = records;
    this.builder = builder;
  }

  public Timeline of(Interview interview) {
    List<TimelineDraft> drafts = new ArrayList<>(
        TimelineDraft.events(events.of(GovernanceRecordKind.INTERVIEW, interview.getId()), LABELS));
    for (InterviewSubject row : interviews.findSubjects(interview.getId())) {
      Set<Long> notices = row.getNoticeActionId() == null ? Set.of() : Set.of(row.getNoticeActionId());
      records.ofSubject(row.getSubjectId()).stream().filter(a -> notices.contains(a.getId()))
          .map(InterviewTimeline::action).forEach(drafts::add);
    }
    return builder.build(KIND, interview.getInterviewNo(), InterviewProcess.PROCESS_KEY,
        interview.getProcessInstanceId(), drafts, List.of());
  }

  private static TimelineDraft action(EnforcementAction a) {
    List<String> officers = a.getOfficers() == null ? List.of()
        : Arrays.stream(a.getOfficers().split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .collect(Collectors.toList());
    return TimelineDraft.action(a.getId(), a.getCreatedAt(), a.getActionType().name(), a.getActionType().label(),
        a.getOutcome(), null, a.getDetail(), a.getDocumentNo(), officers.stream().filter(Objects::nonNull).toList());
  }
}
