package cn.samr.livestream.enforcement.clue;

import cn.samr.livestream.audit.EventLabels;
import cn.samr.livestream.audit.Timeline;
import cn.samr.livestream.audit.TimelineBuilder;
import cn.samr.livestream.audit.TimelineDraft;
import cn.samr.livestream.complaint.ComplaintTimeline;
import cn.samr.livestream.enforcement.ActionOutcomes;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFileMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A clue's timeline: its clue_event rows, every enforcement action on it or its cases (立案, 处罚决定,
 * 移送 … with their 文号) and its processes' history (TimelineBuilder), with a real-name reporter's identity
 * and, for a referred complaint, the complainant's data masked. The caller checks that the user may read
 * the clue.
 */
@Service
public class ClueTimeline {

  public static final String KIND = "CLUE";
  public static final EventLabels LABELS = EventLabels.of(ClueStep.class, ClueStep.DECISIONS);

  private final ClueMapper clues;
  private final CaseFileMapper caseFiles;
  private final EnforcementRecords records;
  private final ComplaintTimeline complaints;
  private final TimelineBuilder builder;

  public ClueTimeline(ClueMapper clues, CaseFileMapper caseFiles, EnforcementRecords records,
      ComplaintTimeline complaints, TimelineBuilder builder) {
    this.clues = clues;
    this.caseFiles = caseFiles;
    this.records = records;
    this.complaints = complaints;
    this.builder = builder;
  }

  public Timeline of(Clue clue) {
    List<TimelineDraft> drafts = new ArrayList<>(TimelineDraft.events(clues.findEvents(clue.getId()), LABELS));
    Map<Long, EnforcementAction> actions = new LinkedHashMap<>();
    records.ofClue(clue.getId()).forEach(a -> actions.put(a.getId(), a));
    for (CaseFile caseFile : caseFiles.findByClue(clue.getId())) {
      records.ofCase(caseFile.getId()).forEach(a -> actions.putIfAbsent(a.getId(), a));
    }
    actions.values().forEach(a -> drafts.add(action(a)));
    List<String> personal = new ArrayList<>(personalData(clue.getId()));
    if (clue.getReferralId() != null) {
      personal.addAll(complaints.personalDataOfReferral(clue.getReferralId()));
    }
    return builder.build(KIND, clue.getClueNo(), ClueProcess.PROCESS_KEY, clue.getProcessInstanceId(), drafts,
        personal);
  }

  /** A real-name reporter's identity: masked on the clue's timeline and on an escalation's it raised. */
  public List<String> personalData(long clueId) {
    return clues.findReporter(clueId).map(r -> Arrays.asList(r.getName(), r.getPhone(), r.getIdNumber(),
        r.getAddress())).orElse(List.of());
  }

  private static TimelineDraft action(EnforcementAction a) {
    List<String> officers = a.getOfficers() == null ? List.of()
        : Arrays.stream(a.getOfficers().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    String detail = a.getDetail();
    if (a.getDeadline() != null) {
      String deadline = "期限：" + a.getDeadline().withNano(0).toString().replace('T', ' ');
      detail = detail == null ? deadline : detail + "；" + deadline;
    }
    return TimelineDraft.action(a.getId(), a.getCreatedAt(), a.getActionType().name(), a.getActionType().label(),
        a.getOutcome(), ActionOutcomes.label(a.getOutcome()), detail, a.getDocumentNo(), officers);
  }
}
