package cn.samr.livestream.audit;

import cn.samr.livestream.audit.TimelineEntry.Actor;
import cn.samr.livestream.complaint.Complaint;
import cn.samr.livestream.complaint.ComplaintMapper;
import cn.samr.livestream.complaint.ComplaintProcess;
import cn.samr.livestream.complaint.ReferralMapper;
import cn.samr.livestream.coordination.CoordinationProcess;
import cn.samr.livestream.coordination.Escalation;
import cn.samr.livestream.coordination.EscalationMapper;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.casefile.CaseFile;
import cn.samr.livestream.enforcement.casefile.CaseFileMapper;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueProcess;
import cn.samr.livestream.shared.Actors;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The timeline of a complaint, clue or escalation (DOMAIN.md §6, issue "Retention and audit"): the
 * record's event rows, the enforcement actions with their 文号 (clues), and the engine's history of the
 * record's processes and the processes they called — completed tasks with who completed them and the
 * user operation log — in one list, oldest first. Callers check that the user may read the record.
 */
@Service
public class TimelineService {

  /** At the same instant: a claim before the completion, the completion before what it recorded. */
  static final List<TimelineSource> SAME_INSTANT_ORDER = List.of(TimelineSource.USER_OPERATION,
      TimelineSource.TASK, TimelineSource.DOMAIN_EVENT, TimelineSource.ENFORCEMENT_ACTION);
  static final Comparator<Draft> CHRONOLOGICAL = Comparator
      .comparing(Draft::at, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
      .thenComparingInt(d -> SAME_INSTANT_ORDER.indexOf(d.source()))
      .thenComparingLong(Draft::order);
  static final String SYSTEM_NAME = "系统";

  private final ComplaintMapper complaints;
  private final ReferralMapper referrals;
  private final ClueMapper clues;
  private final CaseFileMapper caseFiles;
  private final EnforcementRecords records;
  private final EscalationMapper escalations;
  private final EngineHistory engine;

  public TimelineService(ComplaintMapper complaints, ReferralMapper referrals, ClueMapper clues,
      CaseFileMapper caseFiles, EnforcementRecords records, EscalationMapper escalations, EngineHistory engine) {
    this.complaints = complaints;
    this.referrals = referrals;
    this.clues = clues;
    this.caseFiles = caseFiles;
    this.records = records;
    this.escalations = escalations;
    this.engine = engine;
  }

  public Timeline ofComplaint(Complaint complaint) {
    List<Draft> drafts = new ArrayList<>();
    complaints.findEvents(complaint.getId()).forEach(e -> drafts.add(event(RecordKind.COMPLAINT, e.getId(),
        e.getOccurredAt(), e.getStep(), e.getDecision(), e.getDetail(), e.getActor())));
    return build(RecordKind.COMPLAINT, complaint.getComplaintNo(), ComplaintProcess.PROCESS_KEY,
        complaint.getProcessInstanceId(), drafts, personalDataOfComplaint(complaint.getId()));
  }

  /** The clue's events and every action on it or its cases (立案, 处罚决定, 移送 …). */
  public Timeline ofClue(Clue clue) {
    List<Draft> drafts = new ArrayList<>();
    clues.findEvents(clue.getId()).forEach(e -> drafts.add(event(RecordKind.CLUE, e.getId(), e.getOccurredAt(),
        e.getStep(), e.getDecision(), e.getDetail(), e.getActor())));
    Map<Long, EnforcementAction> actions = new LinkedHashMap<>();
    records.ofClue(clue.getId()).forEach(a -> actions.put(a.getId(), a));
    for (CaseFile caseFile : caseFiles.findByClue(clue.getId())) {
      records.ofCase(caseFile.getId()).forEach(a -> actions.putIfAbsent(a.getId(), a));
    }
    actions.values().forEach(a -> drafts.add(action(a)));
    Redaction personal = new Redaction();
    clues.findReporter(clue.getId()).ifPresent(r -> personal.add(r.getName(), r.getPhone(), r.getIdNumber(),
        r.getAddress()));
    if (clue.getReferralId() != null) {
      referrals.findById(clue.getReferralId())
          .ifPresent(referral -> addComplainant(personal, referral.getComplaintId()));
    }
    return build(RecordKind.CLUE, clue.getClueNo(), ClueProcess.PROCESS_KEY, clue.getProcessInstanceId(), drafts,
        personal);
  }

  public Timeline ofEscalation(Escalation escalation) {
    List<Draft> drafts = new ArrayList<>();
    escalations.findEvents(escalation.getId()).forEach(e -> drafts.add(event(RecordKind.ESCALATION, e.getId(),
        e.getOccurredAt(), e.getStep(), e.getDecision(), e.getDetail(), e.getActor())));
    Redaction personal = new Redaction();
    if (escalation.getClueId() != null) {
      clues.findReporter(escalation.getClueId()).ifPresent(r -> personal.add(r.getName(), r.getPhone(),
          r.getIdNumber(), r.getAddress()));
    }
    return build(RecordKind.ESCALATION, escalation.getEscalationNo(), CoordinationProcess.PROCESS_KEY,
        escalation.getProcessInstanceId(), drafts, personal);
  }

  private Timeline build(RecordKind kind, String recordNo, String processKey, String processInstanceId,
      List<Draft> drafts, Redaction personal) {
    EngineHistory.Found found = engine.find(recordNo, processKey, processInstanceId);
    List<Draft> all = new ArrayList<>(drafts);
    all.addAll(found.entries());
    all.sort(CHRONOLOGICAL);
    Set<String> userIds = all.stream().flatMap(d -> d.actorIds().stream())
        .filter(id -> !Actors.SYSTEM.equals(id)).collect(Collectors.toSet());
    Map<String, String> names = engine.displayNames(userIds);
    List<TimelineEntry> entries = all.stream().map(d -> entry(d, names, personal)).toList();
    return new Timeline(kind.name(), recordNo, found.processes(), entries);
  }

  private static TimelineEntry entry(Draft d, Map<String, String> names, Redaction personal) {
    List<Actor> actors = d.actorIds().stream().map(id -> actor(id, names)).toList();
    return new TimelineEntry(d.at(), d.source(), d.code(), personal.apply(d.label()), personal.apply(d.decision()),
        personal.apply(d.decisionLabel()), personal.apply(d.detail()), d.documentNo(),
        actors.isEmpty() ? null : actors.get(0), actors.size() > 1 ? actors : null, d.processKey());
  }

  private static Actor actor(String id, Map<String, String> names) {
    return Actors.SYSTEM.equals(id) ? new Actor(id, SYSTEM_NAME) : new Actor(id, names.get(id));
  }

  private static Draft event(RecordKind kind, long id, LocalDateTime at, String step, String decision,
      String detail, String actor) {
    return new Draft(at, TimelineSource.DOMAIN_EVENT, step, TimelineLabels.step(kind, step), decision,
        TimelineLabels.decision(kind, step, decision), detail, null, actor == null ? List.of() : List.of(actor),
        null, id);
  }

  private static Draft action(EnforcementAction a) {
    List<String> officers = a.getOfficers() == null ? List.of()
        : Arrays.stream(a.getOfficers().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    String detail = a.getDetail();
    if (a.getDeadline() != null) {
      String deadline = "期限：" + a.getDeadline().withNano(0).toString().replace('T', ' ');
      detail = detail == null ? deadline : detail + "；" + deadline;
    }
    return new Draft(a.getCreatedAt(), TimelineSource.ENFORCEMENT_ACTION, a.getActionType().name(),
        a.getActionType().label(), a.getOutcome(), TimelineLabels.outcome(a.getOutcome()), detail, a.getDocumentNo(),
        officers, null, a.getId());
  }

  private Redaction personalDataOfComplaint(long complaintId) {
    return addComplainant(new Redaction(), complaintId);
  }

  private Redaction addComplainant(Redaction personal, Long complaintId) {
    if (complaintId != null) {
      complaints.findComplainant(complaintId).ifPresent(p -> personal.add(p.getName(), p.getPhone()));
    }
    return personal;
  }
}
