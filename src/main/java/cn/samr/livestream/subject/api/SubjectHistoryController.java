package cn.samr.livestream.subject.api;

import cn.samr.livestream.complaint.ComplaintMapper;
import cn.samr.livestream.enforcement.EnforcementAction;
import cn.samr.livestream.enforcement.EnforcementRecords;
import cn.samr.livestream.enforcement.clue.Clue;
import cn.samr.livestream.enforcement.clue.ClueMapper;
import cn.samr.livestream.enforcement.clue.ClueService;
import cn.samr.livestream.organization.OrgUnit;
import cn.samr.livestream.organization.OrganizationService;
import cn.samr.livestream.security.CurrentUser;
import cn.samr.livestream.shared.NotFoundException;
import cn.samr.livestream.subject.SubjectRegistry;
import cn.samr.livestream.subject.SupervisedSubject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/subjects/{subjectId}/history: what the administration knows of a subject, so that first
 * and repeat offences are visible. Readable by the officers and heads of every unit and by
 * administrators; it holds no personal data of complainants or reporters.
 */
@RestController
public class SubjectHistoryController {

  private final SubjectRegistry subjects;
  private final ComplaintMapper complaints;
  private final ClueMapper clues;
  private final EnforcementRecords records;
  private final OrganizationService organization;
  private final CurrentUser currentUser;

  public SubjectHistoryController(SubjectRegistry subjects, ComplaintMapper complaints, ClueMapper clues,
      EnforcementRecords records, OrganizationService organization, CurrentUser currentUser) {
    this.subjects = subjects;
    this.complaints = complaints;
    this.clues = clues;
    this.records = records;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/subjects/{subjectId}/history")
  public SubjectHistoryView history(@PathVariable long subjectId) {
    if (!inAnyUnit()) {
      throw new AuthorizationException(currentUser.userId(), "READ", "SubjectHistory", String.valueOf(subjectId));
    }
    SupervisedSubject subject = subjects.byId(subjectId)
        .orElseThrow(() -> new NotFoundException("监管对象不存在：" + subjectId, "no subject " + subjectId));
    List<Clue> cluesOfSubject = clues.findBySubject(subjectId);
    Map<Long, String> clueNumbers = cluesOfSubject.stream().collect(Collectors.toMap(Clue::getId, Clue::getClueNo));
    List<EnforcementAction> actions = records.ofSubject(subjectId);
    long sanctions = actions.stream().filter(a -> ClueService.SANCTIONS.contains(a.getActionType())).count();
    return new SubjectHistoryView(subject, sanctions, sanctions == 0,
        complaints.findBySubject(subjectId).stream()
            .map(c -> new SubjectHistoryView.ComplaintEntry(c.getComplaintNo(), c.getReceivedAt(),
                c.getHandlingUnit(), c.getStatus(), c.getOutcome()))
            .toList(),
        cluesOfSubject.stream()
            .map(c -> new SubjectHistoryView.ClueEntry(c.getClueNo(), c.getReceivedAt(), c.getCategory(),
                c.getHandlingUnit(), c.getStatus(), c.getTier(), c.getOutcome()))
            .toList(),
        actions.stream()
            .map(a -> new SubjectHistoryView.ActionEntry(a.getActionType(), a.getActionType().label(),
                a.getDocumentNo(), a.getIssuedOn(), a.getUnit(),
                a.getClueId() == null ? null : clueNumbers.get(a.getClueId()), a.getOutcome()))
            .toList());
  }

  /** Officers' or heads' group of any active unit, or an administrator. */
  private boolean inAnyUnit() {
    Set<String> groups = new HashSet<>();
    groups.add(Groups.CAMUNDA_ADMIN);
    for (OrgUnit unit : organization.activeUnits()) {
      groups.add(unit.getCode());
      if (unit.getHeadGroup() != null) {
        groups.add(unit.getHeadGroup());
      }
    }
    return currentUser.groupIds().stream().anyMatch(groups::contains);
  }
}
